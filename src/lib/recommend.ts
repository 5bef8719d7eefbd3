/**
 * Build or fine-tune? A transparent rule set over a team's answers, after the criteria of the
 * articles the guide grew out of (bibliography ids in `sources.ts`): build your own model for a
 * unique data domain, proprietary architecture or algorithms, a long-term product line, or
 * regulation that demands it (`seed-000-build-or-fine-tune`; `seed-001-…` and `seed-004-…` on
 * changing the tokenizer, vocabulary, hidden size, heads or layers; `seed-003-…` on keeping
 * sensitive data off third-party servers); fine-tune when resources or time are short, the task is
 * general-purpose, or cost decides (`seed-000-…`); and the shared advice to customise a
 * pre-trained model (`seed-001-…`, `seed-004-…`). The texts a reader sees carry no citations: the
 * decision page cites these sources where it states the criteria.
 *
 * The first question settles most cases: if a hosted model, prompted or with retrieval, already
 * passes the team's evaluation, nothing needs training (the "neither" of the guide's title).
 *
 * Money is compared at the reader's prices, never against typed figures. The reference model is
 * Llama 3 8B (Meta's model card: 8B parameters, over 15T tokens, 1.3M H100-80GB GPU-hours): a
 * small model competitive in 2024–2025 and what a team would otherwise fine-tune, so pre-training
 * "a useful model" means matching it. Its pre-training cost is its published GPU-hours at the
 * reader's H100 price; what a budget would buy instead comes from {@link chinchillaOptimal};
 * continued pre-training from {@link estimateTraining}; fine-tuning from {@link estimateFineTuning}.
 *
 * The thresholds below (how much data makes fine-tuning worth it, how much makes continued
 * pre-training worth it, how long and how expert a team must be to pre-train) are this guide's
 * judgement, not published figures; they are exported so an article can print them.
 */
import type { AcceleratorId } from './accelerators';
import { chinchillaOptimal } from './chinchilla';
import { estimateFineTuning } from './fineTuning';
import { loraAdapterParams } from './lora';
import { modelShapes } from './modelShapes';
import { formatCount, formatUsd } from './quantity/format';
import { trainingFlops } from './flops';
import { defaultSftTokens, postTrainingCost, postTrainingDefaults } from './postTraining';
import { euAiAct, presumedSystemicRisk } from './regulation';
import { estimateTraining, flopsFromAcceleratorHours } from './training';
import type { Citation } from './sources';
import { requireNonNegative, requireOneOf, requireUnitInterval } from './validate';

/** How special the team's data is next to what public models were trained on. */
export type DataUniqueness = 'general' | 'specialised' | 'unique';
/** What rules govern the data and the model. */
export type Regulation = 'none' | 'data-in-house' | 'own-model-required';
/** Time until the model must be in use. */
export type TimeAvailable = 'weeks' | 'months' | 'year';
/** The team's machine-learning experience. */
export type Expertise = 'none' | 'applied' | 'research';
/** Whether a hosted model, prompted or with retrieval, passes the team's own evaluation. */
export type HostedModelResult = 'passes' | 'fails' | 'untested';

/** The answers of the decision helper. */
export interface DecisionProfile {
  /** The first question: does a hosted model, prompted or with retrieval, already pass your evaluation? */
  hostedModel: HostedModelResult;
  /** `unique`: existing models struggle with it (`seed-000-…`'s "unique data domain"). */
  dataUniqueness: DataUniqueness;
  /** The product needs its own tokenizer, vocabulary, width, heads or depth (`seed-001-…`, `seed-004-…`). */
  changesArchitecture: boolean;
  /** The model is a long-term product line, a moat fed by proprietary data (`seed-000-…`, `seed-001-…`). */
  productLine: boolean;
  /**
   * `data-in-house`: data may not go to a third party's servers (`seed-003-…`), open weights run
   * in-house are fine. `own-model-required`: rules forbid models trained by third parties (`seed-000-…`).
   */
  regulation: Regulation;
  time: TimeAvailable;
  /** Money for compute, US dollars. */
  budgetUsd: number;
  /** Tokens of the team's own training data. */
  dataTokens: number;
  expertise: Expertise;
  /** The model the team trains will be placed on the EU market (the EU AI Act's general-purpose AI rules). */
  euMarket: boolean;
  /**
   * The reader's prices: rental price per H100-hour (the reference model's published hours are
   * H100-80GB hours) and utilisation for the runs the team plans.
   */
  pricing: { pricePerHourUsd: number; mfu: number };
}

/** The five outcomes, from most to least expensive. */
export type Recommendation = 'from-scratch' | 'continued-pretraining' | 'full-fine-tune' | 'peft' | 'prompt-or-retrieval';

/**
 * Every outcome, most expensive first.
 * @example recommendations[0] //=> 'from-scratch'
 */
export const recommendations: readonly Recommendation[] = [
  'from-scratch',
  'continued-pretraining',
  'full-fine-tune',
  'peft',
  'prompt-or-retrieval',
];

/**
 * Display names of the outcomes.
 * @example recommendationLabels.peft //=> 'Parameter-efficient fine-tune (LoRA, QLoRA)'
 */
export const recommendationLabels: Record<Recommendation, string> = {
  'from-scratch': 'Train from scratch',
  'continued-pretraining': 'Continue pre-training an open model',
  'full-fine-tune': 'Full fine-tune',
  peft: 'Parameter-efficient fine-tune (LoRA, QLoRA)',
  'prompt-or-retrieval': 'Neither: a hosted model, prompted or with retrieval',
};

/**
 * The guide's thresholds (judgement, not published figures; see the module comment).
 * @example decisionThresholds.minFineTuneTokens //=> 1e6
 */
export const decisionThresholds = {
  /** Below this many tokens of own data, a fine-tune has too little to learn from: prompt or retrieve. */
  minFineTuneTokens: 1e6,
  /** From this many tokens of a unique domain, continued pre-training beats a fine-tune. */
  minContinuedPretrainingTokens: 10e9,
  /** Pre-training needs a year-scale plan and a team that has trained large models. */
  fromScratchTime: 'year' as TimeAvailable,
  fromScratchExpertise: 'research' as Expertise,
  /** LoRA rank and targets the cost comparison assumes (Hu et al. 2021, §7.1: r = 8 on Wq, Wv works). */
  loraRank: 8,
};

/** The costs the rules compared, at the reader's prices. */
export interface DecisionCosts {
  /** Pre-training the reference model: its published H100-hours at the reader's price, US dollars. */
  fromScratchUsd: number;
  /** Continued pre-training of the reference model on the team's tokens (6·N·D), US dollars. */
  continuedPretrainingUsd: number;
  fullFineTuneUsd: number;
  loraUsd: number;
  /**
   * Post-training a base model (after continued pre-training or pre-training from scratch) needs
   * before it follows instructions: {@link ownModelPostTrainingUsd}, US dollars.
   */
  postTrainingUsd: number;
  /** The compute-optimal model the budget would buy from scratch: parameters and tokens. */
  affordable: { params: number; tokens: number };
}

/** Output of {@link recommend}. */
export interface DecisionResult {
  recommendation: Recommendation;
  /** Why, in the order the rules fired. */
  reasons: string[];
  /** Each other outcome and why it was not chosen. */
  alternatives: { option: Recommendation; why: string }[];
  /** True when the answers call for an own model the means cannot pay for. */
  conflict: boolean;
  costs: DecisionCosts;
  /** Training compute of the recommended route, FLOPs (0 when nothing is trained). */
  trainingFlops: number;
}

const referenceShape = modelShapes['llama3-8b'].shape;
/** The accelerator the reference model's hours were counted on, and the guide prices runs on. */
const accelerator: AcceleratorId = 'h100-sxm';

/**
 * The reference model, Llama 3 8B: 8B parameters pre-trained on over 15T tokens in 1.3M
 * H100-80GB GPU-hours (Meta's Llama 3 model card: Model Details, Training Data, Carbon
 * Footprint). Typed here rather than read from the runs dataset so that islands using
 * {@link recommend} do not bundle the dataset; a unit test checks the two agree.
 * @example referenceModel.h100Hours //=> 1.3e6
 */
export const referenceModel = {
  name: 'Llama 3 8B',
  params: 8e9,
  tokens: 15e12,
  h100Hours: 1.3e6,
  citation: { source: 'meta-llama3-model-card', locator: 'Carbon Footprint' } satisfies Citation,
} as const;

/** Costs of each route for this profile at its prices. */
export function decisionCosts(profile: DecisionProfile): DecisionCosts {
  const where = 'decisionCosts';
  const { pricePerHourUsd } = profile.pricing;
  const mfu = requireUnitInterval(profile.pricing.mfu, where, 'pricing.mfu');
  const price = requireNonNegative(pricePerHourUsd, where, 'pricing.pricePerHourUsd');
  const budget = requireNonNegative(profile.budgetUsd, where, 'budgetUsd');
  const dataTokens = requireNonNegative(profile.dataTokens, where, 'dataTokens');
  const run = { accelerator, count: 1, mfu, pricePerHour: price };
  const fromScratchUsd = referenceModel.h100Hours * price;
  const continuedPretrainingUsd = estimateTraining({ ...run, params: referenceModel.params, tokens: dataTokens }).costUsd;
  const fineTune = (method: 'full' | 'lora') =>
    estimateFineTuning({
      params: referenceModel.params,
      tokens: dataTokens,
      method,
      adapterParams: loraAdapterParams({ shape: referenceShape, rank: decisionThresholds.loraRank, targets: 'qv' }),
      accelerator,
      mfu,
      pricePerHour: price,
      pretrainingTokens: referenceModel.tokens,
    }).costUsd;
  // FLOPs the budget buys: the accelerator-hours it rents, at the reader's utilisation.
  const budgetFlops = price > 0 ? flopsFromAcceleratorHours({ acceleratorHours: budget / price, accelerator, mfu }) : Infinity;
  const affordable = Number.isFinite(budgetFlops) ? chinchillaOptimal({ flops: budgetFlops }) : { params: Infinity, tokens: Infinity };
  const postTrainingUsd = ownModelPostTrainingUsd({ pricePerHourUsd: price, mfu })['from-scratch'];
  return { fromScratchUsd, continuedPretrainingUsd, fullFineTuneUsd: fineTune('full'), loraUsd: fineTune('lora'), postTrainingUsd, affordable };
}

/**
 * The compute cost of a route, from the costs {@link decisionCosts} compared (0 for no training).
 * @example routeCostUsd('peft', { fromScratchUsd: 1, continuedPretrainingUsd: 2, fullFineTuneUsd: 3, loraUsd: 4, postTrainingUsd: 5, affordable: { params: 0, tokens: 0 } }) //=> 4
 */
export function routeCostUsd(route: Recommendation, costs: DecisionCosts): number {
  const byRoute: Record<Recommendation, number> = {
    'from-scratch': costs.fromScratchUsd,
    'continued-pretraining': costs.continuedPretrainingUsd,
    'full-fine-tune': costs.fullFineTuneUsd,
    peft: costs.loraUsd,
    'prompt-or-retrieval': 0,
  };
  return byRoute[route];
}

/**
 * What each own-model path costs before its model serves, at an H100 price and utilisation: a
 * full fine-tune and continued pre-training of the reference model (6·N·D on their tokens), and
 * pre-training one like it (its published H100-hours at the price).
 * @example ownModelUpfrontUsd({ fineTuneTokens: 0, continuedPretrainingTokens: 0, pricePerHourUsd: 2, mfu: 0.4 })['from-scratch'] //=> 2600000
 */
export function ownModelUpfrontUsd(input: { fineTuneTokens: number; continuedPretrainingTokens: number; pricePerHourUsd: number; mfu: number }) {
  const where = 'ownModelUpfrontUsd';
  const price = requireNonNegative(input.pricePerHourUsd, where, 'pricePerHourUsd');
  const run = { accelerator, count: 1, mfu: requireUnitInterval(input.mfu, where, 'mfu'), pricePerHour: price, params: referenceModel.params };
  const sixND = (tokens: number, name: string) => estimateTraining({ ...run, tokens: requireNonNegative(tokens, where, name) }).costUsd;
  return {
    'fine-tune': sixND(input.fineTuneTokens, 'fineTuneTokens'),
    'continued-pretraining': sixND(input.continuedPretrainingTokens, 'continuedPretrainingTokens'),
    'from-scratch': referenceModel.h100Hours * price,
  };
}

/**
 * What each own-model path needs after its training before it is usable, at an H100 price and
 * utilisation: a base model (continued pre-training, from scratch) needs instruction tuning and
 * human preferences on the scale of a chat model like it ({@link postTrainingCost} on the
 * reference model: the default SFT pass and Llama 2-Chat's comparisons at the crowd price, see
 * {@link postTrainingDefaults}); a fine-tune of an instruct model needs neither.
 * @example ownModelPostTrainingUsd({ pricePerHourUsd: 2, mfu: 0.4 })['fine-tune'] //=> 0
 */
export function ownModelPostTrainingUsd(input: { pricePerHourUsd: number; mfu: number }) {
  const where = 'ownModelPostTrainingUsd';
  const cost = postTrainingCost({
    params: referenceModel.params,
    sftTokens: defaultSftTokens,
    sftEpochs: postTrainingDefaults.sftEpochs,
    method: 'full',
    accelerator,
    mfu: requireUnitInterval(input.mfu, where, 'mfu'),
    pricePerHourUsd: requireNonNegative(input.pricePerHourUsd, where, 'pricePerHourUsd'),
    comparisons: postTrainingDefaults.chatModelComparisons,
    usdPerComparison: postTrainingDefaults.usdPerComparison,
  }).totalUsd;
  return { 'fine-tune': 0, 'continued-pretraining': cost, 'from-scratch': cost };
}

const rank = { weeks: 0, months: 1, year: 2, none: 0, applied: 1, research: 2 } as const;

/** Training compute of each route on this profile's data, FLOPs: 6·N·D, or 4·N·D for LoRA (Kaplan et al. 2020, §2.1). */
function routeFlops(route: Recommendation, dataTokens: number): number {
  const params = referenceModel.params;
  switch (route) {
    case 'from-scratch':
      return trainingFlops({ params, tokens: referenceModel.tokens });
    case 'continued-pretraining':
    case 'full-fine-tune':
      return trainingFlops({ params, tokens: dataTokens });
    case 'peft':
      return 4 * params * dataTokens;
    case 'prompt-or-retrieval':
      return 0;
  }
  return route satisfies never;
}

/**
 * Recommends one of five routes, with the reasons that drove it and why each other route lost.
 * Rules, in order:
 * 0. A hosted model, prompted or with retrieval, that passes the team's evaluation wins unless an
 *    own model is *required* (rule 1); an untested one is named as the first thing to try.
 * 1. An own model is *required* by regulation that forbids third-party models or by a new
 *    tokenizer or architecture, or *wanted* for a long-term product line on a unique domain.
 * 2. From scratch only if the budget covers pre-training the reference model at the reader's
 *    prices, the plan spans a year and the team has trained large models; never otherwise.
 *    A requirement that cannot be met sets `conflict` and the rules below pick what the means allow.
 * 3. Prompting or retrieval when the team has no ML expertise, less than
 *    `minFineTuneTokens` of data, or a budget below a LoRA run on its data.
 * 4. Continued pre-training for a unique domain with at least `minContinuedPretrainingTokens`,
 *    a research team, months of time and the budget for 6·N·D on those tokens.
 * 5. A full fine-tune for specialised or unique data when the budget covers it and time is months
 *    or more; otherwise 6. a parameter-efficient fine-tune (the sources' default advice).
 * Each other route gets the reason it lost for this profile: the rule that failed, or, when a
 * more thorough route won, that the answers call for more and the means allow it.
 * @example
 * recommend({ dataUniqueness: 'general', changesArchitecture: false, productLine: false,
 *   regulation: 'none', time: 'months', budgetUsd: 50e3, dataTokens: 100e6, expertise: 'applied',
 *   pricing: { accelerator: 'a100-80gb', pricePerHourUsd: 3.93, mfu: 0.4 } }).recommendation //=> 'peft'
 */
export function recommend(profile: DecisionProfile): DecisionResult {
  const where = 'recommend';
  requireOneOf(profile.dataUniqueness, ['general', 'specialised', 'unique'], where, 'dataUniqueness');
  requireOneOf(profile.regulation, ['none', 'data-in-house', 'own-model-required'], where, 'regulation');
  requireOneOf(profile.time, ['weeks', 'months', 'year'], where, 'time');
  requireOneOf(profile.expertise, ['none', 'applied', 'research'], where, 'expertise');
  requireOneOf(profile.hostedModel, ['passes', 'fails', 'untested'], where, 'hostedModel');
  const costs = decisionCosts(profile);
  const { budgetUsd: budget, dataTokens } = profile;
  const usd = formatUsd;
  const reference = `${referenceModel.name} (${formatCount(referenceModel.params)} parameters, ${formatCount(referenceModel.tokens)} tokens, ${formatCount(referenceModel.h100Hours)} H100-hours)`;

  const euReason = (route: Recommendation, flops: number): string => {
    const compute = `${formatCount(flops)} FLOP`;
    const risk = presumedSystemicRisk(flops)
      ? `above the 10²⁵ FLOP from which a model is presumed to carry systemic risk, which adds model evaluations, risk mitigation, incident reporting and cybersecurity duties`
      : `below the 10²⁵ FLOP from which a model is presumed to carry systemic risk`;
    return route === 'from-scratch'
      ? `Placing a model you pre-train on the EU market makes you the provider of a general-purpose AI model under the EU AI Act, with duties since ${new Date(euAiAct.gpaiObligationsFrom).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}: technical documentation, information for those who build on it, a copyright policy and a public summary of the training content. Training a model like ${referenceModel.name} takes about ${compute}, ${risk}.`
      : `Your training adds about ${compute} to a model others trained; ${risk}. Whether a modification makes you the provider of a general-purpose AI model under the EU AI Act depends on how much it changes the model: check the Commission's guidelines before you place it on the EU market.`;
  };

  // What rules out training of any kind (applied as rule 3).
  const promptReasons: string[] = [];
  if (profile.expertise === 'none') promptReasons.push('Without ML expertise on the team, start with prompting and retrieval over your documents; fine-tuning needs someone who can train and evaluate.');
  if (dataTokens < decisionThresholds.minFineTuneTokens)
    promptReasons.push(`${formatCount(dataTokens)} tokens of your own data is below the ${formatCount(decisionThresholds.minFineTuneTokens)} this guide takes as the least worth fine-tuning on: put it in the prompt or a retrieval index instead.`);
  if (budget < costs.loraUsd) promptReasons.push(`Even a LoRA fine-tune of ${referenceModel.name} on your data costs about ${usd(costs.loraUsd)}, more than your ${usd(budget)}.`);
  // Rule 1: what calls for an own model.
  const required: string[] = [];
  if (profile.regulation === 'own-model-required')
    required.push('Your rules forbid models trained by third parties: training your own may be the only compliant option.');
  if (profile.changesArchitecture)
    required.push('You need your own tokenizer, vocabulary, width, heads or depth: a released checkpoint fixes all of these, so only pre-training changes them.');
  const wanted =
    profile.productLine && profile.dataUniqueness === 'unique'
      ? ['The model is a long-term product line on a data domain no public model covers: owning the base model is a moat your proprietary data keeps improving.']
      : [];

  const untested =
    profile.hostedModel === 'untested'
      ? ['First run your evaluation on a hosted model, prompted or with retrieval over your documents: if it passes, you need none of what follows.']
      : [];

  // Rule 2: can the team pre-train?
  const scratchBlockers: string[] = [];
  if (budget < costs.fromScratchUsd)
    scratchBlockers.push(
      `Pre-training a model like ${reference} costs about ${usd(costs.fromScratchUsd)} of compute at your prices, more than your ${usd(budget)}; that budget would train a compute-optimal model of ${formatCount(costs.affordable.params)} parameters on only ${formatCount(costs.affordable.tokens)} tokens, against ${formatCount(referenceModel.tokens)} for ${referenceModel.name}.`,
    );
  if (rank[profile.time] < rank[decisionThresholds.fromScratchTime])
    scratchBlockers.push('Pre-training takes a year-scale plan: collecting and cleaning data, tokenising, training, evaluating.');
  if (rank[profile.expertise] < rank[decisionThresholds.fromScratchExpertise])
    scratchBlockers.push('Pre-training needs a team that has trained large models; those skills are scarce and expensive.');

  /** What a base model needs before it follows instructions, for the two routes that end with one. */
  const postTrainingReason = (route: 'from-scratch' | 'continued-pretraining', trainingUsd: number): string =>
    `${route === 'from-scratch' ? 'Pre-training' : 'Continued pre-training'} leaves a base model that continues text rather than following instructions: it needs post-training, an instruction-tuning pass and a round of human preference comparisons, about ${usd(costs.postTrainingUsd)} at your prices for ${postTrainingDefaults.chatModelComparisons.toLocaleString('en-US')} comparisons (Llama 2-Chat's count) at ${usd(postTrainingDefaults.usdPerComparison)} each, so about ${usd(trainingUsd + costs.postTrainingUsd)} in all.`;

  const wantsOwn = required.length > 0 || wanted.length > 0;
  if (wantsOwn && scratchBlockers.length === 0) {
    return finish('from-scratch', [
      ...required,
      ...wanted,
      `Your ${usd(budget)} covers pre-training a model like ${reference}, about ${usd(costs.fromScratchUsd)} of compute at your prices; it would buy a compute-optimal model of up to ${formatCount(costs.affordable.params)} parameters.`,
      postTrainingReason('from-scratch', costs.fromScratchUsd),
    ], false);
  }
  const conflict = required.length > 0 && scratchBlockers.length > 0;
  const preamble = conflict
    ? [...required, `But you cannot pre-train yet: ${scratchBlockers.join(' ')} What follows is what your means allow; revisit the requirement or the means.`]
    : [];
  const privacy =
    profile.regulation === 'data-in-house'
      ? ['Your data must stay in-house: run an openly licensed model on your own infrastructure rather than a hosted API.']
      : [];

  // Rule 0: a prompted or retrieval-backed model already does the job.
  if (profile.hostedModel === 'passes' && required.length === 0) {
    return finish('prompt-or-retrieval', [
      'A hosted model, prompted or with retrieval, already passes your evaluation: use it, and keep the evaluation to catch the day it stops passing. Any training costs more and needs a team to keep it running.',
      ...(profile.regulation === 'data-in-house'
        ? ['Your data must stay in-house: run an openly licensed model that passes the same evaluation on your own servers, with the same prompts and retrieval, rather than a hosted API.']
        : []),
      ...(wanted.length > 0 ? ['A product line on a domain of your own may justify a model of your own later; the lifetime cost below shows at what volume serving your own pays.'] : []),
    ], false);
  }

  // Rule 3: too little to fine-tune with.
  if (promptReasons.length > 0) return finish('prompt-or-retrieval', [...preamble, ...privacy, ...promptReasons], conflict);

  // Rule 4: continued pre-training on a large unique corpus.
  if (
    profile.dataUniqueness === 'unique' &&
    dataTokens >= decisionThresholds.minContinuedPretrainingTokens &&
    profile.expertise === 'research' &&
    profile.time !== 'weeks' &&
    budget >= costs.continuedPretrainingUsd
  ) {
    return finish('continued-pretraining', [
      ...preamble,
      ...privacy,
      ...wanted,
      `${formatCount(dataTokens)} tokens of a domain public models do not cover is enough to keep pre-training an open base model on it, at about ${usd(costs.continuedPretrainingUsd)} (6·N·D on ${referenceModel.name}), a fraction of the ${usd(costs.fromScratchUsd)} from scratch.`,
      postTrainingReason('continued-pretraining', costs.continuedPretrainingUsd),
    ], conflict);
  }

  // Rule 5: full fine-tune for specialised data with the budget and time for it.
  const generalReason = 'Your task is general-purpose: fine-tuning a pre-trained model does it well, and the usual advice is to customise one with parameter-efficient fine-tuning.';
  if (profile.dataUniqueness !== 'general' && profile.time !== 'weeks' && budget >= costs.fullFineTuneUsd) {
    return finish('full-fine-tune', [
      ...preamble,
      ...privacy,
      `Your data is specialised and your ${usd(budget)} covers a full fine-tune of ${referenceModel.name} on it (about ${usd(costs.fullFineTuneUsd)}): updating every weight adapts the model most.`,
    ], conflict);
  }

  // Rule 6: the sources' default.
  const peftReasons = [
    profile.dataUniqueness === 'general' ? generalReason : `A LoRA fine-tune of ${referenceModel.name} on your data costs about ${usd(costs.loraUsd)} and fits in far less memory than a full fine-tune (${usd(costs.fullFineTuneUsd)}).`,
  ];
  if (profile.time === 'weeks') peftReasons.push('With weeks, not months, a parameter-efficient fine-tune is the fastest route that still learns from your data.');
  return finish('peft', [...preamble, ...privacy, ...peftReasons], conflict);

  function finish(recommendation: Recommendation, trainingReasons: string[], isConflict: boolean): DecisionResult {
    const trains = recommendation !== 'prompt-or-retrieval';
    const flops = routeFlops(recommendation, dataTokens);
    const reasons = [...(trains ? untested : []), ...trainingReasons, ...(trains && profile.euMarket ? [euReason(recommendation, flops)] : [])];
    const ownModelChosen = 'Builds on a model trained by others; your answers call for a model of your own, and your means allow pre-training one.';
    const why: Record<Recommendation, string> = {
      'from-scratch': !wantsOwn
        ? 'Nothing in your answers needs a model of your own, and only a few large firms and well-funded startups train from scratch.'
        : scratchBlockers.join(' '),
      'continued-pretraining': continuedPretrainingWhy(),
      'full-fine-tune': fullFineTuneWhy(),
      peft:
        recommendation === 'prompt-or-retrieval'
          ? promptReasons.join(' ')
          : `Cheaper (a LoRA fine-tune costs about ${usd(costs.loraUsd)} on your data), but adapts the model less than the route above, and your answers call for more.`,
      'prompt-or-retrieval': promptWhy(),
    };

    /** Why no training at all lost: the evaluation, a requirement, or nothing tested yet. */
    function promptWhy(): string {
      if (profile.hostedModel === 'passes') return 'A hosted model passes your evaluation, but your answers require a model of your own.';
      if (profile.hostedModel === 'fails') return 'A hosted model, prompted or with retrieval, fails your evaluation.';
      return 'Untested: if a hosted model, prompted or with retrieval, passes your evaluation, it beats every route here.';
    }

    /** The first condition of rule 4 this profile fails, unless pre-training won outright. */
    function continuedPretrainingWhy(): string {
      if (recommendation === 'from-scratch') return ownModelChosen;
      if (profile.dataUniqueness !== 'unique') return 'Worth it only for a domain public models do not cover.';
      if (dataTokens < decisionThresholds.minContinuedPretrainingTokens)
        return `Needs a corpus of ${formatCount(decisionThresholds.minContinuedPretrainingTokens)} tokens or more; you have ${formatCount(dataTokens)}.`;
      if (profile.expertise !== 'research') return 'Needs a team that has trained large models.';
      if (profile.time === 'weeks') return 'Needs months of data preparation and training; you have weeks.';
      // Every other condition of rule 4 holds, so the budget is what failed.
      return `Costs about ${usd(costs.continuedPretrainingUsd)}, more than your budget.`;
    }

    /** Why rule 5 did not fire: a more thorough route won, or the data, the means or the time. */
    function fullFineTuneWhy(): string {
      if (recommendation === 'from-scratch') return ownModelChosen;
      if (recommendation === 'continued-pretraining')
        return `Adapts the model to your task but not to your domain; with ${formatCount(dataTokens)} tokens of that domain, continued pre-training teaches it the domain itself.`;
      if (profile.dataUniqueness === 'general')
        return 'A general task gains little from updating every weight; a parameter-efficient fine-tune gets most of the way for less memory.';
      if (recommendation === 'prompt-or-retrieval') return 'Demands more than a parameter-efficient fine-tune, which your answers already rule out.';
      if (budget < costs.fullFineTuneUsd) return `Costs about ${usd(costs.fullFineTuneUsd)}, more than your budget.`;
      // Rule 5 needs specialised data, the budget and months: only the time is left to have failed.
      return 'Needs months to prepare the data, train every weight and evaluate; you have weeks.';
    }

    return {
      recommendation,
      reasons,
      alternatives: recommendations.filter((option) => option !== recommendation).map((option) => ({ option, why: why[option] })),
      conflict: isConflict,
      costs,
      trainingFlops: flops,
    };
  }
}
