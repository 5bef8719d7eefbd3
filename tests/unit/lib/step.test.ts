import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatCount, formatPercent, formatUsd } from '../../../src/lib/quantity/format';
import { parseQuantity } from '../../../src/lib/quantity/parse';
import { stepQuantityText, stepSize, type StepQuantityOptions } from '../../../src/lib/quantity/step';

describe('stepSize: one unit of the second significant digit', () => {
  test.each<[number, 1 | -1, number]>([
    [65.2, 1, 1],
    [65.2, -1, 1],
    [3.93, 1, 0.1],
    [2048, 1, 100],
    [100, 1, 10],
    // Down from a power of ten, the finer step of the decade below: 100 → 99, not 90.
    [100, -1, 1],
    [10, -1, 0.1],
    [1, -1, 0.01],
    [1, 1, 0.1],
    [0.4, 1, 0.01],
    // Negative values: toward zero is the finer side, as for positive ones.
    [-100, 1, 1],
    [-100, -1, 10],
    [0, 1, 1],
    [0, -1, 1],
  ])('stepSize(%d, %d) is %d', (x, direction, size) => {
    expect(stepSize(x, direction)).toBeCloseTo(size, 12);
  });
});

describe('stepQuantityText steps as ArrowUp and ArrowDown do, in the reader’s own notation', () => {
  test.each<[string, StepQuantityOptions, string | undefined]>([
    ['65.2B', { kind: 'count', direction: 1 }, '66B'],
    ['65.2B', { kind: 'count', direction: -1 }, '65B'],
    ['65.2B', { kind: 'count', direction: 1, large: true }, '70B'],
    ['65.2B', { kind: 'count', direction: -1, large: true }, '60B'],
    ['2048', { kind: 'count', direction: 1, integer: true }, '2100'],
    ['2,048', { kind: 'count', direction: -1, integer: true }, '2,000'],
    ['9,950', { kind: 'count', direction: 1, integer: true }, '10,000'],
    ['1', { kind: 'count', direction: 1, integer: true, min: 1 }, '2'],
    ['1.5k', { kind: 'count', direction: 1, integer: true }, '1.6k'],
    ['2e12', { kind: 'count', direction: 1 }, '2.1e12'],
    ['0.3', { kind: 'count', direction: 1 }, '0.31'],
    ['0', { kind: 'count', direction: 1 }, '1'],
    ['0', { kind: 'count', direction: 1, integer: true }, '1'],
    ['1', { kind: 'count', direction: -1, integer: true }, '0'],
    ['1500%', { kind: 'fraction', direction: 1 }, '1600%'],
    ['-5', { kind: 'count', direction: 1 }, '-4.9'],
    ['1.4T tokens', { kind: 'count', direction: 1, noun: 'tokens' }, '1.5T tokens'],
    ['$3.93', { kind: 'usd', direction: 1 }, '$4'],
    ['$3.93', { kind: 'usd', direction: -1 }, '$3.9'],
    ['$2.50/h', { kind: 'usd', direction: 1, per: 'hour' }, '$2.6/h'],
    ['US$ 1,950', { kind: 'usd', direction: 1, large: true }, 'US$ 2,000'],
    ['-$1.5k', { kind: 'usd', direction: -1 }, '-$1.6k'],
    ['47.7%', { kind: 'fraction', direction: 1 }, '48%'],
    ['47.7%', { kind: 'fraction', direction: -1 }, '47%'],
    ['47.7%', { kind: 'fraction', direction: 1, large: true }, '50%'],
    // A share typed as a fraction steps in points and is written as a percentage.
    ['0.4', { kind: 'fraction', direction: 1 }, '41%'],
    ['40', { kind: 'fraction', direction: -1 }, '39%'],
    ['21 days', { kind: 'hours', direction: 1 }, '22 days'],
    ['3.14e23 FLOP', { kind: 'flops', direction: -1 }, '3.1e23 FLOP'],
    ['80 GB', { kind: 'bytes', direction: 1 }, '81 GB'],
  ])('%j with %j is %j', (text, options, stepped) => {
    expect(stepQuantityText(text, options)).toBe(stepped);
  });

  test.each<[string, StepQuantityOptions, string | undefined]>([
    // At a limit, the step stops there; past it, nothing changes.
    ['99.5%', { kind: 'fraction', direction: 1, max: 1 }, '100%'],
    ['100%', { kind: 'fraction', direction: 1, max: 1 }, undefined],
    ['99T', { kind: 'count', direction: 1, large: true, max: 1e14 }, '100T'],
    ['100T', { kind: 'count', direction: 1, max: 1e14 }, undefined],
    ['1', { kind: 'count', direction: -1, integer: true, min: 1 }, undefined],
    ['1.05', { kind: 'count', direction: -1, min: 1 }, '1'],
    // A step past a limit stops at the limit, written as the field writes it.
    ['1.5', { kind: 'count', direction: -1, large: true, min: 1.2 }, '1.2'],
    ['93%', { kind: 'fraction', direction: 1, large: true, max: 0.95 }, '95%'],
    ['$0', { kind: 'usd', direction: -1, min: 0 }, undefined],
    // Nothing to step: invalid text, a range.
    ['abc', { kind: 'count', direction: 1 }, undefined],
    ['1e400', { kind: 'count', direction: 1 }, undefined],
    ['30–50%', { kind: 'fraction', direction: 1 }, undefined],
    // A whole-number field whose next step is not whole.
    ['2.5e0', { kind: 'count', direction: 1, integer: true }, undefined],
  ])('%j with %j is %j', (text, options, stepped) => {
    expect(stepQuantityText(text, options)).toBe(stepped);
  });
});

describe('stepping properties', () => {
  const kinds: [string, StepQuantityOptions['kind'], (x: number) => string, fc.Arbitrary<number>][] = [
    ['counts', 'count', formatCount, fc.double({ min: 1e-2, max: 1e14, noNaN: true })],
    ['dollars', 'usd', formatUsd, fc.double({ min: 1e-2, max: 1e12, noNaN: true })],
    ['shares', 'fraction', formatPercent, fc.double({ min: 0.001, max: 0.9, noNaN: true })],
  ];

  test.each(kinds)('%s: up moves up by at most a tenth of the value (all of it with Shift), down moves down', (_name, kind, format, values) => {
    fc.assert(
      fc.property(values, fc.boolean(), (x, large) => {
        const text = format(x);
        const before = parseQuantity(text, { kind });
        if (!before.ok) throw new Error(`${text} does not parse`);
        const up = stepQuantityText(text, { kind, direction: 1, large });
        const down = stepQuantityText(text, { kind, direction: -1, large });
        const upValue = parseQuantity(up ?? '', { kind });
        const downValue = parseQuantity(down ?? '', { kind });
        expect(upValue.ok && downValue.ok, `${text} → ${up}, ${down}`).toBe(true);
        if (!upValue.ok || !downValue.ok) return;
        // A share steps in points of its percentage: 0.1% steps by 0.01 points, a tenth of it.
        const reach = (large ? 1 : 0.1) * (kind === 'fraction' ? Math.max(1, 1 / (before.value * 100)) : 1);
        expect(upValue.value).toBeGreaterThan(before.value);
        expect(upValue.value - before.value).toBeLessThanOrEqual(before.value * reach * (1 + 1e-9));
        expect(downValue.value).toBeLessThan(before.value);
      }),
      { numRuns: 400 },
    );
  });

  test('a whole-number field always steps to a whole number within its limits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e7 }), fc.constantFrom<1 | -1>(1, -1), fc.boolean(), (n, direction, large) => {
        const rules = { kind: 'count' as const, integer: true, min: 1, max: 1e7 };
        const stepped = stepQuantityText(String(n), { ...rules, direction, large });
        if (stepped === undefined) {
          expect(direction === 1 ? n : 1).toBe(direction === 1 ? 1e7 : n);
          return;
        }
        expect(parseQuantity(stepped, rules).ok, `${n} → ${stepped}`).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
