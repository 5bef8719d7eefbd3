import {
  defaultPricePerHourUsd,
  getAccelerator,
  getTrainingRun,
  impliedUtilisation,
  type AcceleratorId,
} from '~/lib';

/** The inputs of a training estimate, as the estimator shows them. */
export interface TrainingExample {
  params: number;
  tokens: number;
  accelerator: AcceleratorId;
  count: number;
  mfu: number;
  pricePerHourUsd: number;
}

/**
 * The guide's running example: LLaMA 65B as published (Touvron et al. 2023 §2.4), with the
 * utilisation its published GPU-hours imply and the seed article's $3.93 per A100-hour.
 */
export const llama65bExample: TrainingExample = exampleFromRun('llama-65b');

function exampleFromRun(runId: string): TrainingExample {
  const run = getTrainingRun(runId);
  const { params, accelerator, tokens, acceleratorCount, acceleratorHours } = run;
  if (!params || !accelerator || !tokens || !acceleratorCount || !acceleratorHours) {
    throw new Error(`Training run "${runId}" lacks the params, accelerator, tokens, count or hours an example needs.`);
  }
  return {
    params: params.value,
    tokens: tokens.value,
    accelerator,
    count: acceleratorCount.value,
    mfu: impliedUtilisation({
      params: params.value,
      tokens: tokens.value,
      acceleratorHours: acceleratorHours.value,
      peakFlops: getAccelerator(accelerator).peakFlops,
    }),
    pricePerHourUsd: defaultPricePerHourUsd[accelerator],
  };
}
