import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  budgetDefaults,
  smallProject,
  experimentsMultiplierFromFinalRunShare,
  projectBudget,
  staffCostUsd,
  storageCostUsd,
  type ProjectBudgetInput,
} from '../../../src/lib/budget';
import { expectWithin } from './helpers';

/** Seed article 002's rough figures, used as the budget builder's labelled defaults. */
const seed002: ProjectBudgetInput = {
  computeUsd: 300_000,
  dataAcquisitionUsd: 100_000,
  dataPreparationUsd: 50_000,
  staff: { people: 5, costPerPersonYearUsd: 200_000, months: 6 },
  storageUsd: 0,
  networkingUsd: 50_000,
  evaluationUsd: 0,
  postTrainingUsd: 0,
  energyUsd: 0,
  experimentsMultiplier: 1,
  discountFraction: 0,
};

describe('projectBudget', () => {
  test("seed article 002's figures: $300k + $100k + $50k + $500k + $50k = $1M", () => {
    expect(projectBudget(seed002).totalUsd).toBe(1_000_000);
  });

  test('seed article 001: a 50–80% discount brings ~$4M of compute to $0.8–2M', () => {
    const compute = (discountFraction: number) =>
      projectBudget({ ...seed002, computeUsd: 4.06e6, discountFraction }).lines.find((l) => l.id === 'compute')?.usd;
    expect(compute(0.5)).toBe(2.03e6);
    expectWithin(compute(0.8) ?? NaN, 0.812e6, 1e-12);
  });

  test('the lines, in the order the budget builder lists them, each with its amount', () => {
    expect(projectBudget(seed002).lines).toEqual([
      { id: 'compute', label: 'Compute', usd: 300_000 },
      { id: 'dataAcquisition', label: 'Data acquisition', usd: 100_000 },
      { id: 'dataPreparation', label: 'Data preparation', usd: 50_000 },
      { id: 'staff', label: 'Staff', usd: 500_000 },
      { id: 'storage', label: 'Storage', usd: 0 },
      { id: 'networking', label: 'Networking', usd: 50_000 },
      { id: 'evaluation', label: 'Evaluation', usd: 0 },
      { id: 'postTraining', label: 'Post-training', usd: 0 },
      { id: 'energy', label: 'Energy', usd: 0 },
    ]);
  });

  test('the discount applies to compute only; experiments multiply compute only', () => {
    // Post-training of $3,000 (10,000 comparisons at $0.30) stays $3,000 under a discount and 3 × the experiments.
    const withPost = { ...seed002, postTrainingUsd: 3_000 };
    const plain = projectBudget(withPost);
    const changed = projectBudget({ ...withPost, discountFraction: 0.5, experimentsMultiplier: 3 });
    for (const line of changed.lines) {
      const before = plain.lines.find((l) => l.id === line.id)?.usd;
      expect(line.usd).toBe(line.id === 'compute' ? 300_000 * 3 * 0.5 : before);
    }
    expect(changed.lines.find((l) => l.id === 'postTraining')?.usd).toBe(3_000);
    expect(changed.totalUsd).toBe(450_000 + 100_000 + 50_000 + 500_000 + 50_000 + 3_000);
  });

  test('the total is always the sum of the lines, and never negative', () => {
    const amount = fc.double({ min: 0, max: 1e10, noNaN: true });
    fc.assert(
      fc.property(amount, amount, amount, fc.double({ min: 1, max: 10, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (computeUsd, storageUsd, energyUsd, experimentsMultiplier, discountFraction) => {
        const budget = projectBudget({ ...seed002, computeUsd, storageUsd, energyUsd, experimentsMultiplier, discountFraction });
        expect(budget.totalUsd).toBe(budget.lines.reduce((sum, line) => sum + line.usd, 0));
        expect(budget.totalUsd).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  test.each<[Partial<ProjectBudgetInput>, string | RegExp]>([
    [{ experimentsMultiplier: 0.5 }, /experimentsMultiplier to be ≥ 1.*received 0.5/],
    [{ discountFraction: 50 }, /discountFraction to be a fraction in \[0, 1\], received 50/],
    [{ storageUsd: -1 }, /storageUsd.*received -1/],
    [{ staff: { people: -1, costPerPersonYearUsd: 1, months: 1 } }, /staffCostUsd: expected people/],
    [{ experimentsMultiplier: -1 }, 'projectBudget: expected experimentsMultiplier to be a finite number ≥ 0, received -1'],
    [{ computeUsd: -1 }, 'projectBudget: expected computeUsd to be a finite number ≥ 0, received -1'],
    ...(['dataAcquisitionUsd', 'dataPreparationUsd', 'networkingUsd', 'evaluationUsd', 'postTrainingUsd', 'energyUsd'] as const).map(
      (name): [Partial<ProjectBudgetInput>, string] => [{ [name]: -1 }, `projectBudget: expected ${name} to be a finite number ≥ 0, received -1`],
    ),
    [{ staff: { people: 1, costPerPersonYearUsd: -1, months: 1 } }, 'staffCostUsd: expected costPerPersonYearUsd to be a finite number ≥ 0, received -1'],
    [{ staff: { people: 1, costPerPersonYearUsd: 1, months: -1 } }, 'staffCostUsd: expected months to be a finite number ≥ 0, received -1'],
  ])('programming error: %j', (override, message) => {
    expect(() => projectBudget({ ...seed002, ...override })).toThrow(message);
  });
});

describe('staffCostUsd = people × cost per person-year × months / 12', () => {
  test.each([
    [5, 200_000, 6, 500_000],
    [1, 925_000, 12, 925_000], // seed article 004: OpenAI engineer average, secondary press figure
    [0, 200_000, 12, 0],
  ])('%d people × $%d × %d months = $%d', (people, costPerPersonYearUsd, months, usd) => {
    expect(staffCostUsd({ people, costPerPersonYearUsd, months })).toBe(usd);
  });
});

describe('experimentsMultiplierFromFinalRunShare = 1 ÷ share (Denain and Wu 2026)', () => {
  test.each([
    [0.1, 10, 'OpenAI 2024: about 10% of R&D compute went to final runs'],
    [0.5, 2, 'a final run at half the compute: the most a minority can be'],
    [1, 1, 'the final run only'],
  ])('a final-run share of %d means a multiplier of %d (%s)', (share, multiplier, _why) => {
    expect(experimentsMultiplierFromFinalRunShare(share)).toBe(multiplier);
  });

  test.each([0, -0.1, 1.5, Number.NaN])('a share of %d is a programming error', (share) => {
    expect(() => experimentsMultiplierFromFinalRunShare(share)).toThrow(/finalRunShare/);
  });

  test('the builder’s default band is 2–10×', () => {
    expect(experimentsMultiplierFromFinalRunShare(budgetDefaults.finalRunShare.high)).toBe(2);
    expect(experimentsMultiplierFromFinalRunShare(budgetDefaults.finalRunShare.low)).toBe(10);
  });
});

describe('storageCostUsd = terabytes × 1,000 GB × $/GB-month × months', () => {
  test('FineWeb’s 44 TB at CoreWeave’s $0.06 per GB-month for six months: $15,840', () => {
    expect(storageCostUsd({ terabytes: 44, usdPerGbMonth: 0.06, months: 6 })).toBe(15_840);
    expect(storageCostUsd({ terabytes: budgetDefaults.storageTerabytes, usdPerGbMonth: budgetDefaults.storageUsdPerGbMonth, months: 6 })).toBe(15_840);
  });

  test('one terabyte for one month at $0.023 per GB-month is $23 (decimal units, not 1,024)', () => {
    expect(storageCostUsd({ terabytes: 1, usdPerGbMonth: 0.023, months: 1 })).toBeCloseTo(23, 12);
  });

  test('cost is linear in each input', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 120, noNaN: true }), (terabytes, usdPerGbMonth, months) => {
        const base = storageCostUsd({ terabytes, usdPerGbMonth, months });
        expectWithin(storageCostUsd({ terabytes: terabytes * 2, usdPerGbMonth, months }) + 1, 2 * base + 1, 1e-9);
        expectWithin(storageCostUsd({ terabytes, usdPerGbMonth, months: months * 3 }) + 1, 3 * base + 1, 1e-9);
      }),
    );
  });

  test.each([
    [{ terabytes: -1, usdPerGbMonth: 0.06, months: 1 }, /terabytes/],
    [{ terabytes: 1, usdPerGbMonth: Number.NaN, months: 1 }, /usdPerGbMonth/],
    [{ terabytes: 1, usdPerGbMonth: 0.06, months: -2 }, /months/],
  ])('programming error: %j', (input, message) => {
    expect(() => storageCostUsd(input)).toThrow(message);
  });
});

describe('the small project the budget opens on', () => {
  test('is AI-Pro’s: 64 GPUs, $100k of data, $50k of preparation, three people for six months, $50k of networking', () => {
    expect(smallProject).toEqual({ accelerators: 64, dataAcquisitionUsd: 100_000, dataPreparationUsd: 50_000, people: 3, months: 6, networkingUsd: 50_000 });
  });
});
