/**
 * Post-training: what turns a pre-trained base model into one people can use. Three stages, each
 * priced its own way:
 *
 * - Supervised fine-tuning (SFT, instruction tuning) is training: 6·N·D per epoch in full, 4·N·D
 *   with LoRA ({@link fineTuningFlops}, Kaplan et al. 2020 §2.1), timed and priced like any run
 *   ({@link estimateCompute}).
 * - Preference data is people's time: comparisons × price per comparison. The price is what
 *   AlpacaFarm's authors paid crowdworkers on Mechanical Turk in 2023, $300 per 1,000 pairwise
 *   comparisons at $21 an hour (Dubois et al. 2023, AlpacaEval README, "Price [$/1000 examples]").
 *   Training on the comparisons (a reward model, DPO) is another fine-tune and costs little next
 *   to collecting them.
 * - Reinforcement learning for reasoning is priced from the one run that published its hours:
 *   DeepSeek-R1's RL stage, 147K H800-hours (Guo et al. 2025, Table 7), scaled linearly in the
 *   active parameters of the model trained. What scales: the work per generated token (2·N
 *   forward, more backward) at the same number of problems, samples and response lengths. What
 *   does not: how many steps, samples and tokens another model needs, which nobody has published
 *   for a smaller model; the estimate is a reference point, not a recipe.
 */
import type { AcceleratorId } from './accelerators';
import { fineTuningFlops, type FineTuningMethod } from './fineTuning';
import type { Citation } from './sources';
import { estimateCompute, type CustomAccelerator } from './training';
import { requireNonNegative, requirePositive } from './validate';

/**
 * The published price of a human pairwise comparison: what AlpacaFarm's authors paid crowdworkers
 * on Amazon Mechanical Turk for their 2023 preference annotations, $300 per 1,000 at $21 an hour.
 * A research lab's crowd rate, not a vendor's list price: expert or vendor-managed annotation
 * costs more.
 * @example crowdComparisonPrice.usdPerComparison //=> 0.3
 */
export const crowdComparisonPrice = {
  usdPerComparison: 300 / 1000,
  hourlyUsd: 21,
  asOf: '2023-05',
  citation: { source: 'dubois-2023-alpaca-eval', locator: 'README, Evaluators: "Price [$/1000 examples]"' } satisfies Citation,
} as const;

/**
 * What the guide's post-training estimates open on. SFT data: Llama 2-Chat's 27,540 annotations,
 * trained for 2 epochs at a sequence length of 4,096 tokens (Touvron et al. 2023, §3.1); counting
 * every example as a full sequence gives at most 27,540 × 4,096 tokens an epoch (the paper packs
 * shorter examples together and gives no token count). Preferences: a first round of 10,000
 * human comparisons, the size of AlpacaFarm's human preference set (Dubois et al. 2023,
 * abstract); and, for a chat model to rival the reference one, Llama 2-Chat's 1,418,091 Meta
 * comparisons (Touvron et al. 2023, Table 6); both at {@link crowdComparisonPrice}.
 * @example postTrainingDefaults.chatModelComparisons //=> 1418091
 */
export const postTrainingDefaults = {
  sftExamples: 27_540,
  sftTokensPerExample: 4096,
  sftEpochs: 2,
  firstRoundComparisons: 10_000,
  chatModelComparisons: 1_418_091,
  usdPerComparison: crowdComparisonPrice.usdPerComparison,
} as const;

/**
 * Tokens of one pass over the default SFT data: examples × tokens per example (an upper bound).
 * @example defaultSftTokens //=> 112803840
 */
export const defaultSftTokens = postTrainingDefaults.sftExamples * postTrainingDefaults.sftTokensPerExample;

/**
 * Cost of preference data, US dollars: comparisons × price per comparison.
 * @example preferenceDataCostUsd({ comparisons: 10_000, usdPerComparison: 0.3 }) //=> 3000
 */
export function preferenceDataCostUsd(input: { comparisons: number; usdPerComparison: number }): number {
  const where = 'preferenceDataCostUsd';
  return requireNonNegative(input.comparisons, where, 'comparisons') * requireNonNegative(input.usdPerComparison, where, 'usdPerComparison');
}

/** How a stage runs: accelerator, utilisation and rental price per accelerator-hour. */
export interface PostTrainingRun {
  accelerator: AcceleratorId | CustomAccelerator;
  mfu: number;
  pricePerHourUsd: number;
}

/** Input of {@link sftCost}. */
export interface SftInput extends PostTrainingRun {
  /** Parameters N of the model tuned (active parameters for a mixture of experts). */
  params: number;
  /** Tokens D of one pass over the SFT data. */
  tokens: number;
  /** Passes over the data (Llama 2-Chat: 2). */
  epochs: number;
  /** `'full'` (6·N·D) or a parameter-efficient `'lora'`/`'qlora'` (4·N·D). */
  method: FineTuningMethod;
}

/**
 * Supervised fine-tuning: FLOPs = {@link fineTuningFlops} on tokens × epochs; hours and cost from
 * {@link estimateCompute}.
 * @example sftCost({ params: 8e9, tokens: 1e9, epochs: 2, method: 'full', accelerator: { peakFlops: 1e15 }, mfu: 0.5, pricePerHourUsd: 2 })
 *   //=> { flops: 9.6e19, acceleratorHours: 53.33, costUsd: 106.67 }
 */
export function sftCost(input: SftInput): { flops: number; acceleratorHours: number; costUsd: number } {
  const epochs = requireNonNegative(input.epochs, 'sftCost', 'epochs');
  const flops = fineTuningFlops({ params: input.params, tokens: requireNonNegative(input.tokens, 'sftCost', 'tokens') * epochs, method: input.method });
  const run = estimateCompute({ flops, accelerator: input.accelerator, count: 1, mfu: input.mfu, pricePerHour: input.pricePerHourUsd });
  return { flops, acceleratorHours: run.acceleratorHours, costUsd: run.costUsd };
}

/** A published RL stage to scale from: its accelerator-hours and the active parameters it trained. */
export interface RlReference {
  acceleratorHours: number;
  activeParams: number;
}

/**
 * Accelerator-hours of an RL stage like the reference one for a model of `activeParams`:
 * reference hours × activeParams ÷ reference active parameters (see the module comment for what
 * this scaling assumes).
 * @example rlStageHours({ activeParams: 8e9, reference: { acceleratorHours: 147e3, activeParams: 37e9 } }) //=> 31783.78
 */
export function rlStageHours(input: { activeParams: number; reference: RlReference }): number {
  const where = 'rlStageHours';
  const params = requireNonNegative(input.activeParams, where, 'activeParams');
  const hours = requireNonNegative(input.reference.acceleratorHours, where, 'reference.acceleratorHours');
  return (hours * params) / requirePositive(input.reference.activeParams, where, 'reference.activeParams');
}

/** Input of {@link postTrainingCost}: an SFT pass and a round of human preferences. */
export interface PostTrainingInput extends PostTrainingRun {
  params: number;
  sftTokens: number;
  sftEpochs: number;
  method: FineTuningMethod;
  comparisons: number;
  usdPerComparison: number;
}

/** Output of {@link postTrainingCost}, US dollars. */
export interface PostTrainingCost {
  sftUsd: number;
  preferencesUsd: number;
  /** sftUsd + preferencesUsd. */
  totalUsd: number;
}

/**
 * What making a base model usable costs: an SFT pass ({@link sftCost}) plus a round of human
 * preferences ({@link preferenceDataCostUsd}). Reinforcement learning for reasoning is left out:
 * it is optional, and priced by {@link rlStageHours}.
 * @example postTrainingCost({ params: 8e9, sftTokens: 1e9, sftEpochs: 2, method: 'full', accelerator: { peakFlops: 1e15 }, mfu: 0.5,
 *   pricePerHourUsd: 2, comparisons: 10_000, usdPerComparison: 0.3 }).totalUsd //=> 3106.67
 */
export function postTrainingCost(input: PostTrainingInput): PostTrainingCost {
  const sftUsd = sftCost({ ...input, tokens: input.sftTokens, epochs: input.sftEpochs }).costUsd;
  const preferencesUsd = preferenceDataCostUsd(input);
  return { sftUsd, preferencesUsd, totalUsd: sftUsd + preferencesUsd };
}
