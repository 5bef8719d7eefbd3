import {
  defaultPriceBandUsd,
  getAccelerator,
  isPricedAcceleratorId,
  sourceArticlePricePerHourUsd,
  getTrainingRun,
  impliedUtilisation,
  type AcceleratorId,
  type TrainingRun,
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
export const llama65bExample: TrainingExample = { ...requireExample('llama-65b'), pricePerHourUsd: sourceArticlePricePerHourUsd('a100-80gb') };

/**
 * A run's published size, data, hardware and count as estimator inputs, with the utilisation
 * its published accelerator-hours imply and the hyperscaler end of its chip's default price band;
 * `null` when the run leaves any of them out or its chip has no default price.
 */
export function trainingExampleOf(run: TrainingRun): TrainingExample | null {
  const { params, accelerator, tokens, acceleratorCount, acceleratorHours } = run;
  if (!params || !accelerator || !tokens || !acceleratorCount || !acceleratorHours || !isPricedAcceleratorId(accelerator)) return null;
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
    pricePerHourUsd: defaultPriceBandUsd[accelerator].high,
  };
}

function requireExample(runId: string): TrainingExample {
  const example = trainingExampleOf(getTrainingRun(runId));
  if (example === null) {
    throw new Error(`Training run "${runId}" lacks the params, accelerator, tokens, count or hours an example needs.`);
  }
  return example;
}
