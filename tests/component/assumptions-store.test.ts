import { afterEach, describe, expect, test } from 'vitest';
import { assumptionDefaults } from '~/lib';
import {
  $assumptions,
  $assumptionsChanged,
  decodeAssumptions,
  resetAssumptions,
  setAcceleratorPrice,
  setAssumption,
} from '~/stores/assumptions';
import { assumptionsStorageKey } from '~/stores/storageKeys';

afterEach(() => resetAssumptions());

describe('shared assumptions store', () => {
  test('starts on the cited defaults', () => {
    expect($assumptions.get()).toEqual(assumptionDefaults);
    expect($assumptionsChanged.get()).toBe(false);
  });

  test('a change is persisted as JSON and can be reset', () => {
    setAcceleratorPrice('h100-sxm', { low: 2.1, high: 2.9 });
    setAssumption('pue', 1.3);
    const stored = JSON.parse(localStorage.getItem(assumptionsStorageKey)!);
    expect(stored.pricePerHourUsd['h100-sxm']).toEqual({ low: 2.1, high: 2.9 });
    expect(stored.pue).toBe(1.3);
    expect($assumptionsChanged.get()).toBe(true);
    resetAssumptions();
    expect($assumptions.get()).toEqual(assumptionDefaults);
  });

  test.each([
    ['not JSON', '{oops'],
    ['JSON null', 'null'],
    ['an array', '[1,2]'],
    ['a string', '"hello"'],
    ['another app’s data', '{"theme":"dark"}'],
  ])('decoding %s falls back to the defaults', (_what, stored) => {
    expect(decodeAssumptions(stored)).toEqual(assumptionDefaults);
  });

  test('decoding keeps each valid field and defaults each invalid one', () => {
    const decoded = decodeAssumptions(
      JSON.stringify({
        pue: 1.2,
        gridKgCo2PerKwh: -1,
        electricityUsdPerKwh: 'cheap',
        staffCostPerPersonYearUsd: 1e400,
        mfu: { low: 0.5, high: 0.3 },
        pricePerHourUsd: { 'h100-sxm': 2.5, b200: { low: 5, high: 9 }, h200: { low: 9, high: 5 }, 'a100-80gb': null, 'made-up': 1 },
      }),
    );
    expect(decoded.pue).toBe(1.2);
    expect(decoded.gridKgCo2PerKwh).toBe(assumptionDefaults.gridKgCo2PerKwh);
    expect(decoded.electricityUsdPerKwh).toBe(assumptionDefaults.electricityUsdPerKwh);
    expect(decoded.staffCostPerPersonYearUsd).toBe(assumptionDefaults.staffCostPerPersonYearUsd);
    expect(decoded.mfu).toEqual(assumptionDefaults.mfu);
    // A number (what earlier versions stored) is a band of width zero; a band is kept if low ≤ high.
    expect(decoded.pricePerHourUsd['h100-sxm']).toEqual({ low: 2.5, high: 2.5 });
    expect(decoded.pricePerHourUsd.b200).toEqual({ low: 5, high: 9 });
    expect(decoded.pricePerHourUsd.h200).toBe(assumptionDefaults.pricePerHourUsd.h200);
    expect(decoded.pricePerHourUsd['a100-80gb']).toBe(assumptionDefaults.pricePerHourUsd['a100-80gb']);
    expect(decoded.pricePerHourUsd).not.toHaveProperty('made-up');
  });
});
