import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  formatBytes,
  formatCount,
  formatDuration,
  formatFlops,
  formatHours,
  formatPercent,
  formatUsd,
} from '../../../src/lib/quantity/format';
import type { QuantityKind } from '../../../src/lib/quantity/kinds';
import { parseQuantity } from '../../../src/lib/quantity/parse';

/** Three significant digits: the value may move by half a unit in the third digit (≤ 0.5%). */
const roundingTolerance = 0.005;

const magnitudes = fc.double({ min: 1e-3, max: 1e30, noNaN: true });
const signed = fc.tuple(magnitudes, fc.boolean()).map(([x, negative]) => (negative ? -x : x));

const cases: [string, QuantityKind, (x: number) => string, fc.Arbitrary<number>][] = [
  ['formatCount', 'count', formatCount, signed],
  ['formatUsd', 'usd', formatUsd, signed],
  ['formatFlops', 'flops', formatFlops, signed],
  ['formatHours', 'hours', formatHours, signed],
  ['formatDuration', 'hours', formatDuration, signed],
  ['formatBytes (SI)', 'bytes', (x) => formatBytes(x), fc.double({ min: 1e-3, max: 1e26, noNaN: true })],
  ['formatBytes (IEC)', 'bytes', (x) => formatBytes(x, { system: 'iec' }), fc.double({ min: 1e-3, max: 1e26, noNaN: true })],
  // A bare number above 1 reads as a percentage, so the formatter's "%" keeps the meaning.
  ['formatPercent', 'fraction', formatPercent, fc.double({ min: 1e-6, max: 100, noNaN: true })],
];

describe('parsing what was formatted gives the value back, within the rounding', () => {
  test.each(cases)('%s → parseQuantity(kind %s)', (_name, kind, format, values) => {
    fc.assert(
      fc.property(values, (x) => {
        const text = format(x);
        const parsed = parseQuantity(text, { kind });
        expect(parsed.ok, `${x} → ${JSON.stringify(text)}`).toBe(true);
        if (parsed.ok) {
          expect(Math.abs(parsed.value - x) / Math.abs(x), `${x} → ${text} → ${parsed.value}`).toBeLessThanOrEqual(roundingTolerance);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('never NaN or Infinity from any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.constantFrom<QuantityKind>('count', 'usd', 'fraction', 'hours', 'bytes', 'flops'), (text, kind) => {
        const parsed = parseQuantity(text, { kind });
        if (parsed.ok) expect(Number.isFinite(parsed.value)).toBe(true);
        else expect(parsed.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  test('never NaN or Infinity from number-like strings', () => {
    const numberish = fc
      .array(fc.constantFrom(...'0123456789.,eE+-$% kKmMbBtT'.split('')), { maxLength: 24 })
      .map((chars) => chars.join(''));
    let accepted = 0;
    fc.assert(
      fc.property(numberish, (text) => {
        const parsed = parseQuantity(text, { kind: 'count' });
        if (parsed.ok) {
          accepted += 1;
          expect(Number.isFinite(parsed.value)).toBe(true);
        }
      }),
      { numRuns: 2000, seed: 20261203 },
    );
    // The property is about accepted values, so the generator must produce some (about 1 in 10).
    expect(accepted).toBeGreaterThan(50);
  });
});
