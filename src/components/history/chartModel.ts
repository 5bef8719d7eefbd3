/**
 * What the cost-history chart plots: one point per run with a cost, in published or re-priced
 * form, each with the link its second activation follows (the training estimator on that run,
 * or the run's page when the estimator has nothing of the run's to fill in). No drawing here.
 */
import { citationText, formatCount, runDecimalYear, type Citation, type TrainingRun } from '~/lib';
import { offersPreset } from '../steps/trainingPresets';
import { costBasis, type PlotMethod } from './methods';
import { estimatorPresetHref, runPageHref } from './runLinks';

/** Epoch AI's growth rate of frontier training cost (amortized hardware + energy), per year. */
export const epochGrowthPerYear = {
  factor: 2.4,
  citation: { source: 'cottier-2024-frontier-costs', locator: 'Abstract' } satisfies Citation,
};

/** Where a point leads and whether it counts in the trend: the same in both views. */
interface PointLinks {
  runId: string;
  name: string;
  /** YYYY-MM. */
  date: string;
  /** Decimal year (middle of the month). */
  year: number;
  /** The link the point follows: the estimator on the run's preset, or the run's page. */
  href: string;
  /** The run's page. */
  pageHref: string;
  /** True when `href` opens the estimator. */
  opensEstimator: boolean;
  /**
   * False for a post-training stage (DeepSeek-R1's reinforcement learning): plotted, but left out
   * of the fitted trend, which describes whole training runs.
   */
  inTrend: boolean;
}

/** One mark of the chart. */
export interface ChartPoint extends PointLinks {
  costUsd: number;
  method: PlotMethod;
  /** Where the cost comes from, as text: "Name (year), Title, locator". */
  sourceText: string;
  /** How and when it was made: "third-party estimate (cloud rental), AI Index 2024". */
  basis: string;
}

function linksOf(run: TrainingRun): PointLinks {
  const opensEstimator = offersPreset(run);
  return {
    runId: run.id,
    name: run.name,
    date: run.date,
    year: runDecimalYear(run.date),
    href: opensEstimator ? estimatorPresetHref(run.id) : runPageHref(run.id),
    pageHref: runPageHref(run.id),
    opensEstimator,
    inTrend: run.stage !== 'post-training',
  };
}

/** The runs with a headline cost, as published. */
export function publishedPoints(runs: readonly TrainingRun[]): ChartPoint[] {
  return runs.flatMap((run) => {
    const cost = run.publishedCostUsd;
    if (!cost) return [];
    return [
      {
        ...linksOf(run),
        costUsd: cost.value,
        method: cost.method,
        sourceText: citationText(cost.citation),
        basis: costBasis(cost),
      },
    ];
  });
}

/** A run that can be re-priced: its point without a cost, plus what re-pricing needs. */
export type RepriceableRun = PointLinks & Pick<ChartPoint, 'sourceText'> & Required<Pick<TrainingRun, 'accelerator' | 'acceleratorHours'>>;

/** The runs that publish hours and a catalogued accelerator, ready to re-price in the browser. */
export function repriceableRuns(runs: readonly TrainingRun[]): RepriceableRun[] {
  return runs.flatMap((run) => {
    const { accelerator, acceleratorHours } = run;
    if (!accelerator || !acceleratorHours) return [];
    return [
      {
        ...linksOf(run),
        accelerator,
        acceleratorHours,
        sourceText: `${formatCount(acceleratorHours.value)} accelerator-hours from ${citationText(acceleratorHours.citation)}`,
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

/**
 * The chart's data from the dataset. The time axis runs to the end of the year the site is built
 * in (`today`), so the reader's own estimate, made today, has its place after the last run.
 */
export function costHistoryData(runs: readonly TrainingRun[], today: Date = new Date()): CostHistoryData {
  const repriceable = repriceableRuns(runs);
  const years = runs.map((run) => runDecimalYear(run.date));
  return {
    published: publishedPoints(runs),
    repriceable,
    notRepriceable: runs.filter((run) => !repriceable.some((r) => r.runId === run.id)).map((run) => run.name),
    epoch: { factor: epochGrowthPerYear.factor, sourceText: citationText(epochGrowthPerYear.citation) },
    firstYear: Math.floor(Math.min(...years)),
    lastYear: Math.max(Math.ceil(Math.max(...years)), today.getUTCFullYear() + 1),
  };
}
