/**
 * Shared assumptions in a link: `?a.price.h100-sxm=2-2.5&a.mfu=35-45#training-estimator`.
 *
 * A calculator's results depend on the reader's shared assumptions as much as on its own
 * fields, so a link that should show the recipient what the sender saw carries the assumptions
 * the calculator read and the sender had changed. These parameters live under the `a.`
 * namespace, hold plain decimal numbers (a band is `low-high`), and are validated against the
 * same bounds as stored assumptions: anything malformed or out of range is ignored, never
 * misread.
 */
import { accelerators } from './accelerators';
import { assumptionDefaults, assumptionInfo, mfuInfo, type Assumptions, type Band, type ScalarAssumptionKey } from './assumptions';
import { formatBand } from './quantity/band';
import { formatQuantity } from './quantity/format';

/** An accelerator whose price is a shared assumption. */
export type PricedAssumptionId = keyof Assumptions['pricePerHourUsd'];

/** One assumption a calculator can read: an accelerator's price, the MFU band, or a scalar. */
export type AssumptionPath = `price.${PricedAssumptionId}` | 'mfu' | ScalarAssumptionKey;

/** The assumptions a link sets; whatever it does not name keeps the reader's own value. */
export interface AssumptionOverlay {
  prices: Partial<Record<PricedAssumptionId, Band>>;
  mfu?: Band;
  scalars: Partial<Record<ScalarAssumptionKey, number>>;
}

/** A link that sets nothing. */
export const emptyAssumptionOverlay: AssumptionOverlay = { prices: {}, scalars: {} };

/** The short parameter name of each scalar assumption (after `a.`). */
export const scalarAssumptionParams: Record<ScalarAssumptionKey, string> = {
  electricityUsdPerKwh: 'elec',
  pue: 'pue',
  gridKgCo2PerKwh: 'grid',
  staffCostPerPersonYearUsd: 'staff',
};

/** The query-parameter namespace of shared assumptions. */
export const assumptionParamNamespace = 'a';

const pricedIds = Object.keys(assumptionDefaults.pricePerHourUsd) as PricedAssumptionId[];
const scalarKeys = Object.keys(scalarAssumptionParams) as ScalarAssumptionKey[];
/** A decimal number as people and `String(number)` write it, without sign or exponent. */
const decimal = /^\d{1,12}(\.\d{1,12})?$/;

/** True when the overlay sets nothing. */
export function isEmptyOverlay(overlay: AssumptionOverlay): boolean {
  return Object.keys(overlay.prices).length === 0 && overlay.mfu === undefined && Object.keys(overlay.scalars).length === 0;
}

function sameBand(a: Band, b: Band): boolean {
  return a.low === b.low && a.high === b.high;
}

/** A number as the parameter writes it: the shortest decimal that reads back exactly, with float noise (0.35 × 100) trimmed. */
function writeNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}

function writeBand(band: Band, scale: number): string {
  const low = writeNumber(band.low * scale);
  const high = writeNumber(band.high * scale);
  return low === high ? low : `${low}-${high}`;
}

/**
 * The `a.` parameters (named without the namespace) for the assumptions in `paths` whose value
 * in `assumptions` differs from the guide's default: what a link must carry for its recipient to
 * compute what the sender did. The MFU band is written in percent (`mfu: '35-45'`), prices in
 * dollars per hour (`'price.h100-sxm': '2-2.5'`).
 * @example assumptionParams({ ...assumptionDefaults, pue: 1.2 }, ['pue', 'mfu']) //=> { pue: '1.2' }
 */
export function assumptionParams(assumptions: Assumptions, paths: Iterable<AssumptionPath>): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const path of new Set(paths)) {
    if (path === 'mfu') {
      if (!sameBand(assumptions.mfu, assumptionDefaults.mfu)) entries.mfu = writeBand(assumptions.mfu, 100);
    } else if (path.startsWith('price.')) {
      const id = path.slice('price.'.length) as PricedAssumptionId;
      const band = assumptions.pricePerHourUsd[id];
      if (!sameBand(band, assumptionDefaults.pricePerHourUsd[id])) entries[path] = writeBand(band, 1);
    } else {
      const key = path as ScalarAssumptionKey;
      if (assumptions[key] !== assumptionDefaults[key]) entries[scalarAssumptionParams[key]] = writeNumber(assumptions[key]);
    }
  }
  return entries;
}

/** Every assumption path there is: what the Assumptions page's own link may carry. */
export const allAssumptionPaths: readonly AssumptionPath[] = [
  ...pricedIds.map((id) => `price.${id}` as const),
  'mfu',
  ...scalarKeys,
];

function readBand(text: string | null, scale: number, min: number, max: number): Band | undefined {
  if (text === null || text.length > 64) return undefined;
  const parts = text.split('-');
  if (parts.length > 2 || !parts.every((part) => decimal.test(part))) return undefined;
  const [low, high] = [Number(parts[0]) / scale, Number(parts[parts.length - 1]) / scale];
  return low >= min && high <= max && low <= high ? { low, high } : undefined;
}

/**
 * The assumptions a link's query string sets, each validated against the bounds stored
 * assumptions obey (`assumptionInfo`, `mfuInfo`, and `maxPricePerHourUsd` for prices); a
 * malformed or out-of-range value is left out, so the reader's own value stays.
 */
export function readAssumptionParams(search: string, options: { maxPricePerHourUsd: number }): AssumptionOverlay {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return emptyAssumptionOverlay;
  }
  const name = (suffix: string) => `${assumptionParamNamespace}.${suffix}`;
  const prices: AssumptionOverlay['prices'] = {};
  for (const id of pricedIds) {
    const band = readBand(params.get(name(`price.${id}`)), 1, 0, options.maxPricePerHourUsd);
    if (band !== undefined) prices[id] = band;
  }
  const scalars: AssumptionOverlay['scalars'] = {};
  for (const key of scalarKeys) {
    const text = params.get(name(scalarAssumptionParams[key]));
    const band = readBand(text, 1, assumptionInfo[key].min, assumptionInfo[key].max);
    if (band !== undefined && band.low === band.high) scalars[key] = band.low;
  }
  const mfu = readBand(params.get(name('mfu')), 100, mfuInfo.min, mfuInfo.max);
  return mfu === undefined ? { prices, scalars } : { prices, mfu, scalars };
}

/** `assumptions` with what the link sets put over them. */
export function withOverlay(assumptions: Assumptions, overlay: AssumptionOverlay): Assumptions {
  if (isEmptyOverlay(overlay)) return assumptions;
  const prices = { ...assumptions.pricePerHourUsd };
  for (const [id, band] of Object.entries(overlay.prices) as [PricedAssumptionId, Band][]) prices[id] = band;
  return { ...assumptions, ...overlay.scalars, mfu: overlay.mfu ?? assumptions.mfu, pricePerHourUsd: prices };
}

/**
 * What the link sets, in words for the note a recipient sees: "NVIDIA H100 SXM at $2/h",
 * "utilisation (MFU) 35–45%", "electricity price: $0.05 per kWh".
 */
export function describeOverlay(overlay: AssumptionOverlay): string[] {
  const prices = accelerators.flatMap(({ id, name }) => {
    const band = overlay.prices[id as PricedAssumptionId];
    return band === undefined ? [] : [`${name} at ${formatBand(band, 'usd')}/h`];
  });
  const mfu = overlay.mfu === undefined ? [] : [`utilisation (MFU) ${formatBand(overlay.mfu, 'fraction')}`];
  const scalars = (Object.entries(overlay.scalars) as [ScalarAssumptionKey, number][]).map(([key, value]) => {
    const info = assumptionInfo[key];
    // Lower-case the label's first letter only: 'Data-centre PUE' reads 'data-centre PUE'.
    return `${info.label.charAt(0).toLowerCase()}${info.label.slice(1)}: ${formatQuantity(value, info.kind)} ${info.unit}`;
  });
  return [...prices, ...mfu, ...scalars];
}
