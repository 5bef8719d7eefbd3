import type { Citation, PublishedFigure } from '~/lib';

/** One numbered note under a table: a citation and, where the data has one, its caveat. */
export interface Footnote {
  number: number;
  citation: Citation;
  note?: string;
}

/**
 * Numbers citations in order of first use, giving the same number to the same source, locator
 * and note, so a table's cells carry short marks and the list below holds each source once.
 */
export function footnoteNumbering(prefix: string) {
  const notes: Footnote[] = [];
  const byKey = new Map<string, Footnote>();
  return {
    notes,
    /** The footnote for a figure, added on first use. */
    of(figure: Pick<PublishedFigure<unknown>, 'citation' | 'note'>): Footnote & { id: string } {
      const key = JSON.stringify([figure.citation.source, figure.citation.locator ?? '', figure.note ?? '']);
      let footnote = byKey.get(key);
      if (!footnote) {
        footnote = { number: notes.length + 1, citation: figure.citation, ...(figure.note ? { note: figure.note } : {}) };
        notes.push(footnote);
        byKey.set(key, footnote);
      }
      return { ...footnote, id: `${prefix}-${footnote.number}` };
    },
    idOf(footnote: Footnote) {
      return `${prefix}-${footnote.number}`;
    },
  };
}
