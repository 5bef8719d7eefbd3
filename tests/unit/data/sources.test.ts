import { describe, expect, test } from 'vitest';
import { checkedArticleIds, getSource, isSourceId, sources, type Source } from '../../../src/lib/sources';

const entries = Object.entries(sources) as [string, Source][];
const isIsoDate = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));

describe('bibliography', () => {
  describe.each(entries)('%s', (key, source) => {
    test('its id equals the key it is stored under', () => {
      expect(source.id).toBe(key);
    });

    test('the id is stable kebab-case', () => {
      expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    });

    test('has a title and a plausible year (only an article may carry none)', () => {
      expect(source.title.trim()).not.toBe('');
      if (source.year === undefined) {
        expect(source.kind).toBe('blog');
        return;
      }
      expect(Number.isInteger(source.year)).toBe(true);
      expect(source.year).toBeGreaterThanOrEqual(2010);
      expect(source.year).toBeLessThanOrEqual(2026);
    });

    test('reads like a bibliography entry, not a note to ourselves', () => {
      const text = [source.title, source.authors, source.publisher, source.citedAs].join(' ');
      expect(text).not.toMatch(/\bseeds?\b|our copy|untitled|undated|unverified|\.mdx?\b|\.tsx?\b/i);
    });

    test('papers, model cards, datasheets and price pages carry an https url', () => {
      if (['paper', 'model-card', 'datasheet', 'price-page'].includes(source.kind)) {
        expect(source.url).toMatch(/^https:\/\//);
      }
      if (source.url !== undefined) expect(source.url).toMatch(/^https:\/\//);
    });

    test('price pages and press carry the date they were read (YYYY-MM-DD)', () => {
      if (source.kind === 'price-page' || source.kind === 'press') {
        expect(source.accessed).toBeDefined();
      }
      if (source.accessed !== undefined) expect(isIsoDate(source.accessed)).toBe(true);
    });
  });

  test.each([
    ['kaplan-2020-scaling', 'https://arxiv.org/abs/2001.08361'],
    ['besiroglu-2024-chinchilla-replication', 'https://arxiv.org/abs/2404.10102'],
    ['cottier-2024-frontier-costs', 'https://arxiv.org/abs/2405.21015'],
    ['dubey-2024-llama3', 'https://arxiv.org/abs/2407.21783'],
    ['deepseek-2024-v3', 'https://arxiv.org/abs/2412.19437'],
  ])('%s points at %s', (id, url) => {
    expect(getSource(id).url).toBe(url);
  });

  test('the five checked articles are in the bibliography, as blogs', () => {
    expect(checkedArticleIds).toHaveLength(5);
    for (const id of checkedArticleIds) expect(getSource(id).kind).toBe('blog');
  });
});

describe('getSource', () => {
  test('returns the entry for a known id', () => {
    expect(getSource('chowdhery-2022-palm').year).toBe(2022);
  });

  test('an unknown id throws, naming what was received and the valid ids', () => {
    expect(() => getSource('palm')).toThrow(/"palm".*chowdhery-2022-palm/);
  });

  test.each([['palm'], [''], [3], [null], ['toString'], ['__proto__']])(
    'isSourceId(%j) is false',
    (x) => {
      expect(isSourceId(x)).toBe(false);
    },
  );
});
