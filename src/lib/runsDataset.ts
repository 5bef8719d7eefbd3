/**
 * The training-run dataset as downloadable files: one CSV row per run (every figure with its
 * source id and locator), and JSON with each citation's source resolved from the bibliography.
 * CSV follows RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma,
 * a quote or a line break, quotes doubled.
 */
import { getSource, type Citation, type Source } from './sources';
import type { CostEstimate, PublishedFigure, TrainingRun } from './runs/types';

/** The numeric figures of a run that become CSV column groups, with their column stem. */
export const csvFigureColumns = [
  { key: 'params', column: 'params', description: 'Parameters active per token' },
  { key: 'totalParams', column: 'total_params', description: 'Total parameters (mixture of experts only)' },
  { key: 'tokens', column: 'tokens', description: 'Training tokens' },
  { key: 'acceleratorCount', column: 'accelerator_count', description: 'Accelerators used in parallel' },
  { key: 'acceleratorHours', column: 'accelerator_hours', description: 'Accelerator-hours (GPU-hours, TPU chip-hours)' },
  { key: 'trainingFlops', column: 'training_flops', description: 'Training compute, FLOPs' },
  { key: 'energyMwh', column: 'energy_mwh', description: 'Training energy, MWh' },
  { key: 'co2Tonnes', column: 'co2_tonnes', description: 'Emissions, tonnes CO2e' },
  { key: 'wallClockDays', column: 'wall_clock_days', description: 'Wall-clock training time, days' },
  { key: 'publishedCostUsd', column: 'cost_usd', description: 'Headline cost, US dollars' },
] as const satisfies readonly { key: keyof TrainingRun; column: string; description: string }[];

/** Every CSV column in order, with what it holds (the Data page documents them from this list). */
export const csvColumns: readonly { name: string; description: string }[] = [
  { name: 'id', description: 'Stable run id (kebab-case)' },
  { name: 'name', description: 'Model name' },
  { name: 'organization', description: 'Developer' },
  { name: 'date', description: 'Publication or release, YYYY-MM' },
  { name: 'estimate_only', description: '"true" when the developer disclosed no size, data or compute' },
  { name: 'accelerator', description: 'Accelerator id in the guide’s catalog, empty when not catalogued' },
  ...csvFigureColumns.flatMap(({ column, description }) => [
    { name: column, description: `${description}; empty when not published` },
    { name: `${column}_source`, description: `Source id of ${column} (see the JSON for the full reference)` },
    { name: `${column}_locator`, description: `Table, section or page of ${column} in its source` },
  ]),
  {
    name: 'cost_usd_method',
    description:
      'How the headline cost was made: developer-stated (disclosed by the developer), recomputed-here ' +
      '(published hours × a cited, dated price), cloud-rental-estimate-third-party (an outside estimate at cloud rental prices), ' +
      'hardware-energy-estimate-third-party (an outside estimate of the amortized hardware and energy), ' +
      'article-stated (stated by one of the five popular articles the guide checks, with no primary source)',
  },
  { name: 'cost_usd_edition', description: 'Edition of the report the headline cost comes from, where it has one' },
  { name: 'cost_usd_as_of', description: 'When the headline cost was made (YYYY or YYYY-MM): the report, the disclosure, or the price it uses' },
  { name: 'notes', description: 'Caveats in prose' },
];

/**
 * One CSV field: quoted when it holds a comma, quote, CR or LF (RFC 4180 §2), quotes doubled.
 * @example csvField('a, "b"') //=> '"a, ""b"""'
 */
export function csvField(value: string | number | boolean | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The dataset as CSV text with a header row ({@link csvColumns}) and one row per run, in order.
 * Numbers are written in full (JavaScript's shortest round-trip form), so parsing gives them back.
 * @example trainingRunsCsv([getTrainingRun('gpt-4')]).split('\r\n')[0].startsWith('id,name') //=> true
 */
export function trainingRunsCsv(runs: readonly TrainingRun[]): string {
  const rows = runs.map((run) => {
    const figures = csvFigureColumns.flatMap(({ key }) => {
      const figure = run[key] as PublishedFigure<number> | undefined;
      return [figure?.value, figure?.citation.source, figure?.citation.locator];
    });
    return [
      run.id,
      run.name,
      run.organization,
      run.date,
      run.estimateOnly === true,
      run.accelerator,
      ...figures,
      run.publishedCostUsd?.method,
      run.publishedCostUsd?.edition,
      run.publishedCostUsd?.asOf,
      run.notes,
    ]
      .map(csvField)
      .join(',');
  });
  return [csvColumns.map(({ name }) => name).join(','), ...rows].join('\r\n') + '\r\n';
}

/** A citation with its bibliography entry attached. */
export type ResolvedCitation = Citation & { reference: Source };

/** A figure whose citation is resolved. */
export type ResolvedFigure<T> = Omit<PublishedFigure<T>, 'citation'> & { citation: ResolvedCitation };

/** A run with every citation resolved: the shape of each entry in the JSON download. */
export type ResolvedTrainingRun = {
  [Key in keyof TrainingRun]: TrainingRun[Key] extends PublishedFigure<infer T> | undefined
    ? TrainingRun[Key] extends CostEstimate | undefined
      ? (Omit<CostEstimate, 'citation'> & { citation: ResolvedCitation }) | undefined
      : ResolvedFigure<T> | undefined
    : TrainingRun[Key] extends CostEstimate[] | undefined
      ? (Omit<CostEstimate, 'citation'> & { citation: ResolvedCitation })[] | undefined
      : TrainingRun[Key];
};

function resolve(citation: Citation): ResolvedCitation {
  return { ...citation, reference: getSource(citation.source) };
}

function isFigure(value: unknown): value is PublishedFigure<unknown> {
  return typeof value === 'object' && value !== null && 'citation' in value && 'value' in value;
}

/**
 * A run with each figure's citation resolved to its bibliography entry (title, authors, year,
 * URL), for the JSON download. Throws when a citation names an unknown source.
 * @example resolveRunSources(getTrainingRun('llama-7b')).params?.citation.reference.year //=> 2023
 */
export function resolveRunSources(run: TrainingRun): ResolvedTrainingRun {
  const entries = Object.entries(run).map(([key, value]) => {
    if (isFigure(value)) return [key, { ...value, citation: resolve(value.citation) }];
    // The only array field is `otherCostEstimatesUsd`, a list of figures.
    if (Array.isArray(value)) {
      return [key, value.map((item: PublishedFigure<unknown>) => ({ ...item, citation: resolve(item.citation) }))];
    }
    return [key, value];
  });
  return Object.fromEntries(entries) as ResolvedTrainingRun;
}
