import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** `{/* #some-id *\/}` at the end of a heading: MDX keeps the comment as this expression's value. */
const idComment = /^\s*\/\*\s*#([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/\s*$/;

/** The value of an MDX text expression (`{…}` inside a paragraph or heading), if `node` is one. */
function expressionValue(node: ElementContent | undefined): string | undefined {
  const candidate = node as { type?: string; value?: unknown } | undefined;
  return candidate?.type === 'mdxTextExpression' && typeof candidate.value === 'string' ? candidate.value : undefined;
}

/**
 * Gives a heading a fixed id written in the MDX source, `## GPT-3 on 1,024 GPUs {/* #gpt-3-megatron *\/}`,
 * so links to a heading that carries a figure survive a correction of the figure. MDX reads
 * `{#id}` as code, so the id goes in a comment, which this plugin removes. Runs before Astro
 * collects headings, which keeps an id already set and would otherwise derive it from the text.
 */
export function rehypeHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (!/^h[1-6]$/.test(node.tagName)) return;
      const last = node.children.at(-1);
      const id = idComment.exec(expressionValue(last) ?? '')?.[1];
      if (id === undefined) return;
      node.children.pop();
      const text = node.children.at(-1);
      if (text?.type === 'text') text.value = text.value.trimEnd();
      node.properties.id = id;
    });
  };
}
