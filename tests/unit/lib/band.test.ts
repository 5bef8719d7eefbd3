import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatBand, parseBand } from '~/lib';

describe('parseBand', () => {
  test.each([
    ['30–50%', 0.3, 0.5],
    ['30-50%', 0.3, 0.5],
    ['30 to 50%', 0.3, 0.5],
    ['30%—50%', 0.3, 0.5],
    ['0.3-0.5', 0.3, 0.5],
    ['40%', 0.4, 0.4],
  ])('reads the fraction band %j as %f–%f', (text, low, high) => {
    const parsed = parseBand(text, { kind: 'fraction' });
    expect(parsed).toEqual({ ok: true, value: { low: expect.closeTo(low, 12), high: expect.closeTo(high, 12) } });
  });

  test.each([
    ['$2 to $3.50', 2, 3.5],
    ['$1–2', 1, 2],
  ])('reads the dollar band %j', (text, low, high) => {
    expect(parseBand(text, { kind: 'usd' })).toEqual({ ok: true, value: { low, high } });
  });

  test('an exponent with a minus sign is one value, not a range', () => {
    expect(parseBand('1e-3', { kind: 'fraction' })).toEqual({ ok: true, value: { low: 0.001, high: 0.001 } });
  });

  test.each([
    ['50–30%', 'Put the lower value first'],
    ['abc–50%', 'Lower end: '],
    ['30%–lots', 'Upper end: '],
  ])('rejects %j saying why', (text, message) => {
    const parsed = parseBand(text, { kind: 'fraction', min: 0.001, max: 1 });
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toContain(message);
  });

  test('a field that wants one value rejects a range', () => {
    expect(parseBand('30–50%', { kind: 'fraction', range: false })).toEqual({ ok: false, message: 'Enter one value here, not a range' });
  });

  test('a percent sign on the upper end applies to the lower one, also before trailing spaces', () => {
    // "1–50%" is 1% to 50%; without carrying the sign over, the bare 1 would read as 100%.
    expect(parseBand('1–50% ', { kind: 'fraction' })).toEqual({ ok: true, value: { low: 0.01, high: 0.5 } });
    expect(parseBand('30%–50%', { kind: 'fraction' })).toEqual({ ok: true, value: { low: 0.3, high: 0.5 } });
  });

  test('a percent sign carries over only in a fraction band', () => {
    // In dollars "2%" is the error, not "$1".
    expect(parseBand('$1–$2%', { kind: 'usd' })).toEqual({ ok: false, message: 'Upper end: Expected an amount like $3.93, $4M or 2.5k' });
  });

  test('only a percent sign that ends the upper value carries over', () => {
    // "5%x" is no percentage, so the lower end stays 0.5 (in range) and the upper end is the error.
    const parsed = parseBand('0.5–5%x', { kind: 'fraction', min: 0.01 });
    expect(parsed).toEqual({ ok: false, message: 'Upper end: Expected a percentage like 40% or a fraction like 0.4' });
  });

  test('ends that are equal make a band of width zero', () => {
    expect(parseBand('40–40%', { kind: 'fraction' })).toEqual({ ok: true, value: { low: 0.4, high: 0.4 } });
  });

  test('a value that is not text is rejected, not thrown on', () => {
    expect(parseBand(undefined as never, { kind: 'fraction' })).toEqual({ ok: false, message: 'Expected a percentage like 40% or a fraction like 0.4' });
  });

  test('text with no separator keeps the single-value message', () => {
    expect(parseBand('lots', { kind: 'count' })).toEqual({ ok: false, message: expect.stringMatching(/^Expected a number/) });
  });

  test('format → parse gives the band back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 100 }), (a, b) => {
        const band = { low: Math.min(a, a + b) / 100, high: Math.min(100, a + b) / 100 };
        const parsed = parseBand(formatBand(band, 'fraction'), { kind: 'fraction' });
        expect(parsed.ok).toBe(true);
        if (parsed.ok) {
          expect(parsed.value.low).toBeCloseTo(band.low, 3);
          expect(parsed.value.high).toBeCloseTo(band.high, 3);
        }
      }),
    );
  });
});

describe('formatBand', () => {
  test.each([
    [{ low: 0.3, high: 0.5 }, 'fraction', '30–50%'],
    [{ low: 0.4, high: 0.4 }, 'fraction', '40%'],
    [{ low: 1, high: 2 }, 'usd', '$1–$2'],
  ] as const)('formats %o as %s', (band, kind, text) => {
    expect(formatBand(band, kind)).toBe(text);
  });
});
