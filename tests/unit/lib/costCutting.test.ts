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

  test('every lever at once, step by step, by hand', () => {
    // 6 · 1e9 · 3e11 = 1.8e21 FLOPs ÷ (1e15 FLOP/s × 0.5) = 3.6e6 s = 1,000 accelerator-hours, $2,000 at $2.
    const run = { params: 1e9, tokens: 3e11, accelerator: { peakFlops: 1e15 }, count: 10, mfu: 0.5, pricePerHour: 2 };
    const levers = {
      modelSizeFraction: 0.5,
      tokenFraction: 0.4,
      mfu: 0.8,
      spotShare: 0.5,
      spotDiscountFraction: 0.6,
      preemptionOverheadFraction: 0.1,
      committedDiscountFraction: 0.5,
    };
    const result = applyCostLevers({ run, levers });
    expect(result.baseline.costUsd).toBeCloseTo(2000, 9);
    // Half the model: 500 h. 40% of the tokens: 200 h. MFU 0.5 → 0.8: 125 h.
    // Spot: 62.5 h on demand ($125) + 62.5 × 1.1 = 68.75 h at 40% of $2 ($55) = $180.
    // Committed 50% off the on-demand hours only: $62.50 + $55 = $117.50.
    expect(result.steps.map(({ lever, costUsd, savingUsd }) => [lever, costUsd, savingUsd])).toEqual([
      ['smaller-model', expect.closeTo(1000, 9), expect.closeTo(1000, 9)],
      ['fewer-tokens', expect.closeTo(400, 9), expect.closeTo(600, 9)],
      ['utilisation', expect.closeTo(250, 9), expect.closeTo(150, 9)],
      ['spot', expect.closeTo(180, 9), expect.closeTo(70, 9)],
      ['committed-discount', expect.closeTo(117.5, 9), expect.closeTo(62.5, 9)],
    ]);
    expect(result.costUsd).toBeCloseTo(117.5, 9);
    expect(result.acceleratorHours).toBeCloseTo(131.25, 9);
    expect(result.wallClockHours).toBeCloseTo(13.125, 9);
    expect(result.savingFraction).toBeCloseTo(1 - 117.5 / 2000, 12);
  });

  test('at a price of zero nothing is saved, and the saving is 0, not NaN', () => {
    const free = applyCostLevers({ run: { ...llama65b, pricePerHour: 0 }, levers: { ...noCostLevers, committedDiscountFraction: 0.5 } });
    expect(free.costUsd).toBe(0);
    expect(free.savingFraction).toBe(0);
  });

  test('a discount above 100% is a programming error', () => {
    expect(() => cut({ committedDiscountFraction: 1.2 })).toThrow(/committedDiscountFraction/);
  });
});
