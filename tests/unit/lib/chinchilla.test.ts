import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  chinchillaOptimal,
  lossFits,
  lossOptimalAllocation,
  predictedLoss,
} from '../../../src/lib/chinchilla';
import { trainingFlops } from '../../../src/lib/training';
import { expectWithin } from './helpers';

describe('chinchillaOptimal: D = 20·N and C = 6·N·D', () => {
  test('Chinchilla 70B on 1.4T tokens is compute-optimal for its own budget (Hoffmann et al. 2022, §4)', () => {
    const { params, tokens } = chinchillaOptimal({ flops: 6 * 70e9 * 1.4e12 });
    expectWithin(params, 70e9, 1e-12);
    expectWithin(tokens, 1.4e12, 1e-12);
  });

  test('any budget: tokens are 20× params and spend the whole budget', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e15, max: 1e28, noNaN: true }), (flops) => {
        const { params, tokens } = chinchillaOptimal({ flops });
        expectWithin(tokens / params, 20, 1e-12);
        expectWithin(trainingFlops({ params, tokens }), flops, 1e-12);
      }),
    );
  });

  test('zero budget is a zero-size model; a negative one is a programming error', () => {
    expect(chinchillaOptimal({ flops: 0 })).toEqual({ params: 0, tokens: 0 });
    expect(() => chinchillaOptimal({ flops: -1 })).toThrow(/flops.*received -1/);
  });
});

describe('the loss fits', () => {
  test("Epoch's refit predicts ≈ 1.97 nats for Chinchilla (Besiroglu et al. 2024)", () => {
    expectWithin(predictedLoss({ params: 70e9, tokens: 1.4e12 }), 1.9739, 1e-4);
  });

  test('the printed fit can be chosen', () => {
    const fit = lossFits['hoffmann-2022-printed'];
    expectWithin(predictedLoss({ params: 70e9, tokens: 1.4e12, fit }), 1.69 + 406.4 / 70e9 ** 0.34 + 410.7 / 1.4e12 ** 0.28, 1e-12);
  });

  test("the printed Approach-3 constants put the optimum near 90 tokens per parameter, Epoch's near 20", () => {
    const printed = lossOptimalAllocation({ flops: 5.76e23, fit: lossFits['hoffmann-2022-printed'] });
    const refit = lossOptimalAllocation({ flops: 5.76e23 });
    expectWithin(printed.tokens / printed.params, 92.6, 0.01);
    expectWithin(refit.tokens / refit.params, 18.4, 0.01);
    expectWithin(trainingFlops(refit), 5.76e23, 1e-12);
  });

  test('the closed form minimises the fitted loss along the budget', () => {
    const flops = 1e23;
    const best = lossOptimalAllocation({ flops });
    const lossAt = (params: number) => predictedLoss({ params, tokens: flops / 6 / params });
    expect(lossAt(best.params)).toBeLessThan(lossAt(best.params * 1.1));
    expect(lossAt(best.params)).toBeLessThan(lossAt(best.params / 1.1));
  });

  test('loss falls as params or tokens grow', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e6, max: 1e13, noNaN: true }), fc.double({ min: 1e8, max: 1e14, noNaN: true }), (params, tokens) => {
        const loss = predictedLoss({ params, tokens });
        expect(predictedLoss({ params: params * 2, tokens })).toBeLessThan(loss);
        expect(predictedLoss({ params, tokens: tokens * 2 })).toBeLessThan(loss);
        expect(loss).toBeGreaterThan(lossFits['besiroglu-2024-refit'].e);
      }),
    );
  });

  test('zero params is a programming error', () => {
    expect(() => predictedLoss({ params: 0, tokens: 1 })).toThrow(/predictedLoss: expected params to be a finite number > 0/);
    expect(() => lossOptimalAllocation({ flops: 0 })).toThrow(/lossOptimalAllocation/);
  });
});
