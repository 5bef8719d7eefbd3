import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { energyKwh, estimateEnergy } from '../../../src/lib/energy';
import { expectWithin } from './helpers';

describe('energy = hours × watts × PUE; carbon = energy × grid intensity', () => {
  // Touvron et al. 2023 (LLaMA), Table 15: 400 W per A100, PUE 1.1, 0.385 kg CO2e/kWh.
  test.each([
    ['LLaMA 7B', 82_432, 36, 14],
    ['LLaMA 13B', 135_168, 59, 23],
    ['LLaMA 33B', 530_432, 233, 90],
    ['LLaMA 65B', 1_022_362, 449, 173],
  ])('%s: %d GPU-hours → %d MWh, %d tCO2e (Table 15)', (_model, acceleratorHours, mwh, tonnes) => {
    const estimate = estimateEnergy({ acceleratorHours, watts: 400, pue: 1.1, gridKgCo2PerKwh: 0.385 });
    expect(Math.abs(estimate.energyMwh - mwh)).toBeLessThan(1);
    expect(Math.abs(estimate.co2Tonnes - tonnes)).toBeLessThan(1);
  });

  test('LLaMA 65B: 449.8 MWh exactly by the formula', () => {
    expectWithin(energyKwh({ acceleratorHours: 1_022_362, watts: 400, pue: 1.1 }), 449_839.28, 1e-12);
  });

  test('a PUE of exactly 1 (no facility overhead) is allowed: 1,000 h × 400 W = 400 kWh', () => {
    expect(energyKwh({ acceleratorHours: 1000, watts: 400, pue: 1 })).toBe(400);
  });

  test('electricity cost is energy × price, and zero when no price is given', () => {
    const input = { acceleratorHours: 1000, watts: 700, pue: 1.2, gridKgCo2PerKwh: 0.4 };
    expect(estimateEnergy(input).electricityCostUsd).toBe(0);
    expectWithin(estimateEnergy({ ...input, electricityUsdPerKwh: 0.1 }).electricityCostUsd, 84, 1e-12);
  });

  test('everything is linear in accelerator-hours', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e8, noNaN: true }), fc.double({ min: 1.001, max: 100, noNaN: true }), (hours, k) => {
        const input = { watts: 400, pue: 1.1, gridKgCo2PerKwh: 0.385, electricityUsdPerKwh: 0.08 };
        const one = estimateEnergy({ ...input, acceleratorHours: hours });
        const more = estimateEnergy({ ...input, acceleratorHours: hours * k });
        expectWithin(more.energyKwh, one.energyKwh * k, 1e-12);
        expectWithin(more.co2Kg, one.co2Kg * k, 1e-12);
        expectWithin(more.electricityCostUsd, one.electricityCostUsd * k, 1e-12);
      }),
    );
  });

  test.each([
    [{ pue: 0.9 }, /expected pue to be ≥ 1.*received 0.9/],
    [{ watts: -1 }, /watts.*received -1/],
    [{ gridKgCo2PerKwh: NaN }, /gridKgCo2PerKwh.*received NaN/],
    [{ electricityUsdPerKwh: -0.1 }, /electricityUsdPerKwh/],
  ])('programming error: %j', (override, message) => {
    expect(() => estimateEnergy({ acceleratorHours: 1, watts: 400, pue: 1.1, gridKgCo2PerKwh: 0.385, ...override })).toThrow(message);
  });
});
