import { trainingRuns } from '~/lib';
import type { TrainingPreset } from '../TrainingEstimator';
import { trainingExampleOf } from '../trainingExample';

/**
 * Every published run that gives parameters, tokens, a catalogued accelerator, the accelerator
 * count and accelerator-hours, as estimator presets with the utilisation those hours imply.
 * Computed on the server and passed to the island as a prop.
 */
export const trainingPresets: readonly TrainingPreset[] = trainingRuns.flatMap((run) => {
  const example = trainingExampleOf(run);
  // An implied utilisation outside (0, 1] means the published figures do not fit 6·N·D on this
  // accelerator's dense peak (e.g. FP8 runs); such a run is not a fair preset.
  if (example === null || !(example.mfu > 0 && example.mfu <= 1)) return [];
  return [{ ...example, id: run.id, label: `${run.name} (${run.year})` }];
});
