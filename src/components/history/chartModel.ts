/**
 * What the cost-history chart plots: one point per run with a cost, in published or re-priced
 * form, each with the link that opens the training estimator on that run. No drawing here.
 */
import {
  citationText,
  formatCount,
  runDecimalYear,
  type AcceleratorId,
  type Citation,
  type TrainingRun,
} from '~/lib';
import { withBase } from '../kit/withBase';
import type { PlotMethod } from './methods';

/** Epoch AI's growth rate of frontier training cost (amortized hardware + energy), per year. */
export const epochGrowthPerYear = {
  factor: 2.4,
  citation: { source: 'cottier-2024-frontier-costs', locator: 'Abstract' } satisfies Citation,
};

/** One mark of the chart. */
export interface ChartPoint {
  runId: string;
  name: string;
  /** YYYY-MM. */
  date: string;
  /** Decimal year (middle of the month). */
  year: number;
  costUsd: number;
  method: PlotMethod;
  /** Where the cost comes from, as text: "Name (year), Title, locator". */
  sourceText: string;
  /** Link to the training estimator pre-filled with the run's published inputs. */
  href: string;
}

/**
 * The estimator's URL state for a run: only the inputs the run publishes, formatted so the
 * estimator parses them back (`?train.params=65.2B&train.tokens=1.4T&train.gpu=a100-80gb&train.count=2048`).
 * The count goes only with a catalogued accelerator: 64 TPU chips read as 64 A100s would mislead.
 * Runs that publish none of them (GPT-4, Gemini Ultra) link to their row in the table instead,
 * by its page's path, so the link also works from the chart's embed, which has no table.
 */
export function estimatorHref(run: TrainingRun, namespace = 'train', anchor = 'training-estimator'): string {
  const params = new URLSearchParams();
  if (run.params) params.set(`${namespace}.params`, formatCount(run.params.value));
  if (run.tokens) params.set(`${namespace}.tokens`, formatCount(run.tokens.value));
  if (run.accelerator) {
    params.set(`${namespace}.gpu`, run.accelerator);
    if (run.acceleratorCount) params.set(`${namespace}.count`, String(run.acceleratorCount.value));
  }
  const query = params.toString();
  if (query === '') return `${withBase('/history/price-tag-of-progress/')}#run-${run.id}`;
  return `${withBase('/training-steps/compute/')}?${query}#${anchor}`;
}

/** The runs with a headline cost, as published. */
export function publishedPoints(runs: readonly TrainingRun[]): ChartPoint[] {
  return runs.flatMap((run) => {
    const cost = run.publishedCostUsd;
    if (!cost) return [];
    return [
      {
        runId: run.id,
        name: run.name,
        date: run.date,
        year: runDecimalYear(run.date),
        costUsd: cost.value,
        method: cost.method,
        sourceText: `${citationText(cost.citation)}${cost.edition ? ` (${cost.edition})` : ''}`,
        href: estimatorHref(run),
      },
    ];
  });
}

/** A run that can be re-priced: its point without a cost, plus what re-pricing needs. */
export type RepriceableRun = Omit<ChartPoint, 'costUsd' | 'method'> & Pick<TrainingRun, 'accelerator' | 'acceleratorHours'>;

/** The runs that publish hours and a catalogued accelerator, ready to re-price in the browser. */
export function repriceableRuns(runs: readonly TrainingRun[]): RepriceableRun[] {
  return runs.flatMap((run) => {
    const { accelerator, acceleratorHours } = run;
    if (!accelerator || !acceleratorHours) return [];
    return [
      {
        runId: run.id,
        name: run.name,
        date: run.date,
        year: runDecimalYear(run.date),
        accelerator,
        acceleratorHours,
        sourceText: `${formatCount(acceleratorHours.value)} accelerator-hours from ${citationText(acceleratorHours.citation)}`,
        href: estimatorHref(run),
      },
    ];
  });
}

/** Everything the chart island needs, computed on the server and passed as props. */
export interface CostHistoryData {
  published: ChartPoint[];
  repriceable: RepriceableRun[];
  /** Names of the runs that cannot be re-priced. */
  notRepriceable: string[];
  epoch: { factor: number; sourceText: string };
  firstYear: number;
  lastYear: number;
}

/** The chart's data from the dataset. */
export function costHistoryData(runs: readonly TrainingRun[]): CostHistoryData {
  const repriceable = repriceableRuns(runs);
  const years = runs.map((run) => runDecimalYear(run.date));
  return {
    published: publishedPoints(runs),
    repriceable,
    notRepriceable: runs.filter((run) => !repriceable.some((r) => r.runId === run.id)).map((run) => run.name),
    epoch: { factor: epochGrowthPerYear.factor, sourceText: citationText(epochGrowthPerYear.citation) },
    firstYear: Math.floor(Math.min(...years)),
    lastYear: Math.ceil(Math.max(...years)),
  };
}
