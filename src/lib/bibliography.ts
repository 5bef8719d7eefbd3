/**
 * Where each bibliography entry is cited in the library's data: accelerators, price points,
 * published training runs, shared-assumption defaults, model-shape presets and loss fits. The
 * Sources page lists these places under each entry, and a test uses them to check that every
 * cited source is in the bibliography.
 */
import { accelerators, type Accelerator } from './accelerators';
import { acceleratorSources } from './acceleratorSources';
import { assumptionInfo, mfuInfo, type AssumptionInfo } from './assumptions';
import { lossFits, type LossFit } from './chinchilla';
import { hostedApiPrices, type HostedApiPrice } from './apiPrices';
import { modelShapes, type ModelShapeId, type ModelShapePreset } from './modelShapes';
import { modelShapeSources, presetCitations, type ModelShapeSource } from './modelShapeSources';
import { pricePoints, type PricePoint } from './prices';
import { runAttention, type RunAttention } from './runAttention';
import type { Citation, SourceId } from './sources';
import { trainingRuns } from './trainingRuns';
import type { PublishedFigure, TrainingRun } from './runs/types';

/** The cited data {@link citationsBySource} walks; defaults to the library's own tables. */
export interface CitingData {
  /** Each accelerator with the sources of its figures (`acceleratorSources`). */
  accelerators: readonly (Accelerator & { sources: readonly Citation[] })[];
  pricePoints: readonly PricePoint[];
  trainingRuns: readonly TrainingRun[];
  /** Shared-assumption defaults by label (MFU band, electricity price, PUE, ...). */
  assumptions: readonly AssumptionInfo[];
  /** Each model preset with its sources (`modelShapeSources`). */
  modelShapes: readonly (ModelShapePreset & ModelShapeSource)[];
  lossFits: readonly (LossFit & { label: string })[];
  hostedApiPrices?: readonly HostedApiPrice[];
  runAttention?: Readonly<Record<string, RunAttention>>;
}

/** The library's cited tables, as {@link citationsBySource} reads them by default. */
export const libraryCitingData: CitingData = {
  accelerators: accelerators.map((a) => ({ ...a, sources: acceleratorSources[a.id] })),
  pricePoints,
  trainingRuns,
  assumptions: [mfuInfo, ...Object.values(assumptionInfo)],
  modelShapes: (Object.keys(modelShapes) as ModelShapeId[]).map((id) => ({ ...modelShapes[id], ...modelShapeSources[id] })),
  lossFits: Object.entries(lossFits).map(([label, fit]) => ({ ...fit, label })),
  hostedApiPrices,
  runAttention,
};

/** How each cited figure of a training run is named on the Sources page. */
const runFigureLabels = {
  params: 'parameters',
  totalParams: 'total parameters',
  tokens: 'training tokens',
  acceleratorCount: 'accelerator count',
  acceleratorHours: 'accelerator-hours',
  trainingFlops: 'training FLOPs',
  publishedCostUsd: 'cost',
  energyMwh: 'energy',
  co2Tonnes: 'emissions',
  wallClockDays: 'wall-clock time',
} as const satisfies Partial<Record<keyof TrainingRun, string>>;

type RunFigureKey = keyof typeof runFigureLabels;

/** "where (what, locator)" — the locator only when the citation has one. */
function place(where: string, citation: Citation): string {
  return citation.locator === undefined ? where : `${where}, ${citation.locator}`;
}

/** Every (citation, place) pair in one run: each cited figure and each other cost estimate. */
function runCitations(run: TrainingRun): [Citation, string][] {
  const pairs: [Citation, string][] = [];
  for (const key of Object.keys(runFigureLabels) as RunFigureKey[]) {
    const figure: PublishedFigure<number> | undefined = run[key];
    if (figure !== undefined) {
      pairs.push([figure.citation, `Training run ${run.name}: ${runFigureLabels[key]}`]);
    }
  }
  for (const estimate of run.otherCostEstimatesUsd ?? []) {
    pairs.push([estimate.citation, `Training run ${run.name}: other cost estimate`]);
  }
  return pairs;
}

/**
 * For each cited source id, the places in the data that cite it, in table order, each written
 * "Kind name: detail, locator" (e.g. "Training run LLaMA 65B: parameters, Table 2"). A place
 * citing the same source twice appears once per citation. Sources cited nowhere are absent.
 * @example
 * citationsBySource().get('nvidia-a100-datasheet')?.[0] //=> 'Accelerator NVIDIA A100 40GB SXM'
 */
export function citationsBySource(data: CitingData = libraryCitingData): Map<SourceId, string[]> {
  const names = new Map<string, string>(data.accelerators.map((a) => [a.id, a.name]));
  const pairs: [Citation, string][] = [
    ...data.accelerators.flatMap((a) =>
      a.sources.map((c): [Citation, string] => [c, `Accelerator ${a.name}`]),
    ),
    ...data.pricePoints.map((p): [Citation, string] => [
      p.citation,
      `Price: ${names.get(p.accelerator) ?? p.accelerator}, ${p.kind}, ${p.provider}, as of ${p.asOf}`,
    ]),
    ...data.trainingRuns.flatMap(runCitations),
    ...data.assumptions.map((a): [Citation, string] => [a.citation, `Assumption default: ${a.label}`]),
    ...data.modelShapes.flatMap(presetCitations),
    ...Object.entries(data.runAttention ?? {}).map(([id, run]): [Citation, string] => [run.citation, `Attention shape of training run ${id}`]),
    ...(data.hostedApiPrices ?? []).map((p): [Citation, string] => [p.citation, `Hosted API price: ${p.provider}, ${p.model}, as of ${p.asOf}`]),
    ...data.lossFits.map((f): [Citation, string] => [f.citation, `Loss fit: ${f.label}`]),
  ];
  const bySource = new Map<SourceId, string[]>();
  for (const [citation, where] of pairs) {
    const places = bySource.get(citation.source) ?? [];
    places.push(place(where, citation));
    bySource.set(citation.source, places);
  }
  return bySource;
}
