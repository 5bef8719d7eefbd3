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
  note: 'Published large runs reach 21% (GPT-3) to 46% (PaLM) MFU (PaLM Table 3). 30–50% spans current practice.',
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
    citation: { source: 'epoch-2024-development-cost', locator: 'Cost of staff compensation' },
    asOf: '2024-04',
    note:
      'Fully loaded: a $160,000 median base salary for AI researchers and engineers (134 offers at large ' +
      'labs, aipaygrad.es, April 2024, as Epoch AI uses it) times 1.4, the top of the 1.25–1.4 overhead ' +
      'Epoch AI applies for benefits and payroll taxes (after the U.S. Small Business Administration). ' +
      'Stock is not included: Epoch AI adds a median $100,000 a year of equity at those labs.',
  },
};

/**
 * What a person-year of the team costs, fully loaded, and what it is made of (Epoch AI's
 * development-cost notebook, 2024, "Cost of staff compensation"): the median base salary of
 * 134 AI researcher and engineer offers at large labs (aipaygrad.es, April 2024), and the
 * 1.25–1.4 overhead factor for benefits and payroll taxes. Equity is not included.
 * @example staffCostBasis.medianBaseSalaryUsd * staffCostBasis.overheadFactor.high //=> 224000
 */
export const staffCostBasis = {
  medianBaseSalaryUsd: 160_000,
  overheadFactor: { low: 1.25, high: 1.4 },
} as const;

/**
 * The defaults every reader starts from: price bands from the cited price points in `prices`,
 * a person-year at the top of the overhead range (so staff is not understated), the rest as
 * `assumptionInfo` and `mfuInfo` explain.
 */
export const assumptionDefaults: Assumptions = {
  pricePerHourUsd: defaultPriceBandUsd,
  mfu: { low: 0.3, high: 0.5 },
  electricityUsdPerKwh: 0.0892,
  pue: 1.1,
  gridKgCo2PerKwh: 0.385,
  staffCostPerPersonYearUsd: staffCostBasis.medianBaseSalaryUsd * staffCostBasis.overheadFactor.high,
};
