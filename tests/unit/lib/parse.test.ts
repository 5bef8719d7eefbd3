import { describe, expect, test } from 'vitest';
import type { QuantityKind } from '../../../src/lib/quantity/kinds';
import { parseQuantity } from '../../../src/lib/quantity/parse';

const ok = (value: number) => ({ ok: true, value });

describe('parseQuantity reads what readers type', () => {
  test.each<[string, QuantityKind, number]>([
    ['70B', 'count', 70e9],
    ['70 B', 'count', 70e9],
    ['70b', 'count', 70e9],
    ['1.4T', 'count', 1.4e12],
    ['2e12', 'count', 2e12],
    ['2E12', 'count', 2e12],
    ['1,024', 'count', 1024],
    ['1,000,000', 'count', 1e6],
    ['3.5k', 'count', 3500],
    ['1.2M', 'count', 1.2e6],
    ['1.2m', 'count', 1.2e6],
    ['175 billion', 'count', 175e9],
    ['175 Billion', 'count', 175e9],
    ['2 bn', 'count', 2e9],
    ['1e-3', 'count', 0.001],
    ['.5', 'count', 0.5],
    ['5.', 'count', 5],
    ['  2048  ', 'count', 2048],
    ['+7', 'count', 7],
    ['-0', 'count', 0],
    ['７０Ｂ', 'count', 70e9],
    ['\u22125', 'count', -5],
    ['$3.93', 'usd', 3.93],
    ['3.93', 'usd', 3.93],
    ['$4.06M', 'usd', 4.06e6],
    ['$ 300k', 'usd', 300e3],
    ['-$1.5k', 'usd', -1500],
    ['＄３.９３', 'usd', 3.93],
    ['40%', 'fraction', 0.4],
    ['40 %', 'fraction', 0.4],
    ['40', 'fraction', 0.4],
    ['0.4', 'fraction', 0.4],
    ['1', 'fraction', 1],
    ['47.6%', 'fraction', 0.476],
    ['４０％', 'fraction', 0.4],
    ['504', 'hours', 504],
    ['504 h', 'hours', 504],
    ['504h', 'hours', 504],
    ['21 days', 'hours', 504],
    ['1 day', 'hours', 24],
    ['3 weeks', 'hours', 504],
    ['2 months', 'hours', 1461],
    ['1 year', 'hours', 8766],
    ['30 min', 'hours', 0.5],
    ['3600 s', 'hours', 1],
    ['1.72M h', 'hours', 1.72e6],
    ['2k hours', 'hours', 2000],
    // A spaced multiplier scales any unit, whatever the spaces: 2k days = 2,000 × 24 h.
    ['2k days', 'hours', 48_000],
    ['1.72M  h', 'hours', 1.72e6],
    ['1.5 million hours', 'hours', 1.5e6],
    ['1.2 bn weeks', 'hours', 1.2e9 * 168],
    ['80 GB', 'bytes', 80e9],
    ['80GB', 'bytes', 80e9],
    ['80 gb', 'bytes', 80e9],
    ['74.5 GiB', 'bytes', 74.5 * 2 ** 30],
    ['1 KiB', 'bytes', 1024],
    ['2 kB', 'bytes', 2000],
    ['70B', 'bytes', 70],
    ['2e9', 'bytes', 2e9],
    ['3.14e23', 'flops', 3.14e23],
    ['3.14e23 FLOP', 'flops', 3.14e23],
    ['3.14 × 10²³ FLOP', 'flops', 3.14e23],
    ['3.14 × 10²³', 'flops', 3.14e23],
    ['5 x 10^23', 'flops', 5e23],
    ['5*10^-3', 'count', 5e-3],
    ['2.5 × 10⁻⁷', 'count', 2.5e-7],
    ['1 × 10⁺¹⁵', 'count', 1e15],
    ['$2 × 10¹⁵', 'usd', 2e15],
    ['1,024 × 10³', 'count', 1.024e6],
    ['3.14e23 FLOPs', 'flops', 3.14e23],
    ['314 ZFLOP', 'flops', 314e21],
    ['2 T FLOP', 'flops', 2e12],
    ['5B', 'flops', 5e9],
    ['3640 PF-days', 'flops', 3640 * 8.64e19],
  ])('%s as %s is %d', (text, kind, value) => {
    const result = parseQuantity(text, { kind });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toBeCloseTo(value, 12 - Math.round(Math.log10(Math.abs(value) || 1)));
  });

  test('returns exact values for plain numbers', () => {
    expect(parseQuantity('2048', { kind: 'count' })).toEqual(ok(2048));
    expect(parseQuantity('-0', { kind: 'count' })).toEqual(ok(0));
    expect(Object.is((parseQuantity('-0', { kind: 'count' }) as { value: number }).value, -0)).toBe(false);
  });
});

describe('parseQuantity rejects with a message that says what was expected', () => {
  test.each<[string, QuantityKind, RegExp]>([
    ['', 'count', /^Enter a value\. Expected a number like 70B, 1\.4T or 2e12$/],
    ['   ', 'count', /Enter a value/],
    ['\t\n', 'usd', /Enter a value\. Expected an amount/],
    ['NaN', 'count', /^Expected a number like 70B/],
    ['Infinity', 'count', /Expected a number/],
    ['-Infinity', 'count', /Expected a number/],
    ['1e400', 'count', /Too large/],
    ['1e300T', 'count', /Too large/],
    ['1e-400', 'count', /Too close to zero/],
    ['<b>1</b>', 'count', /Expected a number/],
    ['<script>alert(1)</script>', 'count', /Expected a number/],
    ['🚀', 'count', /Expected a number/],
    ['5 × 10', 'count', /Expected a number/],
    ['5 × 10^', 'count', /Expected a number/],
    ['× 10²³', 'count', /Expected a number/],
    ['70🚀', 'count', /Expected a number/],
    ['1,5', 'count', /^Use a point for decimals: 1\.5$/],
    ['1,0245', 'count', /^Use a point for decimals: 1\.0245$/],
    // A comma groups thousands only after one to three digits and before groups of exactly three.
    ['1024,000', 'count', /^Use a point for decimals: 1024\.000$/],
    ['1,000,00', 'count', /^Use a point for decimals; commas only group thousands, as in 1,024\.5$/],
    ['v1,5', 'count', /^Expected a number/],
    ['$ 1,5', 'usd', /^Use a point for decimals: \$ 1\.5$/],
    ['USD1,5', 'usd', /^Use a point for decimals: USD1\.5$/],
    ['USD 1,5', 'usd', /^Use a point for decimals: USD 1\.5$/],
    ['5 euro', 'usd', /^Enter US dollars/],
    ['5 pound', 'usd', /^Enter US dollars/],
    ['12abc', 'count', /Expected a number/],
    ['1e', 'count', /Expected a number/],
    ['.', 'count', /Expected a number/],
    ['--5', 'count', /Expected a number/],
    ['0x10', 'count', /Expected a number/],
    ['$5', 'count', /Expected a number/],
    ['70B', 'fraction', /Expected a percentage/],
    ['5 m', 'hours', /Expected a duration/],
    ['5 parsecs', 'hours', /Expected a duration/],
    ['1.72 9M h', 'hours', /^Expected a duration/],
    ['2 k  parsecs', 'hours', /^Expected a duration/],
    ['5 GHz', 'bytes', /Expected a size/],
    ['5 flops per second', 'flops', /Expected a FLOP count/],
  ])('%j as %s', (text, kind, message) => {
    const result = parseQuantity(text, { kind });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  test('rejects long input early, whatever it contains', () => {
    const result = parseQuantity('9'.repeat(10_000), { kind: 'count' });
    expect(result).toEqual({ ok: false, message: 'Too long. Expected a number like 70B, 1.4T or 2e12' });
    expect(parseQuantity(`${'1'.repeat(64)}`, { kind: 'count' }).ok).toBe(true);
    expect(parseQuantity(`${'1'.repeat(65)}`, { kind: 'count' }).ok).toBe(false);
  });

  test('rejects non-strings from untyped callers', () => {
    expect(parseQuantity(42 as unknown as string, { kind: 'count' }).ok).toBe(false);
    expect(parseQuantity(undefined as unknown as string, { kind: 'count' }).ok).toBe(false);
  });
});

describe('range and integer rules', () => {
  test.each<[string, Parameters<typeof parseQuantity>[1], string]>([
    ['0', { kind: 'count', min: 1 }, 'Must be at least 1'],
    ['-5', { kind: 'count', min: 0 }, 'Must be at least 0'],
    ['-$5', { kind: 'usd', min: 0 }, 'Must be at least $0'],
    ['150%', { kind: 'fraction', max: 1 }, 'Must be at most 100%'],
    ['0', { kind: 'fraction', min: 0.001, max: 1 }, 'Must be at least 0.1%'],
    ['20 years', { kind: 'hours', max: 8766 }, 'Must be at most 12 months'],
    ['1 TB', { kind: 'bytes', max: 80e9 }, 'Must be at most 80 GB'],
    ['1e30', { kind: 'flops', max: 1e28 }, 'Must be at most 1 × 10²⁸ FLOP'],
    ['2.5', { kind: 'count', integer: true }, 'Must be a whole number'],
  ])('%s with %j: %s', (text, options, message) => {
    expect(parseQuantity(text, options)).toEqual({ ok: false, message });
  });

  test('accepts the bounds themselves and suffixes that make an integer', () => {
    expect(parseQuantity('1', { kind: 'count', min: 1, max: 1 })).toEqual(ok(1));
    expect(parseQuantity('1.5k', { kind: 'count', integer: true })).toEqual(ok(1500));
  });

  test('negatives are allowed when no minimum is set', () => {
    expect(parseQuantity('-3', { kind: 'count' })).toEqual(ok(-3));
  });
});

test('an unknown kind is a programming error', () => {
  expect(() => parseQuantity('5 furlongs', { kind: 'furlongs' as never })).toThrow('Unknown quantity kind');
});
