/**
 * How a citation reads: author–year ("Touvron et al. (2023)") or publisher–year ("AI-Pro (n.d.)"),
 * then the title and the locator. One place, so every page, table, chart and download names a
 * source the same way.
 */
import { getSource, type Citation, type Source } from './sources';

/** What a citation prints for a work that carries no date ("no date"). */
export const undatedYearText = 'n.d.';

/**
 * The year a citation prints: the year of publication, or "n.d." for a work without a date.
 * @example yearText({ year: 2023 }) //=> '2023'
 * @example yearText({}) //=> 'n.d.'
 */
export function yearText(source: Pick<Source, 'year'>): string {
  return source.year === undefined ? undatedYearText : String(source.year);
}

/** A trailing parenthesis, as in "BigScience Workshop (Le Scao et al.)". */
const trailingParenthesis = /\s*\(.*\)\s*$/;

/** "Radford, Wu, … and Sutskever" → ['Radford', 'Wu', …, 'Sutskever']. */
function authorNames(authors: string): string[] {
  return authors
    .replace(trailingParenthesis, '')
    .split(/\s*,\s*|\s+and\s+/)
    .filter((name) => name !== '');
}

/**
 * The name a citation gives a source: `citedAs` when set; else from the authors — the one
 * author, "A and B" for two, "A et al." for three or more (or when the list already ends in
 * "et al."); else the publisher up to its first comma or parenthesis; else the title.
 * @example citationName({ id: 'x', title: 'T', kind: 'paper', authors: 'Fedus, Zoph, Shazeer' }) //=> 'Fedus et al.'
 * @example citationName({ id: 'x', title: 'T', kind: 'docs', publisher: 'Meta, github.com/meta-llama/llama' }) //=> 'Meta'
 */
export function citationName(source: Source): string {
  if (source.citedAs !== undefined) return source.citedAs;
  if (source.authors !== undefined) {
    const names = authorNames(source.authors);
    const [first, second] = names;
    if (first !== undefined) {
      if (/\bet al\.?$/.test(first)) return first.replace(/\.?$/, '.');
      if (names.length === 1) return first;
      if (names.length === 2) return `${first} and ${second}`;
      return `${first} et al.`;
    }
  }
  if (source.publisher !== undefined) {
    const publisher = source.publisher.split(/[,(]/)[0]?.trim();
    if (publisher) return publisher;
  }
  return source.title;
}

/**
 * "Name (year)", the way prose names a source.
 * @example authorYear(getSource('ruiz-2023-train-foundation-model')) //=> 'Ruiz (2023)'
 * @example authorYear(getSource('aipro-nd-cost-of-training-llms')) //=> 'AI-Pro (n.d.)'
 */
export function authorYear(source: Source): string {
  return `${citationName(source)} (${yearText(source)})`;
}

/**
 * A citation as plain text: "Name (year), Title, locator" (the locator only when given), for
 * places that cannot hold a link (chart details, notes inside calculators, downloads).
 * @example citationText({ source: 'touvron-2023-llama', locator: 'Table 15' })
 * //=> 'Touvron et al. (2023), LLaMA: Open and Efficient Foundation Language Models, Table 15'
 */
export function citationText(citation: Citation): string {
  const source = getSource(citation.source);
  const locator = citation.locator === undefined ? '' : `, ${citation.locator}`;
  return `${authorYear(source)}, ${source.title}${locator}`;
}
