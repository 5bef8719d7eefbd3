import { describe, expect, test } from 'vitest';
import { previewAlt, previewCardElement, type CardElement, type PreviewCard } from '~/preview/card';
import { renderPreviewPng } from '~/preview/render';

const withHeadline: PreviewCard = {
  title: 'How much compute does training take?',
  section: 'Training steps',
  description: 'Training compute is about 6 × parameters × tokens.',
  headline: { about: '65.2 billion parameters, 1.4 trillion tokens', label: 'Compute cost', value: '$4.02M' },
};
const runCard: PreviewCard = {
  title: 'LLaMA 65B',
  section: 'Cost history',
  description: 'Every published figure of the training run.',
  headline: { lead: 'Published', about: '1.02M accelerator-hours', label: 'Headline cost', value: '$4.06M' },
};
const withoutHeadline: PreviewCard = { title: 'Train or Tune', section: null, description: 'What it costs to train a transformer.', headline: null };

/** Every text in an element tree, in order. */
function texts(element: CardElement | string | null): string[] {
  if (element === null) return [];
  if (typeof element === 'string') return [element];
  return element.props.children.flatMap(texts);
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('previewAlt', () => {
  test.each([
    [withHeadline, 'How much compute does training take? (Train or Tune, Training steps). Worked example, 65.2 billion parameters, 1.4 trillion tokens: compute cost $4.02M.'],
    [runCard, 'LLaMA 65B (Train or Tune, Cost history). Published, 1.02M accelerator-hours: headline cost $4.06M.'],
    [withoutHeadline, 'Train or Tune (Train or Tune).'],
  ])('%#: %s', (card, expected) => {
    expect(previewAlt(card)).toBe(expected);
  });
});

describe('previewCardElement', () => {
  test('shows the site, the section, the title and the headline (not the description) when there is one', () => {
    expect(texts(previewCardElement(withHeadline, 'data:,'))).toEqual([
      'Train or Tune',
      '/',
      'Training steps',
      'How much compute does training take?',
      'Worked example: 65.2 billion parameters, 1.4 trillion tokens',
      'Compute cost',
      '$4.02M',
    ]);
  });

  test('names a published figure as such, not as a worked example', () => {
    expect(texts(previewCardElement(runCard, 'data:,'))).toContain('Published: 1.02M accelerator-hours');
  });

  test('shows the description when there is no headline, and no separator without a section', () => {
    expect(texts(previewCardElement(withoutHeadline, 'data:,'))).toEqual(['Train or Tune', 'Train or Tune', 'What it costs to train a transformer.']);
  });
});

describe('renderPreviewPng', () => {
  test('renders a 1200×630 PNG', { timeout: 30_000 }, async () => {
    const png = await renderPreviewPng(withHeadline);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  test('refuses a title with a character the bundled fonts cannot draw, naming it', { timeout: 30_000 }, async () => {
    await expect(renderPreviewPng({ ...withoutHeadline, title: 'Training in 東京' })).rejects.toThrow(/no glyph .* for "東京"|no glyph .*東/);
  });
});
