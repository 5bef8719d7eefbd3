import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatCount, formatPercent, formatUsd } from '../../../src/lib/quantity/format';
import { parseQuantity, splitQuantity, type ParseQuantityOptions } from '../../../src/lib/quantity/parse';
import { priceUnitText, stripWords } from '../../../src/lib/quantity/words';

const ok = (value: number) => ({ ok: true, value });
const fail = (message: string) => ({ ok: false, message });

describe('units and words a person writes after the number', () => {
  test.each<[string, ParseQuantityOptions, number]>([
    ['1.4T tokens', { kind: 'count', noun: 'tokens' }, 1.4e12],
    ['1.4 trillion tokens', { kind: 'count', noun: 'tokens' }, 1.4e12],
    ['300B token', { kind: 'count', noun: 'tokens' }, 300e9],
    ['70B params', { kind: 'count', noun: 'parameters' }, 70e9],
    ['70B Parameters', { kind: 'count', noun: 'parameters' }, 70e9],
    ['7 billion param', { kind: 'count', noun: 'parameters' }, 7e9],
    ['2,048 GPUs', { kind: 'count', noun: 'accelerators' }, 2048],
    ['2048 accelerators', { kind: 'count', noun: 'accelerators' }, 2048],
    // A noun not listed: its plural, and the plural without its final "s" only.
    ['5 requests', { kind: 'count', noun: 'requests' }, 5],
    ['1 request', { kind: 'count', noun: 'requests' }, 1],
    ['8 TPUs', { kind: 'count', noun: 'accelerators' }, 8],
    ['1 device', { kind: 'count', noun: 'accelerators' }, 1],
    // A noun not in the alias table: its plural and its plural without the "s".
    ['32 layers', { kind: 'count', noun: 'layers' }, 32],
    ['1 layer', { kind: 'count', noun: 'layers' }, 1],
    ['$2.50/h', { kind: 'usd', per: 'hour' }, 2.5],
    ['$2.50 / h', { kind: 'usd', per: 'hour' }, 2.5],
    ['$2.50/hr', { kind: 'usd', per: 'hour' }, 2.5],
    ['$2.50 per hour', { kind: 'usd', per: 'hour' }, 2.5],
    ['$2.50 an hour', { kind: 'usd', per: 'hour' }, 2.5],
    ['$2.50/GPU-hour', { kind: 'usd', per: 'hour' }, 2.5],
    ['$2.50 per GPU per hour', { kind: 'usd', per: 'hour' }, 2.5],
    ['$2.50/gpu/h', { kind: 'usd', per: 'hour' }, 2.5],
    ['2.5 USD/h', { kind: 'usd', per: 'hour' }, 2.5],
    ['$0.12/kWh', { kind: 'usd', per: 'kWh' }, 0.12],
    ['$0.12 per kWh', { kind: 'usd', per: 'kWh' }, 0.12],
    ['$5k/year', { kind: 'usd', per: 'year' }, 5000],
    ['$5k a year', { kind: 'usd', per: 'year' }, 5000],
    ['US$3.93', { kind: 'usd' }, 3.93],
    ['USD 3.93', { kind: 'usd' }, 3.93],
    ['3.93 USD', { kind: 'usd' }, 3.93],
    ['3.93 dollars', { kind: 'usd' }, 3.93],
    ['4M dollars', { kind: 'usd' }, 4e6],
    ['40 percent', { kind: 'fraction' }, 0.4],
    ['40 per cent', { kind: 'fraction' }, 0.4],
    ['40 pct', { kind: 'fraction' }, 0.4],
  ])('%j with %j is %d', (text, options, value) => {
    expect(parseQuantity(text, options)).toEqual(ok(value));
  });

  test.each<[string, ParseQuantityOptions, string]>([
    // A count of the wrong thing says what the field counts.
    ['1.4T params', { kind: 'count', noun: 'tokens' }, 'Enter a number of tokens'],
    ['70B tokens', { kind: 'count', noun: 'parameters' }, 'Enter a number of parameters'],
    // A field that names nothing takes no noun at all.
    ['70B params', { kind: 'count' }, 'Expected a number like 70B, 1.4T or 2e12'],
    ['2048 GPUs', { kind: 'count' }, 'Expected a number like 70B, 1.4T or 2e12'],
    // Words that are not a noun are still refused.
    ['70B bananas', { kind: 'count', noun: 'parameters' }, 'Expected a number like 70B, 1.4T or 2e12'],
    // A rate where the field is a total, or per another unit.
    ['$2.50/h', { kind: 'usd' }, 'Enter an amount in US dollars, not a rate'],
    ['$0.12/kWh', { kind: 'usd', per: 'hour' }, 'Enter a price per hour'],
    ['$2.50/h', { kind: 'usd', per: 'kWh' }, 'Enter a price per kWh'],
    ['$2.50/h', { kind: 'usd', per: 'year' }, 'Enter a price per year'],
    // Other currencies are not dollars.
    ['€2', { kind: 'usd' }, 'Enter US dollars: every price in this guide is in US dollars'],
    ['2 EUR', { kind: 'usd' }, 'Enter US dollars: every price in this guide is in US dollars'],
    ['£3.50', { kind: 'usd', per: 'hour' }, 'Enter US dollars: every price in this guide is in US dollars'],
    // A currency or rate on a field that is not money.
    ['$5', { kind: 'count' }, 'Expected a number like 70B, 1.4T or 2e12'],
    ['US$5', { kind: 'fraction' }, 'Expected a percentage like 40% or a fraction like 0.4'],
    ['€2', { kind: 'count' }, 'Expected a number like 70B, 1.4T or 2e12'],
  ])('%j with %j is refused: %s', (text, options, message) => {
    expect(parseQuantity(text, options)).toEqual(fail(message));
  });
});

describe('a decimal comma gets a hint, not a misreading', () => {
  test.each<[string, ParseQuantityOptions, string]>([
    ['1,5B', { kind: 'count' }, 'Use a point for decimals: 1.5B'],
    ['1,5', { kind: 'count' }, 'Use a point for decimals: 1.5'],
    ['$2,50', { kind: 'usd' }, 'Use a point for decimals: $2.50'],
    ['-1,25 T', { kind: 'count' }, 'Use a point for decimals: -1.25 T'],
    ['47,7%', { kind: 'fraction' }, 'Use a point for decimals: 47.7%'],
    ['1234,5', { kind: 'count' }, 'Use a point for decimals: 1234.5'],
    ['1,0245', { kind: 'count' }, 'Use a point for decimals: 1.0245'],
    ['1,2,3,4', { kind: 'count' }, 'Use a point for decimals; commas only group thousands, as in 1,024.5'],
  ])('%j', (text, options, message) => {
    expect(parseQuantity(text, options)).toEqual(fail(message));
  });

  test.each(['1,024', '1,000,000', '$1,024.50', '12,345.6', '999,999'])('%j groups thousands and is read', (text) => {
    expect(parseQuantity(text, { kind: 'usd' }).ok).toBe(true);
  });
});

describe('limit messages say the limit and what it counts', () => {
  test.each<[string, ParseQuantityOptions, string]>([
    ['200T', { kind: 'count', max: 1e14, noun: 'parameters' }, 'Must be at most 100T parameters'],
    ['0', { kind: 'count', min: 1, noun: 'tokens' }, 'Must be at least 1 tokens'],
    ['1e400', { kind: 'count', max: 1e14, noun: 'parameters' }, 'Must be at most 100T parameters'],
    ['1e400', { kind: 'count', max: 1e7 }, 'Must be at most 10M'],
    ['1e400', { kind: 'count' }, 'Too large to calculate with'],
    ['$20k/h', { kind: 'usd', max: 1e4, per: 'hour' }, 'Must be at most $10k per hour'],
    ['-$1/h', { kind: 'usd', min: 0, per: 'hour' }, 'Must be at least $0 per hour'],
    // A noun or unit that does not fit the kind adds nothing.
    ['2', { kind: 'fraction', max: 0.01, noun: 'parameters', per: 'hour' }, 'Must be at most 1%'],
  ])('%j with %j: %s', (text, options, message) => {
    expect(parseQuantity(text, options)).toEqual(fail(message));
  });
});

describe('the pieces of a typed value', () => {
  test.each<[string, ReturnType<typeof splitQuantity>]>([
    ['$2.50/h', { sign: '', currency: '$', digits: '2.50', exponent: undefined, gap: '', suffix: '/h' }],
    ['-US$ 1,024 per hour', { sign: '-', currency: 'US$ ', digits: '1,024', exponent: undefined, gap: ' ', suffix: 'per hour' }],
    ['2e12 tokens', { sign: '', currency: '', digits: '2', exponent: '12', gap: ' ', suffix: 'tokens' }],
    ['+.5', { sign: '+', currency: '', digits: '.5', exponent: undefined, gap: '', suffix: '' }],
    ['USD3', { sign: '', currency: 'USD', digits: '3', exponent: undefined, gap: '', suffix: '' }],
    ['abc', undefined],
    ['$', undefined],
  ])('%j', (text, parts) => {
    expect(splitQuantity(text)).toEqual(parts);
  });
});

describe('stripWords', () => {
  test('leaves the suffix of kinds that take no words alone', () => {
    expect(stripWords('days', { kind: 'hours', noun: 'days' })).toEqual({ ok: true, rest: 'days' });
    expect(stripWords('gb', { kind: 'bytes' })).toEqual({ ok: true, rest: 'gb' });
  });

  test('keeps the scale before a noun, and a suffix with no word', () => {
    expect(stripWords('t tokens', { kind: 'count', noun: 'tokens' })).toEqual({ ok: true, rest: 't' });
    expect(stripWords('', { kind: 'count', noun: 'tokens' })).toEqual({ ok: true, rest: '' });
    expect(stripWords('k', { kind: 'count', noun: 'tokens' })).toEqual({ ok: true, rest: 'k' });
  });

  test('names each price unit in words', () => {
    expect(priceUnitText).toEqual({ hour: 'per hour', kWh: 'per kWh', year: 'per year' });
  });
});

describe('what the formatter prints, with the words a reader adds, parses back', () => {
  const counts = fc.double({ min: 1, max: 1e14, noNaN: true });
  test.each(['parameters', 'tokens', 'accelerators'])('a count of %s followed by its noun', (noun) => {
    fc.assert(
      fc.property(counts, (x) => {
        const text = `${formatCount(x)} ${noun}`;
        const parsed = parseQuantity(text, { kind: 'count', noun });
        expect(parsed.ok, text).toBe(true);
        if (parsed.ok) expect(Math.abs(parsed.value - x) / x, text).toBeLessThanOrEqual(0.005);
      }),
      { numRuns: 300 },
    );
  });

  test.each<['hour' | 'kWh' | 'year', string]>([
    ['hour', '/h'],
    ['hour', ' per hour'],
    ['kWh', '/kWh'],
    ['year', ' a year'],
  ])('a price per %s written with %j', (per, rate) => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e6, noNaN: true }), (x) => {
        const text = `${formatUsd(x)}${rate}`;
        const parsed = parseQuantity(text, { kind: 'usd', per });
        expect(parsed.ok, text).toBe(true);
        if (parsed.ok) expect(Math.abs(parsed.value - x) / x, text).toBeLessThanOrEqual(0.005);
      }),
      { numRuns: 300 },
    );
  });

  test('a share written in words', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.0001, max: 1, noNaN: true }), (x) => {
        const text = formatPercent(x).replace('%', ' percent');
        const parsed = parseQuantity(text, { kind: 'fraction' });
        expect(parsed.ok, text).toBe(true);
        if (parsed.ok) expect(Math.abs(parsed.value - x) / x, text).toBeLessThanOrEqual(0.005);
      }),
      { numRuns: 300 },
    );
  });
});
