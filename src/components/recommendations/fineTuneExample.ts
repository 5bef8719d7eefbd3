import {
  authorYear,
  compareFineTuning,
  getAccelerator,
  getSource,
  getTrainingRun,
  impliedUtilisation,
  modelShapes,
  publishedPretrainingTokens,
  type AcceleratorId,
  type FineTuneComparison,
  type LoraTargets,
  type ModelShapeId,
  type PretrainedModelId,
} from '~/lib';

/** The fine-tune calculator's worked example, computed on the server and passed as a prop. */
export interface FineTuneExample {
  model: ModelShapeId;
  /** Tokens of the fine-tuning set (illustrative, not from a source). */
  fineTuningTokens: number;
  /** Published pre-training tokens of the model. */
  pretrainingTokens: number;
  /** Published pre-training accelerator-hours. */
  pretrainingHours: number;
  accelerator: AcceleratorId;
  /** Utilisation the published hours imply (6·N·D / (hours × peak)). */
  mfu: number;
  loraRank: number;
  loraTargets: LoraTargets;
  /** Where each model's published pre-training tokens come from, "Touvron et al. (2023), Table 1". */
  pretrainingSources: Readonly<Record<PretrainedModelId, string>>;
}

/** "Name (year), locator" for each preset's published pre-training tokens, built on the server. */
const pretrainingSources = Object.fromEntries(
  Object.entries(publishedPretrainingTokens).map(([id, { citation }]) => [
    id,
    `${authorYear(getSource(citation.source))}, ${citation.locator}`,
  ]),
) as Record<PretrainedModelId, string>;

/**
 * Llama 2 7B as published (Touvron et al. 2023b, Tables 1–2: 2T tokens, 184,320 A100-80GB hours)
 * fine-tuned on an illustrative 100M tokens with LoRA rank 8 on the query and value projections
 * (Hu et al. 2021, §7.1).
 */
export const llama2FineTuneExample: FineTuneExample = (() => {
  const run = getTrainingRun('llama-2-7b');
  const { params, tokens, acceleratorHours, accelerator } = run;
  if (!params || !tokens || !acceleratorHours || !accelerator) {
    throw new Error('Training run "llama-2-7b" lacks the params, tokens, hours or accelerator the example needs.');
  }
  return {
    model: 'llama2-7b',
    fineTuningTokens: 100e6,
    pretrainingTokens: tokens.value,
    pretrainingHours: acceleratorHours.value,
    accelerator,
    mfu: impliedUtilisation({
      params: params.value,
      tokens: tokens.value,
      acceleratorHours: acceleratorHours.value,
      peakFlops: getAccelerator(accelerator).peakFlops,
    }),
    loraRank: 8,
    loraTargets: 'qv',
    pretrainingSources,
  };
})();

/**
 * The worked example's routes (pre-training, full, LoRA, QLoRA) at a price per accelerator-hour:
 * what the build-or-fine-tune page and Claims checked quote.
 */
export function exampleComparison(example: FineTuneExample, pricePerHour: number): FineTuneComparison {
  return compareFineTuning({
    shape: modelShapes[example.model].shape,
    pretrainingTokens: example.pretrainingTokens,
    fineTuningTokens: example.fineTuningTokens,
    loraRank: example.loraRank,
    loraTargets: example.loraTargets,
    accelerator: example.accelerator,
    mfu: example.mfu,
    pricePerHour,
  });
}
