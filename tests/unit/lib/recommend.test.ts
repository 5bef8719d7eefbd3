import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  decisionCosts,
  decisionThresholds,
  recommend,
  recommendations,
  ownModelPostTrainingUsd,
  ownModelUpfrontUsd,
  referenceModel,
  routeCostUsd,
  type DecisionProfile,
  type Recommendation,
} from '../../../src/lib/recommend';
import { getTrainingRun } from '../../../src/lib/trainingRuns';
import { expectWithin } from './helpers';

/** Lambda's $3.78 per H100 SXM hour (the guide's default) and a 40% utilisation. */
const pricing = { pricePerHourUsd: 3.78, mfu: 0.4 } as const;
const base: DecisionProfile = {
  hostedModel: 'fails',
  euMarket: false,
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
    expect(result.reasons.join(' ')).toMatch(/compute-optimal model of 12.5B parameters on only 251B tokens/);
  });

  test('the from-scratch yardstick is Llama 3 8B’s published H100-hours at the reader’s price (Meta’s model card)', () => {
    const run = getTrainingRun('llama-3-8b');
    expect(referenceModel).toMatchObject({ name: run.name, params: run.params?.value, tokens: run.tokens?.value, h100Hours: run.acceleratorHours?.value });
    // 1.3M H100-hours × $3.78 = $4,914,000; the utilisation does not enter: the hours are Meta's.
    expect(decisionCosts(base).fromScratchUsd).toBeCloseTo(4_914_000, 6);
    expect(decisionCosts({ ...base, pricing: { pricePerHourUsd: 2, mfu: 0.1 } }).fromScratchUsd).toBeCloseTo(2_600_000, 6);
  });

  test('continued pre-training and a full fine-tune cost 6·N·D on the team’s tokens, LoRA 4·N·D', () => {
    // Per token: 6 · 8e9 = 4.8e10 FLOPs ÷ (989e12 × 0.4 = 3.956e14 FLOP/s) = 1.21334681e-4 s;
    // × $3.78/3600 s = $0.00105/s → $1.27401415e-7 (LoRA: ⅔ of it, $8.4934277e-8).
    const costs = decisionCosts({ ...base, dataTokens: 50e9 });
    expect(costs.continuedPretrainingUsd).toBeCloseTo(6_370.07, 2);
    expect(costs.fullFineTuneUsd).toBeCloseTo(6_370.07, 2);
    expect(costs.loraUsd).toBeCloseTo(4_246.71, 2);
  });

  test('what the budget buys follows Chinchilla’s 20 tokens per parameter', () => {
    const { affordable } = decisionCosts({ ...base, budgetUsd: 10e6 });
    expectWithin(affordable.tokens / affordable.params, 20, 1e-9);
    // $10M ÷ $3.78 × 3600 s × 3.956e14 FLOP/s = 3.7676e24 FLOPs; N = √(C/120) = 177.19B.
    expectWithin(affordable.params, 177.19e9, 1e-4);
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
 * above ($3.78 per H100-hour, 40% of 989 TFLOP/s), so a token costs $1.27401415e-7 to pre-train
 * or fully fine-tune on (6·N·D with N = 8B) and $8.4934277e-8 with LoRA (4·N·D); pre-training the
 * reference model costs its 1.3M H100-hours × $3.78 = $4,914,000. Dollar amounts below are those,
 * times the tokens.
 */
describe('recommend: why each other route lost', () => {
  const nothingNeedsOwn =
    'Nothing in your answers needs a model of your own, and only a few large firms and well-funded startups train from scratch.';
  const onlyUniqueDomain = 'Worth it only for a domain public models do not cover.';
  const generalFullFineTune =
    'A general task gains little from updating every weight; a parameter-efficient fine-tune gets most of the way for less memory.';
  const tryPromptFirst = 'A hosted model, prompted or with retrieval, fails your evaluation.';
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
      // LoRA on 1B tokens: 1e9 × $8.4934277e-8 = $84.93.
      'a budget below a LoRA run: $50 for 1B specialised tokens',
      { dataUniqueness: 'specialised', dataTokens: 1e9, budgetUsd: 50 },
      'prompt-or-retrieval',
      { peft: 'Even a LoRA fine-tune of Llama 3 8B on your data costs about $84.93, more than your $50.00.' },
    ],
    [
      // Full fine-tune on 1B tokens: 1e9 × $1.27401415e-7 = $127.40; LoRA $84.93 fits in $100.
      'the budget: $100 for a full fine-tune on 1B specialised tokens',
      { dataUniqueness: 'specialised', dataTokens: 1e9, budgetUsd: 100 },
      'peft',
      { 'full-fine-tune': 'Costs about $127, more than your budget.' },
    ],
    [
      'the time: weeks, with specialised data and the money for a full fine-tune',
      { dataUniqueness: 'specialised', dataTokens: 20e6, budgetUsd: 2e3, time: 'weeks' },
      'peft',
      { 'full-fine-tune': 'Needs months to prepare the data, train every weight and evaluate; you have weeks.' },
    ],
    [
      // LoRA on 50M tokens: 5e7 × $8.4934277e-8 = $4.25.
      'a clinic whose specialised notes get a full fine-tune',
      { dataUniqueness: 'specialised', dataTokens: 50e6, budgetUsd: 50e3 },
      'full-fine-tune',
      {
        'from-scratch': nothingNeedsOwn,
        'continued-pretraining': onlyUniqueDomain,
        peft: 'Cheaper (a LoRA fine-tune costs about $4.25 on your data), but adapts the model less than the route above, and your answers call for more.',
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
      // 6·N·D on 50B tokens: 5e10 × $1.27401415e-7 = $6,370; LoRA $4,247 fits in $5k.
      'a unique corpus, a research team and a year, but $5k',
      { ...bank, budgetUsd: 5e3 },
      'peft',
      { 'continued-pretraining': 'Costs about $6.37k, more than your budget.', 'full-fine-tune': 'Costs about $6.37k, more than your budget.' },
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
        peft: 'Cheaper (a LoRA fine-tune costs about $4.25k on your data), but adapts the model less than the route above, and your answers call for more.',
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
      // $50k buys 50e3 / 3.78 × 3600 × 3.956e14 = 1.88381e22 FLOPs: N = √(C/120) = 12.53B, D = 20·N = 251B.
      'rules that forbid third-party models, but $50k',
      { regulation: 'own-model-required', budgetUsd: 50e3, expertise: 'research', time: 'year' },
      'peft',
      {
        'from-scratch':
          'Pre-training a model like Llama 3 8B (8B parameters, 15T tokens, 1.3M H100-hours) costs about $4.91M of compute at your prices, more than your $50k; that budget would train a compute-optimal model of 12.5B parameters on only 251B tokens, against 15T for Llama 3 8B.',
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
    // LoRA on 20M tokens: 2e7 × $8.4934277e-8 = $1.70; a full fine-tune 2e7 × $1.27401415e-7 = $2.55.
    expect(recommend({ ...base, dataUniqueness: 'specialised', dataTokens: 20e6, budgetUsd: 2e3, time: 'weeks' }).reasons).toEqual([
      'A LoRA fine-tune of Llama 3 8B on your data costs about $1.70 and fits in far less memory than a full fine-tune ($2.55).',
      'With weeks, not months, a parameter-efficient fine-tune is the fastest route that still learns from your data.',
    ]);
  });

  test('the reasons for training from scratch name the requirement and what the budget buys', () => {
    // $10M buys 3.7676e24 FLOPs: N = √(C/120) = 177.19B parameters.
    expect(recommend({ ...base, ...bank, regulation: 'own-model-required' }).reasons).toEqual([
      'Your rules forbid models trained by third parties: training your own may be the only compliant option.',
      'Your $10M covers pre-training a model like Llama 3 8B (8B parameters, 15T tokens, 1.3M H100-hours), about $4.91M of compute at your prices; it would buy a compute-optimal model of up to 177B parameters.',
      // $28.74 of SFT + 1,418,091 × $0.30 = $425,456.04 (see ownModelPostTrainingUsd below); $4,914,000 + that = $5,339,456.
      "Pre-training leaves a base model that continues text rather than following instructions: it needs post-training, an instruction-tuning pass and a round of human preference comparisons, about $425k at your prices for 1,418,091 comparisons (Llama 2-Chat's count) at $0.30 each, so about $5.34M in all.",
    ]);
  });

  test('a conflict states the requirement, then why pre-training is out of reach, then the route', () => {
    const result = recommend({ ...base, changesArchitecture: true, regulation: 'data-in-house', time: 'weeks' });
    expect(result.conflict).toBe(true);
    expect(result.reasons.slice(0, 3)).toEqual([
      'You need your own tokenizer, vocabulary, width, heads or depth: a released checkpoint fixes all of these, so only pre-training changes them.',
      'But you cannot pre-train yet: Pre-training a model like Llama 3 8B (8B parameters, 15T tokens, 1.3M H100-hours) costs about $4.91M of compute at your prices, more than your $50k; that budget would train a compute-optimal model of 12.5B parameters on only 251B tokens, against 15T for Llama 3 8B. Pre-training takes a year-scale plan: collecting and cleaning data, tokenising, training, evaluating. Pre-training needs a team that has trained large models; those skills are scarce and expensive. What follows is what your means allow; revisit the requirement or the means.',
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
    // The base model it leaves needs post-training: 50e9 × $1.27401415e-7 = $6,370.07 of continued
    // pre-training + $425,456.04 of post-training = $431,826.11.
    expect(continued.reasons.at(-1)).toBe(
      "Continued pre-training leaves a base model that continues text rather than following instructions: it needs post-training, an instruction-tuning pass and a round of human preference comparisons, about $425k at your prices for 1,418,091 comparisons (Llama 2-Chat's count) at $0.30 each, so about $432k in all.",
    );
    expect(continued.costs.postTrainingUsd).toBeCloseTo(425_456.04, 2);
  });
});

describe('recommend: the first question, a hosted model against your evaluation', () => {
  const passes = 'A hosted model, prompted or with retrieval, already passes your evaluation: use it, and keep the evaluation to catch the day it stops passing. Any training costs more and needs a team to keep it running.';

  test('a startup whose evaluation a prompted model passes: neither, whatever its data and budget', () => {
    const result = recommend({ ...base, hostedModel: 'passes', dataUniqueness: 'specialised', budgetUsd: 10e6, dataTokens: 50e9 });
    expect(result.recommendation).toBe('prompt-or-retrieval');
    expect(result.reasons).toEqual([passes]);
    expect(result.trainingFlops).toBe(0);
    expect(result.conflict).toBe(false);
  });

  test('with data that must stay in-house, the same prompts run on an open model on the team’s servers', () => {
    expect(recommend({ ...base, hostedModel: 'passes', regulation: 'data-in-house' }).reasons).toEqual([
      passes,
      'Your data must stay in-house: run an openly licensed model that passes the same evaluation on your own servers, with the same prompts and retrieval, rather than a hosted API.',
    ]);
  });

  test('a product line on a unique domain is told when an own model may pay, but still uses the hosted one', () => {
    const result = recommend({ ...base, hostedModel: 'passes', productLine: true, dataUniqueness: 'unique' });
    expect(result.recommendation).toBe('prompt-or-retrieval');
    expect(result.reasons[1]).toBe('A product line on a domain of your own may justify a model of your own later; the lifetime cost below shows at what volume serving your own pays.');
  });

  test('a passing hosted model does not override a requirement for a model of your own', () => {
    const result = recommend({ ...base, hostedModel: 'passes', changesArchitecture: true, budgetUsd: 10e6, expertise: 'research', time: 'year' });
    expect(result.recommendation).toBe('from-scratch');
    expect(result.alternatives.find((a) => a.option === 'prompt-or-retrieval')?.why).toBe('A hosted model passes your evaluation, but your answers require a model of your own.');
  });

  test('untested: every training route starts by saying to test a hosted model first, and no training is not dismissed', () => {
    const result = recommend({ ...base, hostedModel: 'untested' });
    expect(result.recommendation).toBe('peft');
    expect(result.reasons[0]).toBe('First run your evaluation on a hosted model, prompted or with retrieval over your documents: if it passes, you need none of what follows.');
    expect(result.alternatives.find((a) => a.option === 'prompt-or-retrieval')?.why).toBe(
      'Untested: if a hosted model, prompted or with retrieval, passes your evaluation, it beats every route here.',
    );
    // Too little data to train: no "test first" line, since testing a hosted model is the route itself.
    expect(recommend({ ...base, hostedModel: 'untested', dataTokens: 1e5 }).reasons[0]).toMatch(/^100,000 tokens of your own data/);
  });

  test('an unknown answer to the first question is a programming error naming the field', () => {
    expect(() => recommend({ ...base, hostedModel: 'maybe' as never })).toThrow(/hostedModel to be one of passes, fails, untested/);
  });
});

describe('recommend: training compute and the EU AI Act', () => {
  const lab = { ...base, changesArchitecture: true, budgetUsd: 10e6, expertise: 'research', time: 'year', euMarket: true } as const;

  test.each<[string, Partial<DecisionProfile>, Recommendation, number]>([
    // 6 · 8e9 · 15e12 = 7.2e23 FLOPs.
    ['from scratch: the reference model’s 6·N·D', lab, 'from-scratch', 7.2e23],
    // 6 · 8e9 · 50e9 = 2.4e21.
    ['continued pre-training on 50B tokens', { dataUniqueness: 'unique', budgetUsd: 1e6, dataTokens: 50e9, expertise: 'research', time: 'year' }, 'continued-pretraining', 2.4e21],
    // 6 · 8e9 · 5e7 = 2.4e18.
    ['a full fine-tune on 50M tokens', { dataUniqueness: 'specialised', dataTokens: 50e6 }, 'full-fine-tune', 2.4e18],
    // 4 · 8e9 · 1e8 = 3.2e18.
    ['LoRA on 100M tokens', {}, 'peft', 3.2e18],
  ])('%s', (_name, overrides, route, flops) => {
    const result = recommend({ ...base, ...overrides });
    expect(result.recommendation).toBe(route);
    expect(result.trainingFlops).toBe(flops);
    expect(routeCostUsd(route, result.costs)).toBe(
      { 'from-scratch': result.costs.fromScratchUsd, 'continued-pretraining': result.costs.continuedPretrainingUsd, 'full-fine-tune': result.costs.fullFineTuneUsd, peft: result.costs.loraUsd, 'prompt-or-retrieval': 0 }[route],
    );
  });

  test('no training, no cost', () => {
    expect(routeCostUsd('prompt-or-retrieval', decisionCosts(base))).toBe(0);
  });

  test('pre-training for the EU market: the provider’s duties and the compute against 10²⁵ FLOP', () => {
    expect(recommend(lab).reasons.at(-1)).toBe(
      'Placing a model you pre-train on the EU market makes you the provider of a general-purpose AI model under the EU AI Act, with duties since 2 August 2025: technical documentation, information for those who build on it, a copyright policy and a public summary of the training content. Training a model like Llama 3 8B takes about 7.2 × 10²³ FLOP, below the 10²⁵ FLOP from which a model is presumed to carry systemic risk.',
    );
    expect(recommend({ ...lab, euMarket: false }).reasons.join(' ')).not.toMatch(/EU AI Act/);
  });

  test('a fine-tune for the EU market: its compute, and where to check whether it makes you a provider', () => {
    expect(recommend({ ...base, euMarket: true }).reasons.at(-1)).toBe(
      'Your training adds about 3.2 × 10¹⁸ FLOP to a model others trained; below the 10²⁵ FLOP from which a model is presumed to carry systemic risk. Whether a modification makes you the provider of a general-purpose AI model under the EU AI Act depends on how much it changes the model: check the Commission\'s guidelines before you place it on the EU market.',
    );
    expect(recommend({ ...base, euMarket: true, hostedModel: 'passes' }).reasons.join(' ')).not.toMatch(/EU AI Act/);
  });

  test('continued pre-training past 10²⁵ FLOP is flagged as presumed systemic risk', () => {
    // 6 · 8e9 · D > 1e25 ⇔ D > 2.083e14 tokens: 300T tokens gives 1.44e25 FLOP.
    const result = recommend({ ...base, dataUniqueness: 'unique', budgetUsd: 1e9, dataTokens: 300e12, expertise: 'research', time: 'year', euMarket: true });
    expect(result.recommendation).toBe('continued-pretraining');
    expect(result.reasons.at(-1)).toMatch(/^Your training adds about 1.44 × 10²⁵ FLOP to a model others trained; above the 10²⁵ FLOP from which a model is presumed to carry systemic risk, which adds/);
  });
});

describe('ownModelUpfrontUsd: what each own-model path costs before it serves', () => {
  test('hand-derived at $3.78 per H100-hour and 40%: 6·N·D on the tokens, and the published hours from scratch', () => {
    // $1.27401415e-7 a token (6 · 8e9 FLOPs ÷ 3.956e14 FLOP/s × $0.00105/s): 1e8 tokens = $12.74, 1e10 = $1,274.01.
    const upfront = ownModelUpfrontUsd({ fineTuneTokens: 1e8, continuedPretrainingTokens: 1e10, pricePerHourUsd: 3.78, mfu: 0.4 });
    expect(upfront['fine-tune']).toBeCloseTo(12.7401, 4);
    expect(upfront['continued-pretraining']).toBeCloseTo(1_274.01, 2);
    expect(upfront['from-scratch']).toBeCloseTo(4_914_000, 6);
  });
  test('halving the utilisation doubles the training paths, not the published hours', () => {
    const upfront = ownModelUpfrontUsd({ fineTuneTokens: 1e8, continuedPretrainingTokens: 1e10, pricePerHourUsd: 3.78, mfu: 0.2 });
    expect(upfront['fine-tune']).toBeCloseTo(25.4803, 4);
    expect(upfront['from-scratch']).toBeCloseTo(4_914_000, 6);
  });
  test('bad input is a programming error naming the field', () => {
    const ok = { fineTuneTokens: 1, continuedPretrainingTokens: 1, pricePerHourUsd: 1, mfu: 0.4 };
    expect(() => ownModelUpfrontUsd({ ...ok, pricePerHourUsd: -1 })).toThrow(/pricePerHourUsd/);
    expect(() => ownModelUpfrontUsd({ ...ok, mfu: 1.5 })).toThrow(/mfu/);
    expect(() => ownModelUpfrontUsd({ ...ok, fineTuneTokens: -1 })).toThrow(/fineTuneTokens/);
    expect(() => ownModelUpfrontUsd({ ...ok, continuedPretrainingTokens: Number.NaN })).toThrow(/continuedPretrainingTokens/);
  });
});

describe('programming errors name the function, the argument, the expectation and the value', () => {
  const ok = { fineTuneTokens: 1, continuedPretrainingTokens: 1, pricePerHourUsd: 1, mfu: 0.4 };
  test.each<[string, () => unknown, string]>([
    ['decisionCosts pricing.mfu', () => decisionCosts({ ...base, pricing: { pricePerHourUsd: 3.78, mfu: 0 } }), 'decisionCosts: expected pricing.mfu to be a fraction in (0, 1], e.g. 0.4 for 40%, received 0'],
    ['decisionCosts pricing.pricePerHourUsd', () => decisionCosts({ ...base, pricing: { pricePerHourUsd: -1, mfu: 0.4 } }), 'decisionCosts: expected pricing.pricePerHourUsd to be a finite number ≥ 0, received -1'],
    ['decisionCosts budgetUsd', () => decisionCosts({ ...base, budgetUsd: -1 }), 'decisionCosts: expected budgetUsd to be a finite number ≥ 0, received -1'],
    ['decisionCosts dataTokens', () => decisionCosts({ ...base, dataTokens: -1 }), 'decisionCosts: expected dataTokens to be a finite number ≥ 0, received -1'],
    ['recommend dataUniqueness', () => recommend({ ...base, dataUniqueness: 'rare' as never }), 'recommend: expected dataUniqueness to be one of general, specialised, unique, received "rare"'],
    ['recommend regulation', () => recommend({ ...base, regulation: 'some' as never }), 'recommend: expected regulation to be one of none, data-in-house, own-model-required, received "some"'],
    ['recommend expertise', () => recommend({ ...base, expertise: 'some' as never }), 'recommend: expected expertise to be one of none, applied, research, received "some"'],
    ['ownModelUpfrontUsd mfu', () => ownModelUpfrontUsd({ ...ok, mfu: 1.5 }), 'ownModelUpfrontUsd: expected mfu to be a fraction in (0, 1], e.g. 0.4 for 40%, received 1.5'],
  ])('%s', (_name, call, message) => {
    expect(call).toThrow(message);
  });
});

describe('recommend at its thresholds: a budget or a corpus exactly at the line qualifies', () => {
  const costsOf = (profile: DecisionProfile) => decisionCosts(profile);
  const why = (result: ReturnType<typeof recommend>, option: Recommendation) => result.alternatives.find((a) => a.option === option)?.why;

  test('exactly 1M tokens, the least worth fine-tuning on, is enough: PEFT', () => {
    const profile = { ...base, dataTokens: decisionThresholds.minFineTuneTokens, budgetUsd: 1e6 };
    expect(recommend(profile).recommendation).toBe('peft');
  });

  test('a budget exactly the LoRA cost affords it: PEFT, with the one reason for a general task', () => {
    const result = recommend({ ...base, budgetUsd: costsOf(base).loraUsd });
    expect(result.recommendation).toBe('peft');
    // Months, not weeks: no word about speed.
    expect(result.reasons).toEqual(['Your task is general-purpose: fine-tuning a pre-trained model does it well, and the usual advice is to customise one with parameter-efficient fine-tuning.']);
  });

  test('a budget exactly the cost of pre-training affords it, when the rules require an own model', () => {
    const profile = { ...base, regulation: 'own-model-required', expertise: 'research', time: 'year' } as const;
    expect(recommend({ ...profile, budgetUsd: costsOf(profile).fromScratchUsd }).recommendation).toBe('from-scratch');
  });

  test('continued pre-training from exactly 10B unique tokens and exactly its cost', () => {
    const profile = { ...base, dataUniqueness: 'unique', dataTokens: decisionThresholds.minContinuedPretrainingTokens, expertise: 'research' } as const;
    const result = recommend({ ...profile, budgetUsd: costsOf(profile).continuedPretrainingUsd });
    expect(result.recommendation).toBe('continued-pretraining');
    expect(result.reasons).toContainEqual(expect.stringMatching(/^10B tokens of a domain public models do not cover is enough to keep pre-training an open base model on it, at about \$/));
  });

  test('the same corpus, specialised rather than unique, gets a full fine-tune instead', () => {
    const profile = { ...base, dataUniqueness: 'specialised', dataTokens: 20e9, expertise: 'research', budgetUsd: 10e6 } as const;
    expect(recommend(profile).recommendation).toBe('full-fine-tune');
  });

  test('a budget exactly the cost of a full fine-tune affords it, for specialised data', () => {
    const profile = { ...base, dataUniqueness: 'specialised' } as const;
    expect(recommend({ ...profile, budgetUsd: costsOf(profile).fullFineTuneUsd }).recommendation).toBe('full-fine-tune');
  });

  test('with exactly the full fine-tune’s budget but only weeks, the time is what rules it out', () => {
    const profile = { ...base, dataUniqueness: 'specialised', time: 'weeks' } as const;
    const result = recommend({ ...profile, budgetUsd: costsOf(profile).fullFineTuneUsd });
    expect(result.recommendation).toBe('peft');
    expect(why(result, 'full-fine-tune')).toBe('Needs months to prepare the data, train every weight and evaluate; you have weeks.');
  });

  test('exactly 10B unique tokens without a research team: the team, not the corpus, rules out continued pre-training', () => {
    const result = recommend({ ...base, dataUniqueness: 'unique', dataTokens: decisionThresholds.minContinuedPretrainingTokens, budgetUsd: 10e6 });
    expect(why(result, 'continued-pretraining')).toBe('Needs a team that has trained large models.');
  });

  test('a product line on general data is no reason for a model of one’s own', () => {
    const result = recommend({ ...base, productLine: true, expertise: 'research', time: 'year', budgetUsd: 100e6 });
    expect(result.recommendation).toBe('peft');
  });

  test('a hosted model that passes does not settle it when the rules require an own model the means cannot pay for', () => {
    const result = recommend({ ...base, hostedModel: 'passes', regulation: 'own-model-required', budgetUsd: 1e6 });
    expect(result.recommendation).toBe('peft');
    expect(result.conflict).toBe(true);
  });

  test('every reason that rules out training is given, separated by spaces', () => {
    const result = recommend({ ...base, expertise: 'none', dataTokens: 1000, budgetUsd: 0 });
    expect(result.recommendation).toBe('prompt-or-retrieval');
    expect(why(result, 'peft')).toMatch(/fine-tuning needs someone who can train and evaluate\. 1,000 tokens of your own data is below/);
  });
});

describe('ownModelPostTrainingUsd: what a base model needs before it is usable', () => {
  test('hand-derived at $3.78 per H100-hour and 40%: the default SFT pass plus Llama 2-Chat’s comparisons', () => {
    // SFT: 6 × 8e9 × (27,540 × 4,096 × 2 = 225,607,680) tokens = 1.0829e19 FLOPs ÷ 1.42416e18 FLOP/h = 7.6039 h × $3.78 = $28.74.
    // Preferences: 1,418,091 comparisons (Touvron et al. 2023, Table 6) × $0.30 (Dubois et al. 2023) = $425,427.30.
    const post = ownModelPostTrainingUsd({ pricePerHourUsd: 3.78, mfu: 0.4 });
    expect(post['fine-tune']).toBe(0);
    expect(post['continued-pretraining']).toBeCloseTo(425_456.04, 2);
    expect(post['from-scratch']).toBeCloseTo(425_456.04, 2);
  });
  test('halving the utilisation doubles only the SFT part', () => {
    expect(ownModelPostTrainingUsd({ pricePerHourUsd: 3.78, mfu: 0.2 })['from-scratch']).toBeCloseTo(425_484.79, 2);
  });
  test('bad input is a programming error naming the field', () => {
    expect(() => ownModelPostTrainingUsd({ pricePerHourUsd: -1, mfu: 0.4 })).toThrow(/ownModelPostTrainingUsd.*pricePerHourUsd/);
    expect(() => ownModelPostTrainingUsd({ pricePerHourUsd: 1, mfu: 2 })).toThrow(/ownModelPostTrainingUsd.*mfu/);
  });
});
