import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Prefixes the site's base path to root-absolute links written in articles.
 *
 * Authors link between pages as `/training-steps/compute/`; when the site is
 * hosted under a sub-path (`BASE_PATH=/guide`) that link must become
 * `/guide/training-steps/compute/`. Doing it here keeps every article portable
 * and lets starlight-links-validator (which runs after this plugin) check the
 * final href. Protocol-relative (`//host`) and already-prefixed links are left alone.
 */
export function rehypeBaseLinks(options: { base: string }) {
  const base = options.base.replace(/\/+$/, '');
  return (tree: Root) => {
    if (base === '') return;
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const href = node.properties.href;
      if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
      if (href === base || href.startsWith(`${base}/`)) return;
      node.properties.href = `${base}${href}`;
    });
  };
}
