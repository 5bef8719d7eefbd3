import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { rehypeHeadingIds } from '../../../src/plugins/rehypeHeadingIds';

/** An MDX `{…}` expression as it reaches rehype: a comment keeps its source as the value. */
const expression = (value: string) => ({ type: 'mdxTextExpression', value }) as unknown as ElementContent;
const text = (value: string): ElementContent => ({ type: 'text', value });
const heading = (tagName: string, children: ElementContent[]): Element => ({ type: 'element', tagName, properties: {}, children });

/** Runs the plugin over one element and returns it. */
function run(element: Element): Element {
  const tree: Root = { type: 'root', children: [element] };
  rehypeHeadingIds()(tree);
  return element;
}

describe('rehypeHeadingIds: a fixed id written in a comment at the end of a heading', () => {
  test('sets the id and removes the comment and the space before it', () => {
    const h2 = run(heading('h2', [text('GPT-3 on 1,024 GPUs for 34 days '), expression('/* #gpt-3-megatron */')]));
    expect(h2.properties.id).toBe('gpt-3-megatron');
    expect(h2.children).toEqual([text('GPT-3 on 1,024 GPUs for 34 days')]);
  });

  test.each(['h1', 'h3', 'h6'])('works on %s, with any spacing inside the comment', (tagName) => {
    expect(run(heading(tagName, [text('A '), expression('/*#a-1*/')])).properties.id).toBe('a-1');
    expect(run(heading(tagName, [text('B '), expression('/*   #b   */')])).properties.id).toBe('b');
  });

  test('keeps other markup before the comment', () => {
    const emphasis: Element = { type: 'element', tagName: 'em', properties: {}, children: [text('real')] };
    const h2 = run(heading('h2', [text('The '), emphasis, expression('/* #real-cost */')]));
    expect(h2.properties.id).toBe('real-cost');
    expect(h2.children).toEqual([text('The '), emphasis]);
  });

  test.each([
    ['a heading without the comment', heading('h2', [text('Plain heading')])],
    ['a comment that is not an id', heading('h2', [text('A '), expression('/* not an id */')])],
    ['an id that is not kebab-case', heading('h2', [text('A '), expression('/* #Upper_Case */')])],
    ['a comment that is not last', heading('h2', [expression('/* #a */'), text(' and more')])],
    ['an expression that is code, not a comment', heading('h2', [text('A '), expression('"#a"')])],
    ['an empty heading', heading('h2', [])],
    ['a paragraph', heading('p', [text('A '), expression('/* #a */')])],
    ['a header element', heading('header', [text('A '), expression('/* #a */')])],
  ])('leaves %s to Astro', (_what, element) => {
    const before = structuredClone(element);
    expect(run(element)).toEqual(before);
  });
});
