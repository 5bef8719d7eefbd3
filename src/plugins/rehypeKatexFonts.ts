import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** KaTeX fonts a page can ask the browser to load early: Main for all math, Math italic for variables. */
export type KatexFont = 'Main-Regular' | 'Math-Italic';

/**
 * Records which KaTeX fonts the page's formulas use, as `katexFonts` in the page's plugin
 * frontmatter (Astro's `remarkPluginFrontmatter`), for the route middleware that preloads them
 * (`src/routeMiddleware.ts`). Every formula sets its text in KaTeX_Main; variables (`.mathnormal`)
 * in KaTeX_Math italic. Runs after rehype-katex.
 */
export function rehypeKatexFonts() {
  return (tree: Root, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const used = new Set<KatexFont>();
    visit(tree, 'element', (node: Element) => {
      const className = node.properties.className;
      if (!Array.isArray(className)) return;
      if (className.includes('katex')) used.add('Main-Regular');
      if (className.includes('mathnormal')) used.add('Math-Italic');
    });
    if (used.size === 0) return;
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.katexFonts = (['Main-Regular', 'Math-Italic'] as const).filter((font) => used.has(font));
  };
}
