/**
 * What the page layout reads from an article's rendered HTML (`MarkdownContent.astro`): the
 * calculators it holds. The HTML is the build's own output (Preact's server render), so its shape
 * is known: a calculator is a `<section>` with the class `tot-calculator`, titled by the element
 * its `aria-labelledby` names.
 */

/** A calculator found in an article: its anchor and its title. */
export interface FoundCalculator {
  id: string;
  title: string;
}

/** The calculators in `html`, in page order. */
export function calculatorsIn(html: string): FoundCalculator[] {
  const found: FoundCalculator[] = [];
  for (const [tag] of html.matchAll(/<section\b[^>]*\bclass="[^"]*\btot-calculator\b[^"]*"[^>]*>/g)) {
    const id = /\bid="([^"]+)"/.exec(tag)?.[1];
    const titleId = /\baria-labelledby="([^"]+)"/.exec(tag)?.[1];
    if (id === undefined || titleId === undefined) continue;
    const title = new RegExp(`<[a-z0-9]+\\b[^>]*\\bid="${titleId}"[^>]*>([^<]*)<`).exec(html)?.[1];
    found.push({ id, title: decodeEntities(title ?? id) });
  }
  return found;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
