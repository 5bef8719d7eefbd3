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
    expect(result.alternatives.map((a) => a.option)).toEqual(recommendations.filter((r) => r !== expected));
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
    // 6 · 6.74e9 · 2e12 = 8.088e22 FLOPs; ÷ (312e12 FLOP/s A100 dense bf16 × 0.4) = 6.4808e8 s
    // = 180,021.4 h; × $3.93 = $707,483.97.
    const { fromScratchUsd } = decisionCosts(base);
    expect(fromScratchUsd).toBeCloseTo(707_484, 0);
    // ≈ 180k A100-hours at 40% MFU, close to the 184,320 Llama 2 Table 2 reports.
    expectWithin(fromScratchUsd / 3.93, 184_320, 0.03);
  });

  test('continued pre-training and a full fine-tune cost 6·N·D on the team’s tokens, LoRA 4·N·D', () => {
    // Per token: 6 · 6.74e9 FLOPs ÷ 1.248e14 FLOP/s ÷ 3600 s/h × $3.93/h = $3.53742e-7 (LoRA: ⅔ of it).
    const costs = decisionCosts({ ...base, dataTokens: 50e9 });
    expect(costs.continuedPretrainingUsd).toBeCloseTo(17_687.1, 1);
    expect(costs.fullFineTuneUsd).toBeCloseTo(17_687.1, 1);
    expect(costs.loraUsd).toBeCloseTo(11_791.4, 1);
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

/**
 * The exact reason each other route lost, one profile per branch of every reason. Prices as
 * above ($3.93 per A100-hour, 40% of 312 TFLOP/s), so a token costs $3.53742e-7 to pre-train or
 * fully fine-tune on (6·N·D with N = 6.74B) and $2.35828e-7 with LoRA (4·N·D); pre-training the
 * reference model on 2T tokens costs $707,484. Dollar amounts below are those, times the tokens.
 */
describe('recommend: why each other route lost', () => {
  const nothingNeedsOwn =
    'Nothing in your answers needs a model of your own, and only a few large firms and well-funded startups train from scratch.';
  const onlyUniqueDomain = 'Worth it only for a domain public models do not cover.';
  const generalFullFineTune =
    'A general task gains little from updating every weight; a parameter-efficient fine-tune gets most of the way for less memory.';
  const tryPromptFirst = 'Always worth trying first, but your data and team can do more by training.';
  const ownModelChosen = 'Builds on a model trained by others; your answers call for a model of your own, and your means allow pre-training one.';
  const bank = { dataUniqueness: 'unique', budgetUsd: 10e6, dataTokens: 50e9, expertise: 'research', time: 'year' } as const;

  test.each<[string, Partial<DecisionProfile>, Recommendation, Partial<Record<Recommendation, string>>]>([
    [
      'the default team (general task, months, $50k, 100M tokens)',
      {},
      'peft',
      { 'from-scratch': nothingNeedsOwn, 'continued-pretraining': onlyUniqueDomain, 'full-fine-tune': generalFullFineTune, 'prompt-or-retrieval': tryPromptFirst },
    ],
    [
      'too little data: 100k tokens',
      { dataTokens: 100e3, budgetUsd: 5e3, time: 'weeks' },
      'prompt-or-retrieval',
      {
        'full-fine-tune': generalFullFineTune,
        peft: '100,000 tokens of your own data is below the 1M this guide takes as the least worth fine-tuning on: put it in the prompt or a retrieval index instead.',
      },
    ],
    [
      'specialised data but no ML expertise',
      { dataUniqueness: 'specialised', expertise: 'none' },
      'prompt-or-retrieval',
      {
        'continued-pretraining': onlyUniqueDomain,
        'full-fine-tune': 'Demands more than a parameter-efficient fine-tune, which your answers already rule out.',
        peft: 'Without ML expertise on the team, start with prompting and retrieval over your documents; fine-tuning needs someone who can train and evaluate.',
      },
    ],
    [
      // LoRA on 1B tokens: 1e9 × $2.35828e-7 = $235.83.
      'a budget below a LoRA run: $100 for 1B specialised tokens',
      { dataUniqueness: 'specialised', dataTokens: 1e9, budgetUsd: 100 },
      'prompt-or-retrieval',
      { peft: 'Even a LoRA fine-tune of Llama 2 7B on your data costs about $236, more than your $100.' },
    ],
    [
      // Full fine-tune on 1B tokens: 1e9 × $3.53742e-7 = $353.74; LoRA $235.83 fits in $300.
      'the budget: $300 for a full fine-tune on 1B specialised tokens',
      { dataUniqueness: 'specialised', dataTokens: 1e9, budgetUsd: 300 },
      'peft',
      { 'full-fine-tune': 'Costs about $354, more than your budget.' },
    ],
    [
      'the time: weeks, with specialised data and the money for a full fine-tune',
      { dataUniqueness: 'specialised', dataTokens: 20e6, budgetUsd: 2e3, time: 'weeks' },
      'peft',
      { 'full-fine-tune': 'Needs months to prepare the data, train every weight and evaluate; you have weeks.' },
    ],
    [
      // LoRA on 50M tokens: 5e7 × $2.35828e-7 = $11.79.
      'a clinic whose specialised notes get a full fine-tune',
      { dataUniqueness: 'specialised', dataTokens: 50e6, budgetUsd: 50e3 },
      'full-fine-tune',
      {
        'from-scratch': nothingNeedsOwn,
        'continued-pretraining': onlyUniqueDomain,
        peft: 'Cheaper (a LoRA fine-tune costs about $11.79 on your data), but adapts the model less than the route above, and your answers call for more.',
        'prompt-or-retrieval': tryPromptFirst,
      },
    ],
    [
      'a unique corpus too small to keep pre-training on: 5B tokens',
      { ...bank, dataTokens: 5e9 },
      'full-fine-tune',
      { 'continued-pretraining': 'Needs a corpus of 10B tokens or more; you have 5B.' },
    ],
    [
      'a unique corpus but a team that has not trained large models',
      { ...bank, expertise: 'applied' },
      'full-fine-tune',
      { 'continued-pretraining': 'Needs a team that has trained large models.' },
    ],
    [
      'a unique corpus and a research team, but weeks',
      { ...bank, time: 'weeks' },
      'peft',
      { 'continued-pretraining': 'Needs months of data preparation and training; you have weeks.' },
    ],
    [
      // 6·N·D on 50B tokens: 5e10 × $3.53742e-7 = $17,687; LoRA $11,791 fits in $15k.
      'a unique corpus, a research team and a year, but $15k',
      { ...bank, budgetUsd: 15e3 },
      'peft',
      { 'continued-pretraining': 'Costs about $17.7k, more than your budget.', 'full-fine-tune': 'Costs about $17.7k, more than your budget.' },
    ],
    [
      // The audit's case: a year and $10M, where the full fine-tune lost to a more thorough route.
      'a bank whose data must stay in-house, with a year, $10M and 50B tokens',
      { ...bank, regulation: 'data-in-house' },
      'continued-pretraining',
      {
        'from-scratch': nothingNeedsOwn,
        'full-fine-tune':
          'Adapts the model to your task but not to your domain; with 50B tokens of that domain, continued pre-training teaches it the domain itself.',
        peft: 'Cheaper (a LoRA fine-tune costs about $11.8k on your data), but adapts the model less than the route above, and your answers call for more.',
        'prompt-or-retrieval': tryPromptFirst,
      },
    ],
    [
      'a bank whose rules forbid third-party models, with a year and $10M',
      { ...bank, regulation: 'own-model-required' },
      'from-scratch',
      { 'continued-pretraining': ownModelChosen, 'full-fine-tune': ownModelChosen },
    ],
    [
      // $50k buys 50e3 / 3.93 × 3600 × 1.248e14 = 5.716e21 FLOPs: N = √(C/120) = 6.90B, D = 20·N = 138B.
      'rules that forbid third-party models, but $50k',
      { regulation: 'own-model-required', budgetUsd: 50e3, expertise: 'research', time: 'year' },
      'peft',
      {
        'from-scratch':
          'Pre-training a model like Llama 2 7B (6.74B parameters, 2T tokens) costs about $707k of compute at your prices, more than your $50k; that budget buys a compute-optimal model of only 6.9B parameters on 138B tokens.',
      },
    ],
    [
      'a new tokenizer needed, with $10M but months and a team that has not trained large models',
      { changesArchitecture: true, budgetUsd: 10e6 },
      'peft',
      {
        'from-scratch':
          'Pre-training takes a year-scale plan: collecting and cleaning data, tokenising, training, evaluating. Pre-training needs a team that has trained large models; those skills are scarce and expensive.',
      },
    ],
  ])('%s', (_name, overrides, expected, whys) => {
    const result = recommend({ ...base, ...overrides });
    expect(result.recommendation).toBe(expected);
    expect(Object.fromEntries(result.alternatives.map(({ option, why }) => [option, why]))).toMatchObject(whys);
  });

  test('the reasons for a route, word for word: a team with weeks and specialised data', () => {
    // LoRA on 20M tokens: 2e7 × $2.35828e-7 = $4.72; a full fine-tune 2e7 × $3.53742e-7 = $7.07.
    expect(recommend({ ...base, dataUniqueness: 'specialised', dataTokens: 20e6, budgetUsd: 2e3, time: 'weeks' }).reasons).toEqual([
      'A LoRA fine-tune of Llama 2 7B on your data costs about $4.72 and fits in far less memory than a full fine-tune ($7.07).',
      'With weeks, not months, a parameter-efficient fine-tune is the fastest route that still learns from your data.',
    ]);
  });

  test('the reasons for training from scratch name the requirement and what the budget buys', () => {
    // $10M buys 1.1432e24 FLOPs: N = √(C/120) = 97.6B parameters.
    expect(recommend({ ...base, ...bank, regulation: 'own-model-required' }).reasons).toEqual([
      'Your rules forbid models trained by third parties: training your own may be the only compliant option.',
      'Your $10M covers pre-training a model like Llama 2 7B (6.74B parameters, 2T tokens), about $707k of compute at your prices; it would buy a compute-optimal model of up to 97.6B parameters.',
    ]);
  });

  test('a conflict states the requirement, then why pre-training is out of reach, then the route', () => {
    const result = recommend({ ...base, changesArchitecture: true, regulation: 'data-in-house', time: 'weeks' });
    expect(result.conflict).toBe(true);
    expect(result.reasons.slice(0, 3)).toEqual([
      'You need your own tokenizer, vocabulary, width, heads or depth: a released checkpoint fixes all of these, so only pre-training changes them.',
      'But you cannot pre-train yet: Pre-training a model like Llama 2 7B (6.74B parameters, 2T tokens) costs about $707k of compute at your prices, more than your $50k; that budget buys a compute-optimal model of only 6.9B parameters on 138B tokens. Pre-training takes a year-scale plan: collecting and cleaning data, tokenising, training, evaluating. Pre-training needs a team that has trained large models; those skills are scarce and expensive. What follows is what your means allow; revisit the requirement or the means.',
      'Your data must stay in-house: run an openly licensed model on your own infrastructure rather than a hosted API.',
    ]);
  });

  test('a product line on a unique domain wants an own model, and says so whichever route wins', () => {
    const wanted =
      'The model is a long-term product line on a data domain no public model covers: owning the base model is a moat your proprietary data keeps improving.';
    const scratch = recommend({ ...base, ...bank, productLine: true });
    expect(scratch.recommendation).toBe('from-scratch');
    expect(scratch.reasons[0]).toBe(wanted);
    expect(scratch.conflict).toBe(false);
    // Without the budget to pre-train, a wish is not a conflict: continued pre-training, with the wish.
    const continued = recommend({ ...base, ...bank, productLine: true, budgetUsd: 500e3 });
    expect(continued.recommendation).toBe('continued-pretraining');
    expect(continued.conflict).toBe(false);
    expect(continued.reasons).toContain(wanted);
  });
});
