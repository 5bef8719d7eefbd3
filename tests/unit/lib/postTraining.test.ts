import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  crowdComparisonPrice,
  defaultSftTokens,
  postTrainingCost,
  postTrainingDefaults,
  preferenceDataCostUsd,
  rlStageHours,
  sftCost,
} from '../../../src/lib/postTraining';
import { getTrainingRun, runFigure } from '../../../src/lib/trainingRuns';
import { sources } from '../../../src/lib/sources';

/** A chip of 1 PFLOP/s dense peak, so hours are easy to derive by hand. */
const petaflop = { peakFlops: 1e15 };

describe('published figures the defaults carry', () => {
  test.each([
    ['Dubois et al. 2023, AlpacaEval README: humans, $300 per 1,000 examples', crowdComparisonPrice.usdPerComparison, 0.3],
    ['Dubois et al. 2023, AlpacaEval README: Mechanical Turkers paid $21/hour', crowdComparisonPrice.hourlyUsd, 21],
    ['Touvron et al. 2023 §3.1: 27,540 SFT annotations', postTrainingDefaults.sftExamples, 27_540],
    ['Touvron et al. 2023 §3.1: sequence length 4,096 tokens', postTrainingDefaults.sftTokensPerExample, 4096],
    ['Touvron et al. 2023 §3.1: fine-tuned for 2 epochs', postTrainingDefaults.sftEpochs, 2],
    ['Touvron et al. 2023 Table 6: 1,418,091 Meta comparisons', postTrainingDefaults.chatModelComparisons, 1_418_091],
    ['Dubois et al. 2023 abstract: 10k pairs of human feedback', postTrainingDefaults.firstRoundComparisons, 10_000],
  ])('%s', (_source, value, published) => {
    expect(value).toBe(published);
  });

  test('the price is dated and cites a bibliography entry', () => {
    expect(crowdComparisonPrice.asOf).toBe('2023-05');
    expect(sources[crowdComparisonPrice.citation.source].year).toBe(2023);
  });

  test('one pass over the SFT data is 27,540 × 4,096 = 112,803,840 tokens', () => {
    expect(defaultSftTokens).toBe(112_803_840);
  });
});

describe('preferenceDataCostUsd: comparisons × price', () => {
  test('10,000 comparisons at $0.30 = $3,000; Llama 2-Chat’s 1,418,091 = $425,427.30', () => {
    expect(preferenceDataCostUsd({ comparisons: 10_000, usdPerComparison: 0.3 })).toBeCloseTo(3000, 9);
    expect(preferenceDataCostUsd({ comparisons: 1_418_091, usdPerComparison: 0.3 })).toBeCloseTo(425_427.3, 6);
    expect(preferenceDataCostUsd({ comparisons: 0, usdPerComparison: 0.3 })).toBe(0);
  });
  test('bad input is a programming error naming the field', () => {
    expect(() => preferenceDataCostUsd({ comparisons: -1, usdPerComparison: 0.3 })).toThrow(/preferenceDataCostUsd.*comparisons/);
    expect(() => preferenceDataCostUsd({ comparisons: 1, usdPerComparison: Number.NaN })).toThrow(/usdPerComparison/);
  });
  test('property: linear in both factors', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e7 }), fc.double({ min: 0, max: 100, noNaN: true }), (comparisons, price) => {
        const once = preferenceDataCostUsd({ comparisons, usdPerComparison: price });
        expect(preferenceDataCostUsd({ comparisons: 2 * comparisons, usdPerComparison: price })).toBeCloseTo(2 * once, 6);
        expect(preferenceDataCostUsd({ comparisons, usdPerComparison: 3 * price })).toBeCloseTo(3 * once, 6);
      }),
    );
  });
});

describe('sftCost: fine-tuning FLOPs on tokens × epochs, priced like a run', () => {
  test('hand-derived: 8B params, 1B tokens, 2 epochs, full, 1 PFLOP/s at 50%, $2/h', () => {
    // 6 × 8e9 × 2e9 = 9.6e19 FLOPs; ÷ (1e15 × 0.5 × 3,600) = 53.333 h; × $2 = $106.67.
    const sft = sftCost({ params: 8e9, tokens: 1e9, epochs: 2, method: 'full', accelerator: petaflop, mfu: 0.5, pricePerHourUsd: 2 });
    expect(sft.flops).toBe(9.6e19);
    expect(sft.acceleratorHours).toBeCloseTo(53.3333, 4);
    expect(sft.costUsd).toBeCloseTo(106.6667, 4);
  });
  test('LoRA counts 4·N·D, two thirds of the full fine-tune', () => {
    // 4 × 8e9 × 2e9 = 6.4e19 FLOPs; 35.556 h; $71.11.
    const sft = sftCost({ params: 8e9, tokens: 1e9, epochs: 2, method: 'lora', accelerator: petaflop, mfu: 0.5, pricePerHourUsd: 2 });
    expect(sft.flops).toBe(6.4e19);
    expect(sft.costUsd).toBeCloseTo(71.1111, 4);
  });
  test('the default pass on Llama 3 8B at an H100’s 989 TFLOP/s, 40% and $2/h: 7.60 h, $15.21', () => {
    // 6 × 8e9 × 112,803,840 × 2 = 1.0829e19 FLOPs; ÷ (989e12 × 0.4 × 3,600 = 1.42416e18) = 7.6039 h; × $2 = $15.208.
    const sft = sftCost({ params: 8e9, tokens: defaultSftTokens, epochs: 2, method: 'full', accelerator: 'h100-sxm', mfu: 0.4, pricePerHourUsd: 2 });
    expect(sft.flops).toBeCloseTo(1.082916864e19, -10);
    expect(sft.acceleratorHours).toBeCloseTo(7.6039, 4);
    expect(sft.costUsd).toBeCloseTo(15.2078, 4);
  });
  test('bad input is a programming error naming the field', () => {
    const ok = { params: 8e9, tokens: 1e9, epochs: 2, method: 'full', accelerator: petaflop, mfu: 0.5, pricePerHourUsd: 2 } as const;
    expect(() => sftCost({ ...ok, epochs: -1 })).toThrow(/sftCost.*epochs/);
    expect(() => sftCost({ ...ok, tokens: -1 })).toThrow(/sftCost.*tokens/);
    expect(() => sftCost({ ...ok, mfu: 0 })).toThrow(/mfu/);
    expect(() => sftCost({ ...ok, pricePerHourUsd: -1 })).toThrow(/pricePerHour/);
  });
  test('property: cost is linear in epochs and halves when utilisation doubles', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.double({ min: 0.05, max: 0.5, noNaN: true }), (epochs, mfu) => {
        const at = (e: number, u: number) => sftCost({ params: 1e9, tokens: 1e8, epochs: e, method: 'full', accelerator: petaflop, mfu: u, pricePerHourUsd: 3 }).costUsd;
        expect(at(epochs, mfu)).toBeCloseTo(epochs * at(1, mfu), 6);
        expect(at(epochs, 2 * mfu)).toBeCloseTo(at(epochs, mfu) / 2, 6);
      }),
    );
  });
});

describe('rlStageHours: DeepSeek-R1’s RL stage scaled by active parameters', () => {
  const reference = { acceleratorHours: runFigure('deepseek-r1', 'acceleratorHours').value, activeParams: runFigure('deepseek-r1', 'params').value };
  test('round trip: 147,000 H800-hours × $2 = $294,000, the published cost (Guo et al. 2025, Table 7)', () => {
    const hours = rlStageHours({ activeParams: 37e9, reference });
    expect(hours).toBe(147_000);
    expect(hours * 2).toBe(getTrainingRun('deepseek-r1').publishedCostUsd?.value);
  });
  test('an 8B model: 147,000 × 8 / 37 = 31,783.78 hours', () => {
    expect(rlStageHours({ activeParams: 8e9, reference })).toBeCloseTo(31_783.78, 2);
    expect(rlStageHours({ activeParams: 0, reference })).toBe(0);
  });
  test('bad input is a programming error naming the field', () => {
    expect(() => rlStageHours({ activeParams: -1, reference })).toThrow(/rlStageHours.*activeParams/);
    expect(() => rlStageHours({ activeParams: 1, reference: { acceleratorHours: -1, activeParams: 1 } })).toThrow(/reference.acceleratorHours/);
    expect(() => rlStageHours({ activeParams: 1, reference: { acceleratorHours: 1, activeParams: 0 } })).toThrow(/reference.activeParams/);
  });
  test('property: proportional to the active parameters', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e8, max: 1e12, noNaN: true }), (params) => {
        expect(rlStageHours({ activeParams: 2 * params, reference })).toBeCloseTo(2 * rlStageHours({ activeParams: params, reference }), 3);
      }),
    );
  });
});

describe('postTrainingCost: an SFT pass plus a round of preferences', () => {
  test('hand-derived: $106.67 of SFT + $3,000 of preferences = $3,106.67', () => {
    const cost = postTrainingCost({
      params: 8e9, sftTokens: 1e9, sftEpochs: 2, method: 'full', accelerator: petaflop, mfu: 0.5, pricePerHourUsd: 2,
      comparisons: 10_000, usdPerComparison: 0.3,
    });
    expect(cost.sftUsd).toBeCloseTo(106.6667, 4);
    expect(cost.preferencesUsd).toBeCloseTo(3000, 9);
    expect(cost.totalUsd).toBeCloseTo(3106.6667, 4);
  });
});
