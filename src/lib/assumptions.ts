/**
 * The reader's shared assumptions and their cited defaults: what an accelerator-hour costs,
 * what utilisation a run gets, what electricity costs, the data centre's overhead, the grid's
 * carbon intensity, and what a person-year of the team costs. Calculators across the guide
 * read these (through a store in the site); this module only defines them.
 */
import { defaultPriceBandUsd, type PricedAcceleratorId } from './defaultPrices';
import type { QuantityKind } from './quantity/kinds';
import type { Citation } from './sources';

/** A low–high band for a quantity known only roughly; `low === high` for a single value. */
export interface Band {
  low: number;
  high: number;
}

/** Everything a reader can set once for the whole guide. */
export interface Assumptions {
  /**
   * Rental price per accelerator-hour, US dollars, as a low–high band per priced accelerator
   * (`low === high` when the reader sets one number).
   */
  pricePerHourUsd: Record<PricedAcceleratorId, Band>;
  /** Model FLOPs utilisation (a fraction of dense peak) for runs the reader plans. */
  mfu: Band;
  /** Electricity price, US dollars per kWh, for owned hardware. */
  electricityUsdPerKwh: number;
  /** Power usage effectiveness: facility energy over IT energy (≥ 1). */
  pue: number;
  /** Grid carbon intensity, kg CO2e per kWh. */
  gridKgCo2PerKwh: number;
  /** Fully loaded cost of one team member for a year, US dollars. */
  staffCostPerPersonYearUsd: number;
}

/** The scalar assumptions, each with its label, bounds and source (prices carry theirs in `prices`). */
export type ScalarAssumptionKey = Exclude<keyof Assumptions, 'pricePerHourUsd' | 'mfu'>;

/** How an assumption is shown, validated and cited. */
export interface AssumptionInfo {
  label: string;
  kind: QuantityKind;
  /** Unit shown after the value, e.g. "per kWh". */
  unit: string;
  min: number;
  max: number;
  citation: Citation;
  /** Month the default was read, YYYY-MM. */
  asOf: string;
  /** Why this default, in a sentence. */
  note: string;
}

/** Bounds, labels and sources of the MFU band. */
export const mfuInfo: AssumptionInfo = {
  label: 'Utilisation (MFU) of your runs',
  kind: 'fraction',
  unit: 'of dense peak',
  min: 0.001,
  max: 1,
  citation: { source: 'chowdhery-2022-palm', locator: 'Table 3' },
  asOf: '2022-04',
  note: 'Published large runs reach 21% (GPT-3) to 46% (PaLM) MFU (PaLM Table 3); LLaMA 65B’s published hours imply about 48%. 30–50% spans current practice.',
};

/** Bounds, labels and sources of each scalar assumption. */
export const assumptionInfo: Record<ScalarAssumptionKey, AssumptionInfo> = {
  electricityUsdPerKwh: {
    label: 'Electricity price',
    kind: 'usd',
    unit: 'per kWh',
    min: 0,
    max: 10,
    citation: { source: 'eia-electric-power-annual-2023', locator: 'average revenue per kWh by state, industrial, Virginia' },
    asOf: '2024-10',
    note: 'Industrial average in Virginia, the largest US data-centre market, for 2023.',
  },
  pue: {
    label: 'Data-centre PUE',
    kind: 'count',
    unit: '× IT power',
    min: 1,
    max: 5,
    citation: { source: 'touvron-2023-llama', locator: '§6.2, Table 15' },
    asOf: '2023-02',
    note: 'The PUE the LLaMA paper assumes for its carbon estimate.',
  },
  gridKgCo2PerKwh: {
    label: 'Grid carbon intensity',
    kind: 'count',
    unit: 'kg CO2e per kWh',
    min: 0,
    max: 5,
    citation: { source: 'touvron-2023-llama', locator: '§6.2, Table 15' },
    asOf: '2023-02',
    note: 'The US national average the LLaMA paper uses (0.385 kg CO2e/kWh).',
  },
  staffCostPerPersonYearUsd: {
    label: 'Cost of one person-year',
    kind: 'usd',
    unit: 'per person-year',
    min: 0,
    max: 1e8,
    citation: { source: 'seed-004-what-it-takes-foundation-model' },
    asOf: '2024-01',
    note: 'The $300k base salary the seed article reports for OpenAI engineers (a press figure; with stock, $925k).',
  },
};

/**
 * The defaults every reader starts from: price bands from the cited price points in `prices`,
 * the rest as `assumptionInfo` and `mfuInfo` explain.
 */
export const assumptionDefaults: Assumptions = {
  pricePerHourUsd: defaultPriceBandUsd,
  mfu: { low: 0.3, high: 0.5 },
  electricityUsdPerKwh: 0.0892,
  pue: 1.1,
  gridKgCo2PerKwh: 0.385,
  staffCostPerPersonYearUsd: 300_000,
};
