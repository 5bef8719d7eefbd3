import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  decisionCosts,
  decisionThresholds,
  recommend,
  recommendations,
  referenceModel,
  type DecisionProfile,
  type Recommendation,
} from '../../../src/lib/recommend';
import { estimateTraining } from '../../../src/lib/training';
import { getTrainingRun } from '../../../src/lib/trainingRuns';
import { expectWithin } from './helpers';

/** Seed 001's $3.93 per A100-80GB hour on GCP and a 40% utilisation. */
const pricing = { accelerator: 'a100-80gb', pricePerHourUsd: 3.93, mfu: 0.4 } as const;
const base: DecisionProfile = {
  dataUniqueness: 'general',
  changesArchitecture: false,
  productLine: false,
  regulation: 'none',
  time: 'months',
  budgetUsd: 50e3,
  dataTokens: 100e6,
  expertise: 'applied',
  pricing,
};

describe('recommend: profiles → route, with the reason that drove it', () => {
  test.each<[string, Partial<DecisionProfile>, Recommendation, RegExp]>([
    ['a startup with 100k tokens and $5k', { dataTokens: 100e3, budgetUsd: 5e3, time: 'weeks' }, 'prompt-or-retrieval', /below the 1M this guide takes/],
    ['a startup with no ML expertise', { expertise: 'none', budgetUsd: 20e3 }, 'prompt-or-retrieval', /Without ML expertise/],
    ['a startup with 20M tokens, $2k and weeks', { dataTokens: 20e6, budgetUsd: 2e3, time: 'weeks' }, 'peft', /fastest route/],
    [
      'a regulated bank with private data and $10M',
      { dataUniqueness: 'unique', regulation: 'own-model-required', budgetUsd: 10e6, dataTokens: 50e9, expertise: 'research', time: 'year' },
      'from-scratch',
      /forbid models trained by third parties/,
    ],
    [
      'a bank whose data must stay in-house, with 50B tokens of its own',
      { dataUniqueness: 'unique', regulation: 'data-in-house', budgetUsd: 10e6, dataTokens: 50e9, expertise: 'research', time: 'year' },
      'continued-pretraining',
      /stay in-house/,
    ],
    ['a team with a general task and a month', { time: 'months', budgetUsd: 50e3 }, 'peft', /general-purpose/],
    [
      'a company whose product needs a new tokenizer, with $5M',
      { changesArchitecture: true, productLine: true, budgetUsd: 5e6, dataTokens: 200e9, expertise: 'research', time: 'year' },
      'from-scratch',
      /tokenizer/,
    ],
    ['a clinic with specialised notes and $50k', { dataUniqueness: 'specialised', dataTokens: 50e6, budgetUsd: 50e3 }, 'full-fine-tune', /specialised/],
  ])('%s → %s', (_name, overrides, expected, reason) => {
    const result = recommend({ ...base, ...overrides });
    expect(result.recommendation).toBe(expected);
    expect(result.reasons.join(' ')).toMatch(reason);
    expect(result.alternatives.map((a) => a.option).sort()).toEqual(recommendations.filter((r) => r !== expected).sort());
    for (const { why } of result.alternatives) expect(why.length).toBeGreaterThan(0);
  });

  test('never from scratch when the budget is below pre-training the reference model at the reader’s prices', () => {
    const costs = decisionCosts({ ...base, pricing });
    const profile = { ...base, changesArchitecture: true, expertise: 'research', time: 'year' } as const;
    expect(recommend({ ...profile, budgetUsd: costs.fromScratchUsd * 0.99 }).recommendation).not.toBe('from-scratch');
    expect(recommend({ ...profile, budgetUsd: costs.fromScratchUsd * 1.01 }).recommendation).toBe('from-scratch');
  });

  test('a requirement the budget cannot meet is flagged as a conflict, with the budget the reason', () => {
    const result = recommend({ ...base, regulation: 'own-model-required', budgetUsd: 50e3, expertise: 'research', time: 'year' });
    expect(result.conflict).toBe(true);
    expect(result.recommendation).not.toBe('from-scratch');
    expect(result.reasons.join(' ')).toMatch(/compute-optimal model of only/);
  });

  test('the from-scratch yardstick is Llama 2 7B’s 6·N·D at the reader’s prices (Touvron et al. 2023b, Table 1)', () => {
    const run = getTrainingRun('llama-2-7b');
    expect(referenceModel).toMatchObject({ name: run.name, params: run.params?.value, tokens: run.tokens?.value });
    const expected = estimateTraining({ params: 6.74e9, tokens: 2e12, accelerator: 'a100-80gb', count: 1, mfu: 0.4, pricePerHour: 3.93 }).costUsd;
    expect(decisionCosts(base).fromScratchUsd).toBe(expected);
    // ≈ 180k A100-hours at 40% MFU, close to the 184,320 Llama 2 Table 2 reports.
    expectWithin(expected / 3.93, 184_320, 0.03);
  });

  test('what the budget buys follows Chinchilla’s 20 tokens per parameter', () => {
    const { affordable } = decisionCosts({ ...base, budgetUsd: 10e6 });
    expectWithin(affordable.tokens / affordable.params, 20, 1e-9);
    const flops = 6 * affordable.params * affordable.tokens;
    expectWithin(flops, (10e6 / 3.93) * 3600 * 312e12 * 0.4, 1e-9);
  });

  test('LoRA costs two thirds of a full fine-tune (4·N·D vs 6·N·D, peft#664)', () => {
    const costs = decisionCosts(base);
    expectWithin(costs.loraUsd / costs.fullFineTuneUsd, 4 / 6, 1e-9);
  });

  test('property: more budget never recommends a cheaper route', () => {
    const order = (r: Recommendation) => recommendations.indexOf(r);
    fc.assert(
      fc.property(
        fc.constantFrom('general', 'specialised', 'unique'),
        fc.constantFrom('none', 'data-in-house', 'own-model-required'),
        fc.boolean(),
        fc.double({ min: 1e3, max: 1e8, noNaN: true }),
        fc.double({ min: 1e5, max: 1e12, noNaN: true }),
        (dataUniqueness, regulation, changesArchitecture, budgetUsd, dataTokens) => {
          const profile = { ...base, dataUniqueness, regulation, changesArchitecture, dataTokens, expertise: 'research', time: 'year' } as const;
          const lower = recommend({ ...profile, budgetUsd });
          const higher = recommend({ ...profile, budgetUsd: budgetUsd * 10 });
          expect(order(higher.recommendation)).toBeLessThanOrEqual(order(lower.recommendation));
        },
      ),
    );
  });

  test('thresholds are exported so articles can print them', () => {
    expect(decisionThresholds.minFineTuneTokens).toBeLessThan(decisionThresholds.minContinuedPretrainingTokens);
  });

  test('an unknown answer is a programming error naming the field', () => {
    expect(() => recommend({ ...base, time: 'decade' as never })).toThrow(/time to be one of weeks, months, year/);
  });
});
