import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyCostLevers, noCostLevers, type CostLevers } from '../../../src/lib/costCutting';
import { estimateTraining, type TrainingInput } from '../../../src/lib/training';
import { expectWithin } from './helpers';

/** LLaMA 65B (Touvron et al. 2023, §2.4): 380 tokens/s/GPU on 2048 A100-80GB; seed 001's $3.93/h. */
const llama65b: TrainingInput = {
  params: 65.2e9,
  tokens: 1.4e12,
  accelerator: 'a100-80gb',
  count: 2048,
  mfu: (6 * 65.2e9 * 380) / 312e12,
  pricePerHour: 3.93,
};
const cut = (levers: Partial<CostLevers>) => applyCostLevers({ run: llama65b, levers: { ...noCostLevers, ...levers } });

describe('applyCostLevers', () => {
  test('no lever: the estimate is unchanged', () => {
    const result = cut({});
    expect(result.costUsd).toBe(estimateTraining(llama65b).costUsd);
    expect(result.savingFraction).toBe(0);
    expect(result.steps.every((s) => s.savingUsd === 0)).toBe(true);
  });

  test.each([
    [0.5, 2.01e6],
    [0.8, 0.804e6],
  ])('seed 001: a %d negotiated discount brings LLaMA 65B’s ≈ $4M to ≈ %d', (discount, expected) => {
    expectWithin(cut({ committedDiscountFraction: discount }).costUsd, expected, 0.005);
  });

  test('DistilBERT’s 40% fewer parameters (Sanh et al. 2019) cut compute 40%: 6·N·D is linear in N', () => {
    expectWithin(cut({ modelSizeFraction: 0.6 }).savingFraction, 0.4, 1e-12);
  });

  test('spot: share s at discount d with overhead o costs (1 − s) + s·(1 + o)·(1 − d) of on-demand', () => {
    const result = cut({ spotShare: 0.5, spotDiscountFraction: 0.6, preemptionOverheadFraction: 0.1 });
    expectWithin(1 - result.savingFraction, 0.5 + 0.5 * 1.1 * 0.4, 1e-12);
    expectWithin(result.acceleratorHours, result.baseline.acceleratorHours * (0.5 + 0.5 * 1.1), 1e-12);
  });

  test('spot with an overhead larger than its discount costs more, and the step says so', () => {
    const result = cut({ spotShare: 1, spotDiscountFraction: 0.1, preemptionOverheadFraction: 0.5 });
    expect(result.steps.find((s) => s.lever === 'spot')?.savingUsd).toBeLessThan(0);
  });

  test('the committed discount applies to on-demand hours only, not on top of spot', () => {
    const result = cut({ spotShare: 1, spotDiscountFraction: 0.6, committedDiscountFraction: 0.5 });
    expectWithin(1 - result.savingFraction, 0.4, 1e-12);
  });

  test('doubling utilisation halves the cost', () => {
    expectWithin(cut({ mfu: llama65b.mfu / 2 }).costUsd, 2 * estimateTraining(llama65b).costUsd, 1e-12);
  });

  test('property: the steps add up to the total saving, and the last step is the total', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (modelSizeFraction, tokenFraction, spotShare, spotDiscountFraction, committedDiscountFraction) => {
          const result = cut({ modelSizeFraction, tokenFraction, spotShare, spotDiscountFraction, committedDiscountFraction, preemptionOverheadFraction: 0.1 });
          const saved = result.steps.reduce((sum, s) => sum + s.savingUsd, 0);
          expect(Math.abs(result.baseline.costUsd - saved - result.costUsd)).toBeLessThanOrEqual(1e-9 * result.baseline.costUsd);
          expect(result.steps.at(-1)?.costUsd).toBe(result.costUsd);
        },
      ),
    );
  });

  test('a discount above 100% is a programming error', () => {
    expect(() => cut({ committedDiscountFraction: 1.2 })).toThrow(/committedDiscountFraction/);
  });
});
