/**
 * History dataset: published training runs with their size, data, hardware, hours, energy and
 * cost, each figure cited. The rows live in `runs/<family>.ts`; this module assembles them.
 */
import { earlyRuns } from './runs/early';
import { frontierRuns } from './runs/frontier';
import { googleRuns } from './runs/google';
import { llama3Runs } from './runs/llama3';
import { metaRuns } from './runs/meta';
import { openRuns } from './runs/open';
import { openRecentRuns } from './runs/openRecent';
import { smallRuns } from './runs/small';
import type { PublishedFigure, TrainingRun } from './runs/types';

export type { CostEstimate, CostMethod, PublishedFigure, TrainingRun } from './runs/types';

/**
 * Order of runs: by date, then by size (active parameters, numerically: 7B before 13B), then by
 * name with its numbers compared as numbers; runs without a parameter count come last in their month.
 * @example [getTrainingRun('llama-65b'), getTrainingRun('llama-7b')].sort(compareRuns)[0].id //=> 'llama-7b'
 */
export function compareRuns(a: TrainingRun, b: TrainingRun): number {
  const size = (run: TrainingRun) => run.params?.value ?? Infinity;
  return (
    a.date.localeCompare(b.date) ||
    size(a) - size(b) ||
    a.name.localeCompare(b.name, 'en', { numeric: true })
  );
}

/** Every catalogued run, oldest first ({@link compareRuns}). */
export const trainingRuns: readonly TrainingRun[] = [
  ...earlyRuns,
  ...googleRuns,
  ...metaRuns,
  ...llama3Runs,
  ...openRuns,
  ...openRecentRuns,
  ...smallRuns,
  ...frontierRuns,
].sort(compareRuns);

const byId = new Map<string, TrainingRun>(trainingRuns.map((r) => [r.id, r]));

/**
 * The run with this id.
 * @throws Error naming the id received and listing the valid ids, when it is unknown.
 * @example getTrainingRun('llama-65b').acceleratorHours?.value //=> 1_022_362
 */
export function getTrainingRun(id: string): TrainingRun {
  const run = byId.get(id);
  if (run === undefined) {
    throw new Error(
      `Unknown training run id ${JSON.stringify(id)}; expected one of: ${[...byId.keys()].join(', ')}`,
    );
  }
  return run;
}

/** The numeric figures a run may publish. */
export type RunFigureField = 'params' | 'totalParams' | 'tokens' | 'acceleratorCount' | 'acceleratorHours' | 'trainingFlops' | 'energyMwh' | 'co2Tonnes' | 'wallClockDays';

/**
 * A figure a run publishes, for an article that quotes it: a page never prints a stand-in
 * when the data lacks what the prose promises.
 * @throws Error naming the run and the field, when the run does not publish it.
 * @example runFigure('llama-65b', 'tokens').value //=> 1.4e12
 */
export function runFigure(id: string, field: RunFigureField): PublishedFigure<number> {
  const figure = getTrainingRun(id)[field];
  if (figure === undefined) throw new Error(`Training run "${id}" publishes no ${field}; the article quoting it needs another run or figure.`);
  return figure;
}
