/** An element satori lays out: React's element shape, without React. */
export interface CardElement {
  type: 'div' | 'span' | 'img';
  props: { style?: Record<string, string | number>; src?: string; width?: number; height?: number; children: CardChild[] };
}
type CardChild = CardElement | string | null;

function h(type: CardElement['type'], props: Omit<CardElement['props'], 'children'>, ...children: CardChild[]): CardElement {
  return { type, props: { ...props, children } };
}

/** Size of every preview image: the 1.91:1 card Open Graph and X (Twitter) large cards show. */
export const previewSizePx = { width: 1200, height: 630 } as const;

/** A page's worked-example result (or a run's published figure) as a preview shows it. */
export interface PreviewHeadline {
  /** What kind of figure it is, before `about`: "Worked example" unless given ("Published"). */
  lead?: string;
  /** What the worked example is, in a few words: "65.2B parameters, 1.4T tokens, 2,048 × A100 80GB". */
  about: string;
  /** The result's label as the calculator shows it: "Compute cost". */
  label: string;
  /** The result as the calculator's worked example shows it: "$4.02M". */
  value: string;
}

/** What a preview image says about its page. */
export interface PreviewCard {
  title: string;
  /** The guide section the page sits in ("Training steps"); `null` for pages outside the sections. */
  section: string | null;
  /** The page's description: shown when there is no headline. */
  description: string;
  headline: PreviewHeadline | null;
}

/**
 * What the image shows, in words, for readers who cannot see it (`og:image:alt`).
 * @example previewAlt({ title: 'Glossary', section: 'Reference', description: '…', headline: null })
 * //=> 'Glossary (Train or Tune, Reference).'
 */
export function previewAlt(card: PreviewCard): string {
  const where = card.section === null ? 'Train or Tune' : `Train or Tune, ${card.section}`;
  const headline =
    card.headline === null ? '' : ` ${card.headline.lead ?? 'Worked example'}, ${card.headline.about}: ${card.headline.label.toLowerCase()} ${card.headline.value}.`;
  return `${card.title} (${where}).${headline}`;
}

const colours = {
  // The favicon's navy and gold, with white and a muted blue-grey for secondary text.
  background: '#1f3a5f',
  accent: '#f6c453',
  text: '#ffffff',
  muted: '#c9d6e8',
  panel: '#16304f',
} as const;

const paddingPx = { x: 64, y: 56 } as const;
/** Inner width of the card: satori wraps text only inside a known width. */
const textWidthPx = previewSizePx.width - 2 * paddingPx.x;

/**
 * The preview card as a satori element tree: the site's mark and name, the section, the page
 * title, and the worked example's headline result (or the description when the page has none).
 */
export function previewCardElement(card: PreviewCard, markDataUri: string): CardElement {
  const titleSize = card.title.length > 60 ? 52 : card.title.length > 36 ? 60 : 68;
  return h(
    'div',
    {
      style: {
        width: previewSizePx.width,
        height: previewSizePx.height,
        boxSizing: 'border-box',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        paddingTop: paddingPx.y,
        paddingBottom: paddingPx.y,
        paddingLeft: paddingPx.x,
        paddingRight: paddingPx.x,
        backgroundColor: colours.background,
        color: colours.text,
        fontFamily: 'Inter',
      },
    },
    h(
      'div',
      { style: { display: 'flex', alignItems: 'center', fontSize: 30, color: colours.muted } },
      h('img', { src: markDataUri, width: 56, height: 56, style: { marginRight: 20 } }),
      h('span', { style: { fontWeight: 700, color: colours.text } }, 'Train or Tune'),
      card.section === null ? null : h('span', { style: { margin: '0 16px', color: colours.accent } }, '/'),
      card.section === null ? null : h('span', {}, card.section),
    ),
    h(
      'div',
      { style: { display: 'flex', width: textWidthPx, fontSize: titleSize, fontWeight: 700, lineHeight: 1.15, letterSpacing: '-0.01em' } },
      card.title,
    ),
    card.headline === null
      ? h(
          'div',
          { style: { display: 'block', width: textWidthPx, fontSize: 30, lineHeight: 1.4, color: colours.muted, lineClamp: 3 } },
          card.description,
        )
      : h(
          'div',
          {
            style: {
              display: 'flex',
              flexDirection: 'column',
              width: textWidthPx,
              boxSizing: 'border-box',
              paddingTop: 20,
              paddingBottom: 20,
              paddingLeft: 28,
              paddingRight: 28,
              borderLeft: `8px solid ${colours.accent}`,
              backgroundColor: colours.panel,
            },
          },
          h('div', { style: { display: 'flex', fontSize: 26, color: colours.muted } }, `${card.headline.lead ?? 'Worked example'}: ${card.headline.about}`),
          h(
            'div',
            { style: { display: 'flex', alignItems: 'baseline', marginTop: 8 } },
            h('span', { style: { fontSize: 34, color: colours.text, marginRight: 20 } }, card.headline.label),
            h('span', { style: { fontSize: 64, fontWeight: 700, color: colours.accent } }, card.headline.value),
          ),
        ),
  );
}
