/**
 * What each path to a working model costs over the months it is used: a hosted API billed per
 * token; or a model of your own (fine-tuned, further pre-trained, or trained from scratch) paid
 * for once and then served on rented accelerators, whole replicas at a time.
 *
 * A hosted API costs its price per token times the volume. Serving your own costs one replica's
 * monthly rent for every replica the volume needs (`ceil(volume ÷ capacity)`, at least one), so
 * serving your own pays only above a volume: the crossover, where the API's bill first reaches
 * the training cost spread over the months plus the replicas' rent. Replica capacity and rent
 * come from {@link estimateServing} (`inference.ts`); training costs from `recommend.ts`.
 */
import { estimateServing } from './inference';
import { modelShapes } from './modelShapes';
import { hoursPerMonth } from './units';
import { requireCount, requireNonNegative, requirePositive } from './validate';

/** The four paths, cheapest to start first. */
export type LifetimePath = 'hosted-api' | 'fine-tune' | 'continued-pretraining' | 'from-scratch';

/**
 * Every path, in the order tables list them.
 * @example lifetimePaths[0] //=> 'hosted-api'
 */
export const lifetimePaths: readonly LifetimePath[] = ['hosted-api', 'fine-tune', 'continued-pretraining', 'from-scratch'];

/** Prompt and generated tokens of a typical request: how a monthly volume splits. */
export interface RequestShape {
  inputTokens: number;
  outputTokens: number;
}

/** A hosted API's list prices, US dollars per million tokens. */
export interface ApiPrice {
  inputUsdPerMillion: number;
  outputUsdPerMillion: number;
}

/** One replica of your own model: what it costs a month and how many tokens (prompt and generated) it handles a month. */
export interface Replica {
  costPerMonthUsd: number;
  tokensPerMonth: number;
}

/**
 * A hosted API's price per token of volume, prompt and generated tokens mixed as a request mixes
 * them: (in · p_in + out · p_out) ÷ (in + out) ÷ 10^6.
 * @example apiUsdPerToken({ inputUsdPerMillion: 1, outputUsdPerMillion: 4 }, { inputTokens: 2000, outputTokens: 500 }) //=> 1.6e-6
 */
export function apiUsdPerToken(api: ApiPrice, request: RequestShape): number {
  const where = 'apiUsdPerToken';
  const input = requireNonNegative(api.inputUsdPerMillion, where, 'inputUsdPerMillion');
  const output = requireNonNegative(api.outputUsdPerMillion, where, 'outputUsdPerMillion');
  const inTokens = requireCount(request.inputTokens, where, 'inputTokens', 0);
  const outTokens = requireCount(request.outputTokens, where, 'outputTokens', 0);
  const total = requirePositive(inTokens + outTokens, where, 'inputTokens + outputTokens');
  return (inTokens * input + outTokens * output) / total / 1e6;
}

/**
 * A replica from a serving estimate: its rent for an average month (730.5 h) and the prompt plus
 * generated tokens it handles in that month at its throughput.
 * @example replicaOf({ devicesPerReplica: 1, outputTokensPerSecond: 100 }, { inputTokens: 300, outputTokens: 100 }, 2)
 *   //=> { costPerMonthUsd: 1461, tokensPerMonth: 1051920000 }
 */
export function replicaOf(
  serving: { devicesPerReplica: number; outputTokensPerSecond: number },
  request: RequestShape,
  pricePerHourUsd: number,
): Replica {
  const where = 'replicaOf';
  const devices = requireCount(serving.devicesPerReplica, where, 'devicesPerReplica');
  const outputPerSecond = requirePositive(serving.outputTokensPerSecond, where, 'outputTokensPerSecond');
  const price = requireNonNegative(pricePerHourUsd, where, 'pricePerHourUsd');
  const outTokens = requireCount(request.outputTokens, where, 'outputTokens');
  const inTokens = requireCount(request.inputTokens, where, 'inputTokens', 0);
  const tokensPerMonth = outputPerSecond * ((inTokens + outTokens) / outTokens) * 3600 * hoursPerMonth;
  return { costPerMonthUsd: devices * price * hoursPerMonth, tokensPerMonth };
}

/**
 * Replicas a monthly volume needs (at least one: a model you serve is up whether used or not) and their rent.
 * @example servedPerMonth({ costPerMonthUsd: 1000, tokensPerMonth: 1e9 }, 2.5e9) //=> { replicas: 3, costUsd: 3000 }
 */
export function servedPerMonth(replica: Replica, tokensPerMonth: number): { replicas: number; costUsd: number } {
  const where = 'servedPerMonth';
  const capacity = requirePositive(replica.tokensPerMonth, where, 'replica.tokensPerMonth');
  const rent = requireNonNegative(replica.costPerMonthUsd, where, 'replica.costPerMonthUsd');
  const volume = requireNonNegative(tokensPerMonth, where, 'tokensPerMonth');
  const replicas = Math.max(1, Math.ceil(volume / capacity));
  return { replicas, costUsd: replicas * rent };
}

/** Input of {@link lifetimeCosts}. */
export interface LifetimeInput {
  /** How long the model is used, months. */
  months: number;
  /** Prompt plus generated tokens a month. */
  tokensPerMonth: number;
  request: RequestShape;
  api: ApiPrice;
  replica: Replica;
  /** What each own-model path's training costs before serving starts, US dollars. */
  upfrontUsd: Record<OwnModelPath, number>;
  /**
   * What each own-model path's post-training (instruction tuning, preferences) adds before
   * serving starts, US dollars; 0 where absent.
   */
  postTrainingUsd?: Partial<Record<OwnModelPath, number>>;
}

/** The paths that train a model of your own. */
export type OwnModelPath = Exclude<LifetimePath, 'hosted-api'>;

/** One path's cost over the horizon. */
export interface LifetimeRow {
  path: LifetimePath;
  /** Training before serving (0 for the hosted API). */
  trainingUsd: number;
  /** Post-training before serving (0 for the hosted API and where none is needed). */
  postTrainingUsd: number;
  /** Training plus post-training: everything paid before the model serves. */
  upfrontUsd: number;
  monthlyUsd: number;
  /** Replicas served (0 for the hosted API). */
  replicas: number;
  /** upfront + months × monthly. */
  totalUsd: number;
}

/**
 * Each path's total over the horizon: upfront + months × monthly, where upfront is training plus
 * post-training, the API's monthly bill is volume × price per token and an own model's is its
 * replicas' rent.
 * @example lifetimeCosts({ months: 12, tokensPerMonth: 1e9, request: { inputTokens: 1, outputTokens: 0 },
 *   api: { inputUsdPerMillion: 1, outputUsdPerMillion: 1 }, replica: { costPerMonthUsd: 500, tokensPerMonth: 1e10 },
 *   upfrontUsd: { 'fine-tune': 100, 'continued-pretraining': 1e4, 'from-scratch': 1e6 } })[0].totalUsd //=> 12000
 */
export function lifetimeCosts(input: LifetimeInput): LifetimeRow[] {
  const where = 'lifetimeCosts';
  const months = requireNonNegative(input.months, where, 'months');
  const volume = requireNonNegative(input.tokensPerMonth, where, 'tokensPerMonth');
  const apiMonthly = volume * apiUsdPerToken(input.api, input.request);
  const served = servedPerMonth(input.replica, volume);
  return lifetimePaths.map((path) => {
    if (path === 'hosted-api') return { path, trainingUsd: 0, postTrainingUsd: 0, upfrontUsd: 0, monthlyUsd: apiMonthly, replicas: 0, totalUsd: months * apiMonthly };
    const trainingUsd = requireNonNegative(input.upfrontUsd[path], where, `upfrontUsd.${path}`);
    const postTrainingUsd = requireNonNegative(input.postTrainingUsd?.[path] ?? 0, where, `postTrainingUsd.${path}`);
    const upfrontUsd = trainingUsd + postTrainingUsd;
    return { path, trainingUsd, postTrainingUsd, upfrontUsd, monthlyUsd: served.costUsd, replicas: served.replicas, totalUsd: upfrontUsd + months * served.costUsd };
  });
}

/**
 * The smallest monthly volume at which serving your own model costs no more over the horizon than
 * the hosted API, or `undefined` when it never does (a replica's rent exceeds what its full
 * capacity would cost through the API). With k replicas the own path costs U/m + k·R a month and
 * the API a·V; the first k with U/m ≤ k·(a·C − R) gives V = (U/m + k·R) ÷ a.
 * @example crossoverTokensPerMonth({ apiUsdPerToken: 1e-6, replica: { costPerMonthUsd: 1000, tokensPerMonth: 1e10 }, upfrontUsd: 0, months: 12 }) //=> 1e9
 */
export function crossoverTokensPerMonth(input: { apiUsdPerToken: number; replica: Replica; upfrontUsd: number; months: number }): number | undefined {
  const where = 'crossoverTokensPerMonth';
  const perToken = requireNonNegative(input.apiUsdPerToken, where, 'apiUsdPerToken');
  const rent = requireNonNegative(input.replica.costPerMonthUsd, where, 'replica.costPerMonthUsd');
  const capacity = requirePositive(input.replica.tokensPerMonth, where, 'replica.tokensPerMonth');
  const upfront = requireNonNegative(input.upfrontUsd, where, 'upfrontUsd');
  const months = requirePositive(input.months, where, 'months');
  const gainPerReplica = perToken * capacity - rent;
  if (gainPerReplica <= 0) return undefined;
  const replicas = Math.max(1, Math.ceil(upfront / months / gainPerReplica));
  return (upfront / months + replicas * rent) / perToken;
}

/**
 * How the guide serves a model of your own: Llama 3 8B's shape in bf16 weights and cache on one
 * H100 SXM, 64 requests decoded together, requests of 2,000 prompt and 500 generated tokens.
 * The batch and request are this guide's illustration, not published figures.
 * @example referenceServing.devices //=> 1
 */
export const referenceServing = { shape: 'llama3-8b', devices: 1, batchSize: 64, request: { inputTokens: 2000, outputTokens: 500 } } as const;

/**
 * One replica of the reference serving set-up at an H100 price and compute utilisation, from
 * {@link estimateServing}.
 * @example referenceReplica({ pricePerHourUsd: 2, computeUtilisation: 0.3 }).costPerMonthUsd //=> 1461
 */
export function referenceReplica(input: { pricePerHourUsd: number; computeUtilisation: number }): Replica {
  const serving = estimateServing({
    shape: modelShapes[referenceServing.shape].shape,
    weightBytesPerParam: 2,
    kvBytesPerValue: 2,
    accelerator: 'h100-sxm',
    devices: referenceServing.devices,
    batchSize: referenceServing.batchSize,
    ...referenceServing.request,
    computeUtilisation: input.computeUtilisation,
    pricePerHour: input.pricePerHourUsd,
  });
  // Llama 3 8B in bf16 (16 GB) and 64 requests' caches fit one 80 GB H100; a test pins it.
  if (!serving.fits) throw new Error('referenceReplica: the reference model no longer fits its replica');
  return replicaOf(serving, referenceServing.request, input.pricePerHourUsd);
}
