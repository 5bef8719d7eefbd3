import { describe, expect, test } from 'vitest';
import { requireFigure } from '~/lib';

describe('requireFigure: a figure a page quotes, or a build that stops', () => {
  test.each([[0.4764], [0], [''], [false], [Number.NaN]])('returns a present value (%j) unchanged', (value) => {
    expect(requireFigure(value, 'a figure')).toBe(value);
  });

  test('returns objects as they are', () => {
    const band = { low: 0.3, high: 0.5 };
    expect(requireFigure(band, 'a band')).toBe(band);
  });

  test.each([[undefined], [null]])('throws for %j, naming what the page needed', (value) => {
    expect(() => requireFigure(value, 'TPU v5e power')).toThrow('A page needs TPU v5e power, and the data has none');
  });
});
