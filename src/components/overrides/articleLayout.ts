/**
 * What the page layout reads from, and changes in, an article's rendered HTML
 * (`MarkdownContent.astro`): the calculators it holds, and its tables made ready to become cards
 * on a phone. The HTML is the build's own output (Preact's server render, rehype, Astro
 * components), so its shape is known: a calculator is a `<section>` with the class
 * `tot-calculator`, titled by the element its `aria-labelledby` names.
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

/** Tables with at least this many columns become cards on a phone; narrower ones fit as they are. */
export const cardColumns = 4;

/**
 * The article's reference tables made ready to reflow into cards on a phone (`layout.css`): each
 * data cell gets its column's header as `data-label`, shown beside it when the table is a stack of
 * cards, and every element keeps its table role explicitly, since browsers drop a table's
 * semantics once its parts are laid out as blocks. Only tables with a header row, no merged cells
 * and at least {@link cardColumns} columns; tables inside calculators (islands) are left alone, as
 * they are rendered again in the browser.
 */
export function tablesAsCards(html: string): string {
  return html
    .split(/(<astro-island\b[\s\S]*?<\/astro-island>)/)
    .map((part) => (part.startsWith('<astro-island') ? part : part.replace(/<table\b[\s\S]*?<\/table>/g, cardTable)))
    .join('');
}

function cardTable(table: string): string {
  const head = /<thead\b[^>]*>([\s\S]*?)<\/thead>/.exec(table);
  const headerRow = head === null ? undefined : [...(head[1] ?? '').matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].at(-1)?.[1];
  if (headerRow === undefined || /\b(?:colspan|rowspan)=/i.test(table)) return table;
  const labels = [...headerRow.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map(([, cell = '']) => textOf(cell));
  if (labels.length < cardColumns) return table;

  const opened = table.replace(/^<table\b([^>]*)>/, (_tag, attributes: string) => `<table${withClass(attributes, 'tot-cards')} role="table">`);
  const [before = '', body = ''] = opened.split(/(?=<\/thead>)/);
  const headRoles = before
    .replace(/<(thead|tbody|tfoot)\b/g, '<$1 role="rowgroup"')
    .replace(/<tr\b/g, '<tr role="row"')
    .replace(/<th\b/g, '<th role="columnheader"');
  const bodyRoles = body
    .replace(/<(tbody|tfoot)\b/g, '<$1 role="rowgroup"')
    .replace(/<tr\b([^>]*)>([\s\S]*?)<\/tr>/g, (_row, attributes: string, cells: string) => {
      let column = 0;
      const labelled = cells.replace(/<(td|th)\b/g, (_cell, tag: string) => {
        const label = escapeAttribute(labels[column] ?? '');
        column += 1;
        return `<${tag} role="${tag === 'th' ? 'rowheader' : 'cell'}" data-label="${label}"`;
      });
      return `<tr role="row"${attributes}>${labelled}</tr>`;
    });
  return headRoles + bodyRoles;
}

function withClass(attributes: string, className: string): string {
  if (!/\bclass="/.test(attributes)) return `${attributes} class="${className}"`;
  return attributes.replace(/\bclass="([^"]*)"/, (_match, classes: string) => `class="${classes} ${className}"`);
}

/** A header's text: footnote marks dropped, tags read as spaces ("Cost" and a block "and method"), entities decoded. */
function textOf(cellHtml: string): string {
  return decodeEntities(cellHtml.replace(/<sup\b[\s\S]*?<\/sup>/g, '').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}


/** A table followed by at least this many links before the next section gets a link past them. */
export const skipLinkThreshold = 20;

/**
 * Puts a "skip" link before each table that, with what follows it up to the next section heading
 * (its footnotes, say), holds at least {@link skipLinkThreshold} links: a keyboard reader reaches
 * the next section (a chart, a calculator) in one step instead of tabbing through every citation.
 * The link is hidden until it has focus, like the page's own "Skip to content".
 */
export function skipLongTables(html: string): string {
  const headings = [...html.matchAll(/<h2 id="([^"]+)"[^>]*>([\s\S]*?)<\/h2>/g)].map((match) => ({
    at: match.index,
    id: match[1] ?? '',
    text: textOf(match[2] ?? ''),
  }));
  return html.replace(/<table\b/g, (table, at: number) => {
    const next = headings.find((heading) => heading.at > at);
    if (next === undefined) return table;
    const links = html.slice(at, next.at).match(/<a\b/g)?.length ?? 0;
    if (links < skipLinkThreshold) return table;
    return `<a class="tot-skip sr-only" href="#${next.id}">Skip ${links} links to “${escapeAttribute(next.text)}”</a>${table}`;
  });
}
