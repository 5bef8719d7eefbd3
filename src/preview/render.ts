import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import mark from '../../public/favicon.svg?raw';
import { previewCardElement, previewSizePx, type PreviewCard } from './card';

const require = createRequire(import.meta.url);

/** Inter from its npm package (no font is fetched at build): WOFF, which satori reads (it cannot read WOFF2). */
function interFonts(): SatoriOptions['fonts'] {
  const weights = [400, 700] as const;
  const subsets = ['latin', 'latin-ext', 'greek'] as const;
  return weights.flatMap((weight) =>
    subsets.map((subset) => ({
      name: 'Inter',
      weight,
      style: 'normal' as const,
      data: readFileSync(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`)),
    })),
  );
}

let fonts: SatoriOptions['fonts'] | undefined;

/** The site's mark (the favicon), as a data URI the card can draw. */
const markDataUri = `data:image/svg+xml;base64,${Buffer.from(mark).toString('base64')}`;

/**
 * A page's preview image: the card laid out by satori (SVG) and rasterised by resvg, as a
 * 1200×630 PNG. Throws, naming the text, when a character has no glyph in the bundled fonts,
 * so a title never ships with empty boxes.
 */
export async function renderPreviewPng(card: PreviewCard): Promise<Uint8Array> {
  fonts ??= interFonts();
  const svg = await satori(previewCardElement(card, markDataUri), {
    ...previewSizePx,
    fonts,
    loadAdditionalAsset: async (_language, segment) => {
      throw new Error(`Preview image for "${card.title}": no glyph in the bundled Inter fonts for "${segment}".`);
    },
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: previewSizePx.width } }).render().asPng();
}
