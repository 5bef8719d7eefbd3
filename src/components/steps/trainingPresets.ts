import {
  defaultPriceBandUsd,
  formatCount,
  formatFlops,
  formatPercent,
  getAccelerator,
  getTrainingRun,
  impliedUtilisation,
  isPricedAcceleratorId,
  tokensFromCompute,
  trainingRuns,
  type TrainingRun,
} from '~/lib';
import { costBasis } from '../history/methods';
import { runPageHref } from '../history/runLinks';
import { listInWords } from '../history/words';
import type { TrainingPreset } from '../TrainingEstimator';
import { runningExample, runningExampleId, type TrainingExample } from '../trainingExample';

/**
 * Whether the estimator can start from a run: a pre-training run that publishes its size. A run
 * whose developer disclosed nothing (GPT-4) has nothing to fill in, and 6·N·D does not describe a
 * post-training stage (DeepSeek-R1's reinforcement learning).
 */
export function offersPreset(run: TrainingRun): boolean {
  return run.params !== undefined && run.estimateOnly !== true && run.stage !== 'post-training';
}

/**
 * A run as an estimator preset: every input the run publishes, the tokens its published compute
 * implies when it gives compute but not tokens, the utilisation its published hours imply, and
 * for the rest the worked example's values (or, for utilisation, the reader's shared band); the
 * note says which is which. `null` for a run the estimator cannot start from ({@link offersPreset}).
 */
export function presetOf(run: TrainingRun, fallback: TrainingExample = runningExample, fallbackName = 'the worked example'): TrainingPreset | null {
  if (!offersPreset(run) || run.params === undefined) return null;
  const params = run.params.value;
  const published: string[] = ['parameters'];
  const fromExample: string[] = [];
  const details: string[] = [];

  let tokens = run.tokens?.value;
  if (tokens !== undefined) published.push('tokens');
  else if (run.trainingFlops !== undefined) {
    tokens = tokensFromCompute({ trainingFlops: run.trainingFlops.value, params });
    details.push(`tokens ${formatCount(tokens)}, implied by its published compute (${formatFlops(run.trainingFlops.value)} ÷ (6 × parameters))`);
  } else {
    tokens = fallback.tokens;
    fromExample.push(`tokens (${formatCount(tokens)})`);
  }

  const accelerator = run.accelerator ?? fallback.accelerator;
  let count = fallback.count;
  if (run.accelerator === undefined) {
    fromExample.push(`accelerator (${getAccelerator(accelerator).name})`, `accelerator count (${count.toLocaleString('en-US')})`);
  } else {
    published.push('accelerator');
    if (run.acceleratorCount !== undefined) {
      count = run.acceleratorCount.value;
      published.push('accelerator count');
    } else fromExample.push(`accelerator count (${count.toLocaleString('en-US')})`);
  }

  // Utilisation comes from published hours on a published accelerator, or not at all.
  const hours = run.accelerator === undefined ? undefined : run.acceleratorHours?.value;
  const implied = hours === undefined ? undefined : impliedUtilisation({ params, tokens, acceleratorHours: hours, peakFlops: getAccelerator(accelerator).peakFlops });
  const sharedMfu = implied === undefined || !(implied > 0 && implied <= 1);
  // The estimator counts 6 × parameters per token, without attention, so this rate differs
  // from the run page's implied utilisation, which counts attention as PaLM does.
  if (!sharedMfu) details.push(`utilisation ${formatPercent(implied!)}, implied by its ${hours!.toLocaleString('en-US')} published accelerator-hours at 6 × parameters × tokens, the estimator’s count, which leaves attention out`);

  const note = [
    `From ${run.name}: ${[`${listInWords(published)} as published`, ...details].join('; ')}.`,
    ...(sharedMfu ? ['Utilisation is not published, so it is your assumed band.'] : []),
    ...(fromExample.length > 0 ? [`Not published, so taken from ${fallbackName}: ${listInWords(fromExample)}.`] : []),
  ].join(' ');
  return {
    id: run.id,
    label: `${run.name} (${run.year})`,
    params,
    tokens,
    accelerator,
    count,
    mfu: sharedMfu ? fallback.mfu : implied!,
    // The dear end of the chip's band, as for the worked example (`trainingExampleOf`); the estimator prices at the whole band.
    pricePerHourUsd: isPricedAcceleratorId(accelerator) ? defaultPriceBandUsd[accelerator].high : fallback.pricePerHourUsd,
    note,
    href: runPageHref(run.id),
    ...(run.publishedCostUsd ? { published: { usd: run.publishedCostUsd.value, basis: costBasis(run.publishedCostUsd) } } : {}),
    ...(sharedMfu ? { sharedMfu: true } : {}),
  };
}

/**
 * Every run the estimator can start from, oldest first, as presets. Computed on the server and
 * passed to the island as a prop; a chart point or a run page opens the estimator on one with
 * `?train.preset=<id>`.
 */
export const trainingPresets: readonly TrainingPreset[] = trainingRuns.flatMap(
  (run) => presetOf(run, runningExample, `the worked example, ${getTrainingRun(runningExampleId).name}`) ?? [],
);
