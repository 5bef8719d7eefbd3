import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { rentVsBuy, type RentVsBuyInput } from '../../../src/lib/rentVsBuy';
import { expectWithin } from './helpers';

/** Seed articles 000/002: an A100 ≈ $10,000 to buy, ≈ $1.67/h to rent. Other inputs are illustrative. */
const a100: RentVsBuyInput = {
  purchasePriceUsd: 10_000,
  lifetimeYears: 4,
  watts: 400,
  pue: 1.2,
  electricityUsdPerKwh: 0.1,
  hostingUsdPerYear: 1000,
  rentPricePerHourUsd: 1.67,
  utilisation: 0.5,
};

describe('rentVsBuy', () => {
  test('worked example: $2,500 + $1,000 fixed a year; 4,383 busy hours at $0.048 of power vs $1.67', () => {
    const result = rentVsBuy(a100);
    expectWithin(result.ownedCostPerYearUsd, 3500 + 4383 * 0.048, 1e-12);
    expectWithin(result.rentedCostPerYearUsd, 4383 * 1.67, 1e-12);
    expect(result.cheaper).toBe('buy');
    expectWithin(result.breakEvenUtilisation ?? NaN, 3500 / (8766 * (1.67 - 0.048)), 1e-12);
    expectWithin(result.breakEvenYears ?? NaN, 10_000 / (4383 * 1.622 - 1000), 1e-12);
    expectWithin(result.ownedCostPerBusyHourUsd ?? NaN, result.ownedCostPerYearUsd / 4383, 1e-12);
  });

  test('below the break-even utilisation renting wins and there is no payback', () => {
    const result = rentVsBuy({ ...a100, utilisation: 0.2 });
    expect(result.cheaper).toBe('rent');
    expect(result.breakEvenYears).toBeNull();
  });

  test('at exactly the break-even utilisation both cost the same', () => {
    const u = rentVsBuy(a100).breakEvenUtilisation ?? NaN;
    const at = rentVsBuy({ ...a100, utilisation: u });
    expectWithin(at.ownedCostPerYearUsd, at.rentedCostPerYearUsd, 1e-12);
  });

  test('buying never wins when rent does not cover electricity, or the fixed cost exceeds a full year of rent', () => {
    expect(rentVsBuy({ ...a100, rentPricePerHourUsd: 0.04 }).breakEvenUtilisation).toBeNull();
    expect(rentVsBuy({ ...a100, purchasePriceUsd: 1e6 }).breakEvenUtilisation).toBeNull();
  });

  test('an idle accelerator has no cost per busy hour', () => {
    expect(rentVsBuy({ ...a100, utilisation: 0 }).ownedCostPerBusyHourUsd).toBeNull();
  });

  test('power can come from the catalog', () => {
    expect(rentVsBuy({ ...a100, watts: 'a100-80gb' })).toEqual(rentVsBuy(a100));
    expect(() => rentVsBuy({ ...a100, watts: 'tpu-v5e' })).toThrow(/"tpu-v5e" has no published power/);
  });

  test('owning gets cheaper per busy hour the busier it is; renting does not', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.99, noNaN: true }), (u) => {
        const less = rentVsBuy({ ...a100, utilisation: u });
        const more = rentVsBuy({ ...a100, utilisation: Math.min(1, u + 0.01) });
        expect(more.ownedCostPerBusyHourUsd ?? NaN).toBeLessThan(less.ownedCostPerBusyHourUsd ?? NaN);
      }),
    );
  });

  test.each([
    [{ lifetimeYears: 0 }, /lifetimeYears to be a finite number > 0/],
    [{ utilisation: 1.5 }, /utilisation to be a fraction in \[0, 1\]/],
    [{ purchasePriceUsd: -1 }, /purchasePriceUsd/],
  ])('programming error: %j', (override, message) => {
    expect(() => rentVsBuy({ ...a100, ...override })).toThrow(message);
  });
});
