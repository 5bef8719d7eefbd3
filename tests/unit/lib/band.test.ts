import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatBand, mapBand, parseBand } from '~/lib';

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

  test.each([
    ['19.8–33.1 days', 'hours', 475.2, 794.4],
    ['1.4–2.33M', 'count', 1.4e6, 2.33e6],
    ['80–160 GB', 'bytes', 80e9, 160e9],
    ['2 h–3 days', 'hours', 2, 72],
    // An exponent is part of the number, with or without its sign: the percent sign is the unit.
    ['1e1–5e1%', 'fraction', 0.1, 0.5],
    ['5e-1–8e-1%', 'fraction', 0.005, 0.008],
  ] as const)('a unit written once after the high end applies to both: %j', (text, kind, low, high) => {
    expect(parseBand(text, { kind })).toEqual({ ok: true, value: { low: expect.closeTo(low, 9), high: expect.closeTo(high, 9) } });
  });

  test.each([
    [{ low: 475.2, high: 794.4 }, 'hours'],
    [{ low: 1.4e6, high: 2.33e6 }, 'count'],
    [{ low: 3.74e-5, high: 6.23e-5 }, 'usd'],
    [{ low: 3.14e23, high: 5e23 }, 'flops'],
    [{ low: 80e9, high: 160e9 }, 'bytes'],
  ] as const)('formatBand(%o, %s) parses back', (band, kind) => {
    const parsed = parseBand(formatBand(band, kind), { kind });
    expect(parsed).toEqual({ ok: true, value: { low: expect.closeTo(band.low, 9), high: expect.closeTo(band.high, 9) } });
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

  test('the lower end borrows whatever follows the upper number, in any kind of band', () => {
    // "$1–$2%" reads as $1% to $2%, so the lower end is the first error (without the borrowing
    // it would be the upper end's).
    expect(parseBand('$1–$2%', { kind: 'usd' })).toEqual({ ok: false, message: 'Lower end: Expected an amount like $3.93, $4M or 2.5k' });
    // "0.5–5%x": the lower end becomes "0.5%x", no percentage (a bare 0.5 would be in range).
    expect(parseBand('0.5–5%x', { kind: 'fraction', min: 0.01 })).toEqual({ ok: false, message: 'Lower end: Expected a percentage like 40% or a fraction like 0.4' });
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
    [{ low: 1, high: 2 }, 'usd', '$1.00–$2.00'],
    [{ low: 1.5e6, high: 2e6 }, 'usd', '$1.5M–$2M'],
    [{ low: 3.74e-5, high: 6.23e-5 }, 'usd', '$0.0000374–$0.0000623'],
    [{ low: 475.2, high: 794.4 }, 'hours', '19.8–33.1 days'],
    [{ low: 24, high: 48 }, 'hours', '24–48 h'],
    [{ low: 30, high: 48 }, 'hours', '30–48 h'],
    [{ low: 24, high: 72 }, 'hours', '24 h–3 days'],
    [{ low: 1.4e6, high: 2.33e6 }, 'count', '1.4–2.33M'],
    [{ low: 900, high: 2.33e6 }, 'count', '900–2.33M'],
    [{ low: 80e9, high: 160e9 }, 'bytes', '80–160 GB'],
    [{ low: 3.14e23, high: 5e23 }, 'flops', '3.14–5 × 10²³ FLOP'],
    [{ low: 5e22, high: 3.14e23 }, 'flops', '5 × 10²²–3.14 × 10²³ FLOP'],
    [{ low: 950, high: 3.14e23 }, 'flops', '9.5 × 10²–3.14 × 10²³ FLOP'],
    [{ low: 1e15, high: 2e15 }, 'count', '1 × 10¹⁵–2 × 10¹⁵'],
    [{ low: NaN, high: 5 }, 'count', '—–5'],
    [{ low: 1, high: 2 }, 'count', '1–2'],
    [{ low: 12, high: 24 }, 'hours', '12–24 h'],
  ] as const)('formats %o as %s', (band, kind, text) => {
    expect(formatBand(band, kind)).toBe(text);
  });
});

describe('mapBand', () => {
  test("Phi-4's 967,680 H100-hours (1,920 GPUs × 21 days × 24 h, model card) at $3.20–$6.88 cost $3,096,576–$6,657,638.40", () => {
    // By hand: 967,680 × 3.20 = 3,096,576; 967,680 × 6.88 = 6,657,638.4.
    const band = mapBand({ low: 3.2, high: 6.88 }, (price) => 967_680 * price);
    expect(band.low).toBeCloseTo(3_096_576, 6);
    expect(band.high).toBeCloseTo(6_657_638.4, 6);
  });

  test('applies the function to each end, the low end to the low end', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), (a, b) => {
        const band = { low: Math.min(a, b), high: Math.max(a, b) };
        expect(mapBand(band, (x) => x + 1)).toEqual({ low: band.low + 1, high: band.high + 1 });
      }),
    );
  });
});
