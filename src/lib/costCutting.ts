/**
 * Levers that cut the compute bill of a training run, applied one after another to an estimate
 * from {@link estimateTraining} so each lever's saving can be read on its own (a waterfall).
 *
 * Compute levers change the FLOPs or how fast they run, so they cut hours:
 * - a smaller model (distilled, pruned or a leaner architecture): compute is 6·N·D (Kaplan et al.
 *   2020 §2.1), linear in N. DistilBERT is 40% smaller than BERT-base and keeps 97% of its language
 *   understanding (Sanh et al. 2019, abstract); ALBERT-large has 18M parameters against BERT-large's
 *   334M (Lan et al. 2019, Table 1).
 * - fewer tokens, by starting from pre-trained weights (transfer learning, seed articles 000, 002):
 *   again linear in D.
 * - a higher utilisation (better distributed-training setup): hours ∝ 1 / MFU (PaLM §4.1).
 *
 * Price levers change what an hour costs:
 * - spot / preemptible capacity for a share s of the work, at a discount (Google Cloud: up to 91%
 *   off on-demand), paying an overhead o of extra hours for work lost to preemption:
 *   spot hours = H·s·(1 + o);
 * - a committed-use or negotiated discount c on the remaining on-demand hours (seed 001: 50–80%).
 *
 * cost = H·(1 − s)·p·(1 − c) + H·s·(1 + o)·p·(1 − spot discount).
 */
import { estimateTraining, type TrainingEstimate, type TrainingInput } from './training';
import { requireFraction, requireNonNegative, requirePositive, requireUnitInterval } from './validate';

/** The levers; a lever at its neutral value (1 for fractions of size, 0 for discounts) changes nothing. */
export interface CostLevers {
  /** Parameters of the smaller model over the original, in (0, 1]; 1 = same model. */
  modelSizeFraction: number;
  /** Training tokens still needed over the original, in (0, 1]; 1 = train on everything. */
  tokenFraction: number;
  /** Utilisation after tuning the distributed setup, in (0, 1]; `undefined` = unchanged. */
  mfu?: number;
  /** Share of the work run on spot or preemptible capacity, in [0, 1]. */
  spotShare: number;
  /** Discount of spot over on-demand, in [0, 1]. */
  spotDiscountFraction: number;
  /** Extra spot hours lost to preemption (redone work and restarts), ≥ 0: 0.1 = 10% more. */
  preemptionOverheadFraction: number;
  /** Committed-use or negotiated discount on on-demand hours, in [0, 1]. */
  committedDiscountFraction: number;
}

/** Ids of the waterfall's steps, in the order they are applied. */
export type CostLeverId = 'smaller-model' | 'fewer-tokens' | 'utilisation' | 'spot' | 'committed-discount';

/** One step of the waterfall: the cost after applying this lever on top of the previous ones. */
export interface CostLeverStep {
  lever: CostLeverId;
  /** Total compute cost after this lever, US dollars. */
  costUsd: number;
  /** What this lever saved on top of the previous ones, US dollars (negative if it adds cost). */
  savingUsd: number;
}

/** Output of {@link applyCostLevers}. */
export interface CostCut {
  baseline: TrainingEstimate;
  steps: CostLeverStep[];
  /** Accelerator-hours billed after every lever (spot overhead included). */
  acceleratorHours: number;
  /** Wall-clock hours on the baseline's accelerator count (spot overhead included). */
  wallClockHours: number;
  costUsd: number;
  /** 1 − cost / baseline cost. */
  savingFraction: number;
}

/**
 * Applies the levers to a training estimate in a fixed order (model size, tokens, utilisation,
 * spot, committed discount) and returns the cost after each; see the module comment for the formula.
 * @example
 * applyCostLevers({ run: { params: 65.2e9, tokens: 1.4e12, accelerator: 'a100-80gb', count: 2048,
 *   mfu: 0.4757, pricePerHour: 3.93 }, levers: { ...noCostLevers, committedDiscountFraction: 0.5 } })
 *   .costUsd //=> ≈ 2.01e6 (LLaMA 65B, seed 001's $4M at a 50% discount)
 */
export function applyCostLevers(input: { run: TrainingInput; levers: CostLevers }): CostCut {
  const where = 'applyCostLevers';
  const { run, levers } = input;
  const modelSize = requirePositive(levers.modelSizeFraction, where, 'modelSizeFraction');
  const tokenShare = requirePositive(levers.tokenFraction, where, 'tokenFraction');
  const spotShare = requireFraction(levers.spotShare, where, 'spotShare');
  const spotDiscount = requireFraction(levers.spotDiscountFraction, where, 'spotDiscountFraction');
  const overhead = requireNonNegative(levers.preemptionOverheadFraction, where, 'preemptionOverheadFraction');
  const committed = requireFraction(levers.committedDiscountFraction, where, 'committedDiscountFraction');
  const mfu = levers.mfu === undefined ? run.mfu : requireUnitInterval(levers.mfu, where, 'mfu');

  const baseline = estimateTraining(run);
  const smaller = estimateTraining({ ...run, params: run.params * modelSize, totalParams: undefined });
  const fewer = estimateTraining({ ...run, params: run.params * modelSize, tokens: run.tokens * tokenShare, totalParams: undefined });
  const tuned = estimateTraining({ ...run, params: run.params * modelSize, tokens: run.tokens * tokenShare, mfu, totalParams: undefined });
  const hours = tuned.acceleratorHours;
  const price = run.pricePerHour;
  const spotHours = hours * spotShare * (1 + overhead);
  const onDemandHours = hours * (1 - spotShare);
  const afterSpot = onDemandHours * price + spotHours * price * (1 - spotDiscount);
  const afterCommitted = onDemandHours * price * (1 - committed) + spotHours * price * (1 - spotDiscount);

  const costs: [CostLeverId, number][] = [
    ['smaller-model', smaller.costUsd],
    ['fewer-tokens', fewer.costUsd],
    ['utilisation', tuned.costUsd],
    ['spot', afterSpot],
    ['committed-discount', afterCommitted],
  ];
  let previous = baseline.costUsd;
  const steps = costs.map(([lever, costUsd]) => {
    const step = { lever, costUsd, savingUsd: previous - costUsd };
    previous = costUsd;
    return step;
  });
  const acceleratorHours = onDemandHours + spotHours;
  return {
    baseline,
    steps,
    acceleratorHours,
    wallClockHours: acceleratorHours / run.count,
    costUsd: afterCommitted,
    savingFraction: baseline.costUsd > 0 ? 1 - afterCommitted / baseline.costUsd : 0,
  };
}

/**
 * Levers at their neutral values: applying them leaves the estimate unchanged.
 * @example applyCostLevers({ run, levers: noCostLevers }).savingFraction //=> 0
 */
export const noCostLevers: CostLevers = {
  modelSizeFraction: 1,
  tokenFraction: 1,
  mfu: undefined,
  spotShare: 0,
  spotDiscountFraction: 0,
  preemptionOverheadFraction: 0,
  committedDiscountFraction: 0,
};
