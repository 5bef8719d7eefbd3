import { describe, expect, test } from 'vitest';
import { budgetShares, frontierCostShares } from '../../../src/lib/budgetShares';
import { projectBudget } from '../../../src/lib/budget';
import { rentalCostUsd } from '../../../src/lib/rental';
import { hoursPerMonth } from '../../../src/lib/units';

describe('rented compute = accelerators × hours × price', () => {
  test('seed 002: 64 GPUs for a month at the seed’s $1.67/h is about $78k, far from its $300,000', () => {
    const usd = rentalCostUsd({ accelerators: 64, hours: hoursPerMonth, pricePerHourUsd: 1.67 });
    expect(usd).toBeCloseTo(78_075.84, 2);
    expect(300_000 / usd).toBeGreaterThan(3.8);
  });
  test('rejects a negative price', () => {
    expect(() => rentalCostUsd({ accelerators: 1, hours: 1, pricePerHourUsd: -1 })).toThrow(/pricePerHourUsd/);
  });
});

describe('budget shares in Epoch AI’s categories (Cottier et al. 2024)', () => {
  test('the published ranges', () => {
    expect(frontierCostShares).toEqual({
      hardware: { low: 0.47, high: 0.67 },
      staff: { low: 0.29, high: 0.49 },
      energy: { low: 0.02, high: 0.06 },
    });
  });
  test('shares sum to 1 and put networking and storage with hardware', () => {
    const budget = projectBudget({
      computeUsd: 600, dataAcquisitionUsd: 50, dataPreparationUsd: 50, storageUsd: 20, networkingUsd: 30,
      evaluationUsd: 0, postTrainingUsd: 0, energyUsd: 50, experimentsMultiplier: 1, discountFraction: 0,
      staff: { people: 1, costPerPersonYearUsd: 200, months: 12 },
    });
    const shares = budgetShares(budget);
    expect(shares.hardware).toBeCloseTo(650 / 1000, 12);
    expect(shares.staff).toBeCloseTo(0.2, 12);
    expect(shares.energy).toBeCloseTo(0.05, 12);
    expect(shares.other).toBeCloseTo(0.1, 12);
    expect(shares.hardware + shares.staff + shares.energy + shares.other).toBeCloseTo(1, 12);
  });
  test('post-training, mostly people’s time, counts with data and evaluation in "other"', () => {
    // $600 compute + $400 post-training: 60% hardware, 40% other.
    const budget = projectBudget({
      computeUsd: 600, dataAcquisitionUsd: 0, dataPreparationUsd: 0, storageUsd: 0, networkingUsd: 0,
      evaluationUsd: 0, postTrainingUsd: 400, energyUsd: 0, experimentsMultiplier: 1, discountFraction: 0,
      staff: { people: 0, costPerPersonYearUsd: 0, months: 0 },
    });
    expect(budgetShares(budget)).toEqual({ hardware: 0.6, staff: 0, energy: 0, other: 0.4 });
  });
  test('an empty budget, or one whose lines are all zero, has zero shares, not NaN', () => {
    const zero = { hardware: 0, staff: 0, energy: 0, other: 0 };
    expect(budgetShares({ lines: [], totalUsd: 0 })).toEqual(zero);
    const lines = [
      { id: 'compute', label: 'Compute', usd: 0 },
      { id: 'staff', label: 'Staff', usd: 0 },
    ] as const;
    expect(budgetShares({ lines: [...lines], totalUsd: 0 })).toEqual(zero);
  });
});
