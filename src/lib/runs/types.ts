/**
 * Shapes of the training-run history dataset. Every number is a {@link PublishedFigure}: the value
 * together with where it was published, so the History page can footnote each cell.
 */
import type { AcceleratorId } from '../accelerators';
import type { Citation, SourceId } from '../sources';

/**
 * How a dollar figure for a run was arrived at: disclosed by the developer, recomputed here from
 * published hours, or estimated by a third party (or stated, unsourced, by one of the five articles).
 */
export type CostMethod =
  /** Someone other than the developer priced the run at cloud rental rates (Epoch AI, Lambda). */
  | 'cloud-rental-estimate-third-party'
  /**
   * Someone other than the developer estimated the run's amortized hardware and energy cost: the
   * share of the cluster's purchase price used up during the run, plus electricity (Epoch AI's
   * primary method, Cottier et al. 2024).
   */
  | 'hardware-energy-estimate-third-party'
  /** The developer published the figure (MosaicML, DeepSeek). */
  | 'developer-stated'
  /** Published accelerator-hours × a cited price, multiplied out here. */
  | 'recomputed-here'
  /** Stated by one of the five articles the guide checks (a blog), without further sourcing. */
  | 'article-stated';

/** A value with the place it was published. */
export interface PublishedFigure<T> {
  value: T;
  citation: Citation;
  /** Caveats: derived arithmetic, rounding, what the figure includes or leaves out. */
  note?: string;
}

/** A dollar figure for a training run (US dollars), with how it was made. */
export type CostEstimate = PublishedFigure<number> & {
  method: CostMethod;
  /** Edition of a recurring report, e.g. 'AI Index 2024': later editions revise figures. */
  edition?: string;
  /** The year whose dollars the figure is expressed in, where the source says. */
  costYearUsd?: number;
  /**
   * When the figure was made, YYYY or YYYY-MM: the report's publication, the developer's
   * disclosure, or the date of the price a recomputation uses. Absent only when that comes from a
   * work that carries no date (an article cited "n.d."): the guide does not guess one. A headline
   * cost (`publishedCostUsd`) is always dated (a test checks).
   */
  asOf?: string;
};

/** One published training run. */
export interface TrainingRun {
  /** Stable kebab-case id, e.g. 'llama-65b'. */
  id: string;
  name: string;
  organization: string;
  /** Year of `date`. */
  year: number;
  /** Publication or release, YYYY-MM. */
  date: string;
  /**
   * Parameters active per token (for mixture-of-experts, the active ones: cost scales with them).
   * Absent only where the developer never disclosed a count (GPT-4, Gemini Ultra).
   */
  params?: PublishedFigure<number>;
  /** Total parameters of a mixture-of-experts model. */
  totalParams?: PublishedFigure<number>;
  /** Training tokens. */
  tokens?: PublishedFigure<number>;
  /** The accelerator, when it is in the catalog; otherwise named in `notes`. */
  accelerator?: AcceleratorId;
  acceleratorCount?: PublishedFigure<number>;
  /** Accelerator-hours (GPU-hours, TPU chip-hours). */
  acceleratorHours?: PublishedFigure<number>;
  /** Training compute, FLOPs. */
  trainingFlops?: PublishedFigure<number>;
  /** The headline cost figure shown in the history table. */
  publishedCostUsd?: CostEstimate;
  /** Other published or recomputed cost figures, for the "why estimates differ" discussion. */
  otherCostEstimatesUsd?: CostEstimate[];
  /** Training energy, megawatt-hours. */
  energyMwh?: PublishedFigure<number>;
  /** Training emissions, tonnes CO2-equivalent. */
  co2Tonnes?: PublishedFigure<number>;
  /** Wall-clock training time, days. */
  wallClockDays?: PublishedFigure<number>;
  /** True when the developer disclosed no size, data or compute: every figure is someone's estimate. */
  estimateOnly?: boolean;
  /**
   * What the run trained. Absent means pre-training from scratch, which 6·N·D describes; a
   * `'post-training'` run (reinforcement learning on an existing model) is not, so the training
   * estimator is not offered for it.
   */
  stage?: 'post-training';
  notes?: string;
}

/** Shorthand for a {@link PublishedFigure}: `cite(65.2e9, 'touvron-2023-llama', 'Table 2')`. */
export function cite<T>(
  value: T,
  source: SourceId,
  locator?: string,
  note?: string,
): PublishedFigure<T> {
  const citation: Citation = locator === undefined ? { source } : { source, locator };
  return note === undefined ? { value, citation } : { value, citation, note };
}
