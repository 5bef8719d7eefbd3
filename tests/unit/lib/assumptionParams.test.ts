import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  allAssumptionPaths,
  assumptionDefaults,
  assumptionParams,
  describeOverlay,
  emptyAssumptionOverlay,
  isEmptyOverlay,
  readAssumptionParams,
  withOverlay,
  type AssumptionOverlay,
} from '~/lib';

const bounds = { maxPricePerHourUsd: 1e4 };
const query = (entries: Record<string, string>) => `?${Object.entries(entries).map(([key, value]) => `a.${key}=${value}`).join('&')}`;
const h100At = (low: number, high: number) => withOverlay(assumptionDefaults, { prices: { 'h100-sxm': { low, high } }, scalars: {} });

describe('shared assumptions written into a link', () => {
  test('a reader on the defaults adds nothing to a link', () => {
    expect(assumptionParams(assumptionDefaults, allAssumptionPaths)).toEqual({});
  });

  test('only what the calculator read and the reader changed is written, prices in $/h, MFU in percent', () => {
    const changed = withOverlay(assumptionDefaults, {
      prices: { 'h100-sxm': { low: 2, high: 2 }, 'a100-80gb': { low: 1.5, high: 1.5 } },
      mfu: { low: 0.35, high: 0.45 },
      scalars: { pue: 1.2, gridKgCo2PerKwh: 0.3 },
    });
    // The estimator reads the H100's price and the MFU band; PUE and the A100 price are not its business.
    expect(assumptionParams(changed, ['price.h100-sxm', 'mfu'])).toEqual({ 'price.h100-sxm': '2', mfu: '35-45' });
    expect(assumptionParams(changed, ['pue', 'gridKgCo2PerKwh', 'electricityUsdPerKwh'])).toEqual({ pue: '1.2', grid: '0.3' });
  });

  test('a price equal to its default is not written even when read', () => {
    expect(assumptionParams(assumptionDefaults, ['price.h100-sxm', 'price.a100-80gb'])).toEqual({});
  });

  test('the staff cost and electricity price use their short names', () => {
    const changed = withOverlay(assumptionDefaults, { prices: {}, scalars: { staffCostPerPersonYearUsd: 250_000, electricityUsdPerKwh: 0.05 } });
    expect(assumptionParams(changed, allAssumptionPaths)).toEqual({ staff: '250000', elec: '0.05' });
  });
});

describe('shared assumptions read from a link', () => {
  test('a link’s values are read exactly: bands, percent, short names', () => {
    const overlay = readAssumptionParams(query({ 'price.h100-sxm': '2-2.5', mfu: '35-45', pue: '1.2', staff: '250000' }), bounds);
    expect(overlay).toEqual({
      prices: { 'h100-sxm': { low: 2, high: 2.5 } },
      mfu: { low: 0.35, high: 0.45 },
      scalars: { pue: 1.2, staffCostPerPersonYearUsd: 250_000 },
    });
  });

  test('no a. parameters: nothing set, and the reader keeps every value of their own', () => {
    const overlay = readAssumptionParams('?train.params=70B', bounds);
    expect(isEmptyOverlay(overlay)).toBe(true);
    expect(withOverlay(assumptionDefaults, overlay)).toBe(assumptionDefaults);
  });

  test.each([
    ['a negative price', 'price.h100-sxm', '-2'],
    ['an exponent', 'price.h100-sxm', '1e400'],
    ['NaN', 'price.h100-sxm', 'NaN'],
    ['Infinity', 'pue', 'Infinity'],
    ['a price above the store’s bound', 'price.h100-sxm', '10001'],
    ['a band whose ends are reversed', 'mfu', '45-35'],
    ['three ends', 'mfu', '30-40-50'],
    ['an MFU above 100%', 'mfu', '30-150'],
    ['an MFU of 0%', 'mfu', '0-50'],
    ['a PUE below 1', 'pue', '0.9'],
    ['a band where one number belongs', 'pue', '1.1-1.2'],
    ['an empty value', 'elec', ''],
    ['a dollar sign', 'price.h100-sxm', '$2'],
    ['a script', 'staff', '<script>alert(1)</script>'],
    ['an overlong value', 'staff', '1'.repeat(65)],
    ['an accelerator with no price', 'price.not-a-chip', '2'],
    ['a name that is not an assumption', 'constructor', '2'],
  ])('%s is ignored: the reader’s own value stays', (_, name, value) => {
    // Strictly: an overlay without an MFU has no `mfu` key at all.
    expect(readAssumptionParams(query({ [name]: value }), bounds)).toStrictEqual(emptyAssumptionOverlay);
  });

  test.each<[string, AssumptionOverlay]>([
    ['a price', { prices: { 'h100-sxm': { low: 2, high: 2 } }, scalars: {} }],
    ['an MFU band', { prices: {}, mfu: { low: 0.35, high: 0.45 }, scalars: {} }],
    ['a PUE', { prices: {}, scalars: { pue: 1.2 } }],
  ])('an overlay that sets only %s is not empty', (_, overlay) => {
    expect(isEmptyOverlay(overlay)).toBe(false);
  });

  test('a malformed query string sets nothing', () => {
    expect(readAssumptionParams('?a.mfu=%E0%A4%A', bounds)).toEqual(emptyAssumptionOverlay);
  });

  test('round trip: any valid assumptions a sender holds are what the recipient computes with', () => {
    const price = fc.double({ min: 0.01, max: 1e4, noNaN: true }).map((usd) => Number(usd.toFixed(2)));
    fc.assert(
      fc.property(price, price, fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 99 }), fc.double({ min: 1, max: 5, noNaN: true }), (a, b, lowPercent, widthPercent, pue) => {
        const mfuHigh = Math.min(100, lowPercent + widthPercent);
        const sender = withOverlay(assumptionDefaults, {
          prices: { 'h100-sxm': { low: Math.min(a, b), high: Math.max(a, b) } },
          mfu: { low: lowPercent / 100, high: mfuHigh / 100 },
          scalars: { pue: Number(pue.toFixed(3)) },
        });
        const entries = assumptionParams(sender, allAssumptionPaths);
        const recipient = withOverlay(assumptionDefaults, readAssumptionParams(query(entries), bounds));
        expect(recipient.pue).toBe(sender.pue);
        expect(recipient.mfu.low).toBeCloseTo(sender.mfu.low, 12);
        expect(recipient.mfu.high).toBeCloseTo(sender.mfu.high, 12);
        expect(recipient.pricePerHourUsd['h100-sxm']).toEqual(sender.pricePerHourUsd['h100-sxm']);
      }),
      { numRuns: 200 },
    );
  });
});

describe('what the recipient is told', () => {
  test('the note names each value as a reader writes it', () => {
    const overlay: AssumptionOverlay = {
      prices: { 'h100-sxm': { low: 2, high: 2.5 }, 'a100-80gb': { low: 1.5, high: 1.5 } },
      mfu: { low: 0.35, high: 0.45 },
      scalars: { pue: 1.2, electricityUsdPerKwh: 0.05 },
    };
    expect(describeOverlay(overlay)).toEqual([
      'NVIDIA A100 80GB SXM at $1.50/h',
      'NVIDIA H100 SXM at $2.00–$2.50/h',
      'utilisation (MFU) 35–45%',
      'data-centre PUE: 1.2 × IT power',
      'electricity price: $0.05 per kWh',
    ]);
  });

  test('without an MFU band the note names only the rest', () => {
    expect(describeOverlay({ prices: { 'h100-sxm': { low: 2, high: 2 } }, scalars: {} })).toEqual(['NVIDIA H100 SXM at $2.00/h']);
  });

  test('withOverlay puts only what the link sets over the reader’s values', () => {
    const own = h100At(3, 3);
    const seen = withOverlay(own, { prices: { 'a100-80gb': { low: 1.5, high: 1.5 } }, scalars: { pue: 1.3 } });
    expect(seen.pricePerHourUsd['h100-sxm']).toEqual(own.pricePerHourUsd['h100-sxm']);
    expect(seen.pue).toBe(1.3);
    expect(seen.mfu).toEqual(own.mfu);
    expect(seen.electricityUsdPerKwh).toBe(own.electricityUsdPerKwh);
  });
});
