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

/** The run the guide's running example is: Phi-4 (Microsoft Research 2024), see {@link runningExample}. */
export const runningExampleId = 'phi-4';

/**
 * The guide's running example: Phi-4 as its model card publishes it (14B parameters, 9.8T
 * tokens, 1,920 H100-80G GPUs for 21 days), at the utilisation those hours imply and the default
 * H100 price. A recent, competitive model at a scale a well-funded company can rent.
 */
export const runningExample: TrainingExample = requireExample(runningExampleId);

/**
 * LLaMA 65B as published (Touvron et al. 2023 §2.4), at the utilisation its GPU-hours imply and
 * the default A100 80GB price: the run whose cost Ruiz (2023) works through.
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
