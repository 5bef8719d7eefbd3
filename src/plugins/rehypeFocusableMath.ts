import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Makes every display formula focusable (`tabindex="0"`). A formula wider than the column
 * scrolls sideways inside its own box (src/styles/reference.css) instead of widening the page
 * on a phone; a box that scrolls must take focus so a keyboard reader can scroll it too
 * (WCAG 2.1.1; axe `scrollable-region-focusable`). Runs after rehype-katex, which writes the
 * `katex-display` wrappers.
 */
export function rehypeFocusableMath() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const className = node.properties.className;
      if (Array.isArray(className) && className.includes('katex-display')) node.properties.tabIndex = 0;
    });
  };
}
