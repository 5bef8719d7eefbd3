/**
 * Renting an accelerator by the hour against owning it, with everything ownership costs.
 *
 * Owning, per accelerator and year: the all-in purchase (the accelerator's share of its server,
 * plus the cluster network, which Epoch AI's cost model puts at 19% of a cluster's hardware cost)
 * written off over its life, plus colocation for the power it occupies (rack space, cooling,
 * power infrastructure; priced per kW per month), plus staff, plus electricity for the hours it is
 * busy: watts × PUE × $/kWh / 1000 per hour (energy as in Touvron et al. 2023, §6.1). Renting
 * costs the hourly price for the same busy hours. Buying wins once the accelerator is busy enough
 * of the year to spread the fixed cost thinner than the rental price.
 */
import type { Band } from './assumptions';
import { hoursPerYear, monthsPerYear, wattsPerKilowatt } from './units';
import { requireFraction, requireNonNegative, requirePositive } from './validate';

/** What owning one accelerator costs; all money in US dollars. */
export interface OwnershipInput {
  /** Purchase price per accelerator including its share of the server (CPUs, memory, NICs, chassis). */
  serverPriceUsd: number;
  /** Share of the cluster's hardware cost that is the network between servers, in [0, 1). */
  interconnectShare: number;
  /** Years over which the hardware is written off (straight line), > 0. */
  lifetimeYears: number;
  /** Power per accelerator with its share of the server, watts (DGX H100: 10.2 kW ÷ 8). */
  watts: number;
  /** Power usage effectiveness (≥ 1). */
  pue: number;
  electricityUsdPerKwh: number;
  /** Colocation price per kW of IT load per month (space, cooling, power infrastructure). */
  colocationUsdPerKwMonth: number;
  /** Staff and support contracts per accelerator per year. */
  staffUsdPerYear: number;
}

/** Input of {@link rentVsBuy}. */
export interface RentVsBuyInput extends OwnershipInput {
  /** Rental price per accelerator-hour. */
  rentPricePerHourUsd: number;
  /** Fraction of the year's 8,766 hours the accelerator is busy, in [0, 1]. */
  utilisation: number;
}

/** Output of {@link rentVsBuy}. */
export interface RentVsBuy {
  /** Server share plus network: what buying one accelerator really costs up front. */
  allInPurchaseUsd: number;
  /** Colocation for the accelerator's power, per year. */
  hostingUsdPerYear: number;
  ownedCostPerYearUsd: number;
  rentedCostPerYearUsd: number;
  /** Owned cost per busy hour; `null` when the accelerator is never busy. */
  ownedCostPerBusyHourUsd: number | null;
  cheaper: 'buy' | 'rent';
  /**
   * Utilisation at which owning and renting cost the same per year; `null` when buying never
   * wins, even at 100% (the rental price barely covers electricity, or the fixed cost is too high).
   */
  breakEvenUtilisation: number | null;
  /**
   * Years of use at `utilisation` after which the purchase has paid for itself (rent saved minus
   * hosting, staff and electricity); `null` when renting is cheaper at this utilisation.
   */
  breakEvenYears: number | null;
}

interface OwnershipTerms {
  allInPurchaseUsd: number;
  hostingUsdPerYear: number;
  fixedPerYearUsd: number;
  energyPerBusyHourUsd: number;
  staffUsdPerYear: number;
}

function ownershipTerms(input: OwnershipInput, where: string): OwnershipTerms {
  const server = requireNonNegative(input.serverPriceUsd, where, 'serverPriceUsd');
  const share = requireFraction(input.interconnectShare, where, 'interconnectShare');
  if (share >= 1) throw new RangeError(`${where}: expected interconnectShare < 1, received ${share}`);
  const lifetime = requirePositive(input.lifetimeYears, where, 'lifetimeYears');
  const kilowatts = requireNonNegative(input.watts, where, 'watts') / wattsPerKilowatt;
  const pue = requireNonNegative(input.pue, where, 'pue');
  const electricity = requireNonNegative(input.electricityUsdPerKwh, where, 'electricityUsdPerKwh');
  const colocation = requireNonNegative(input.colocationUsdPerKwMonth, where, 'colocationUsdPerKwMonth');
  const staffUsdPerYear = requireNonNegative(input.staffUsdPerYear, where, 'staffUsdPerYear');
  const allInPurchaseUsd = server / (1 - share);
  const hostingUsdPerYear = kilowatts * colocation * monthsPerYear;
  return {
    allInPurchaseUsd,
    hostingUsdPerYear,
    staffUsdPerYear,
    fixedPerYearUsd: allInPurchaseUsd / lifetime + hostingUsdPerYear + staffUsdPerYear,
    energyPerBusyHourUsd: kilowatts * pue * electricity,
  };
}

/**
 * The all-in purchase price of one accelerator: its server share ÷ (1 − the network's share of
 * cluster cost). With Epoch AI's 19% network share, a $37,080.50 server share becomes $45,778.40.
 * @example allInPurchaseUsd({ serverPriceUsd: 81, interconnectShare: 0.19 }) //=> 100
 */
export function allInPurchaseUsd(input: Pick<OwnershipInput, 'serverPriceUsd' | 'interconnectShare'>): number {
  const where = 'allInPurchaseUsd';
  const share = requireFraction(input.interconnectShare, where, 'interconnectShare');
  if (share >= 1) throw new RangeError(`${where}: expected interconnectShare < 1, received ${share}`);
  return requireNonNegative(input.serverPriceUsd, where, 'serverPriceUsd') / (1 - share);
}

/**
 * Owned cost of one accelerator per busy hour at a utilisation: (write-off + hosting + staff) per
 * year ÷ busy hours + electricity per busy hour; `null` at zero utilisation.
 * @example
 * ownedCostPerBusyHourUsd({ serverPriceUsd: 8766, interconnectShare: 0, lifetimeYears: 1, watts: 0,
 *   pue: 1, electricityUsdPerKwh: 0, colocationUsdPerKwMonth: 0, staffUsdPerYear: 0 }, 1) //=> 1
 */
export function ownedCostPerBusyHourUsd(input: OwnershipInput, utilisation: number): number | null {
  const where = 'ownedCostPerBusyHourUsd';
  const terms = ownershipTerms(input, where);
  const busyHours = requireFraction(utilisation, where, 'utilisation') * hoursPerYear;
  return busyHours > 0 ? terms.fixedPerYearUsd / busyHours + terms.energyPerBusyHourUsd : null;
}

/**
 * Compares owning and renting one accelerator at a utilisation (see the module comment).
 * @example
 * rentVsBuy({ serverPriceUsd: 37_080.5, interconnectShare: 0.19, lifetimeYears: 4, watts: 1275,
 *   pue: 1.1, electricityUsdPerKwh: 0.0892, colocationUsdPerKwMonth: 184.06, staffUsdPerYear: 0,
 *   rentPricePerHourUsd: 6.88, utilisation: 0.5 }).cheaper //=> 'buy'
 */
export function rentVsBuy(input: RentVsBuyInput): RentVsBuy {
  const where = 'rentVsBuy';
  const terms = ownershipTerms(input, where);
  const rent = requireNonNegative(input.rentPricePerHourUsd, where, 'rentPricePerHourUsd');
  const utilisation = requireFraction(input.utilisation, where, 'utilisation');

  const busyHours = utilisation * hoursPerYear;
  const ownedCostPerYearUsd = terms.fixedPerYearUsd + busyHours * terms.energyPerBusyHourUsd;
  const rentedCostPerYearUsd = busyHours * rent;
  const marginPerBusyHour = rent - terms.energyPerBusyHourUsd;
  const threshold = marginPerBusyHour > 0 ? terms.fixedPerYearUsd / (hoursPerYear * marginPerBusyHour) : Infinity;
  const savingPerYear = busyHours * marginPerBusyHour - terms.hostingUsdPerYear - terms.staffUsdPerYear;
  const buyIsCheaper = ownedCostPerYearUsd < rentedCostPerYearUsd;
  return {
    allInPurchaseUsd: terms.allInPurchaseUsd,
    hostingUsdPerYear: terms.hostingUsdPerYear,
    ownedCostPerYearUsd,
    rentedCostPerYearUsd,
    ownedCostPerBusyHourUsd: busyHours > 0 ? ownedCostPerYearUsd / busyHours : null,
    cheaper: buyIsCheaper ? 'buy' : 'rent',
    breakEvenUtilisation: threshold <= 1 ? threshold : null,
    // Buying cheaper means the busy-hour margin exceeds write-off + hosting + staff, so the saving is > 0.
    breakEvenYears: buyIsCheaper ? terms.allInPurchaseUsd / savingPerYear : null,
  };
}

/** Which side a grid cell falls on against a rental price band. */
export type RentOrBuyVerdict = 'buy' | 'rent' | 'depends';

/** One cell of {@link rentOrBuyTable}. */
export interface RentOrBuyCell {
  lifetimeYears: number;
  /** Owned cost per busy hour (never `null`: the table's utilisations are > 0). */
  ownedCostPerBusyHourUsd: number;
  /** 'buy' below the band's low end, 'rent' above its high end, 'depends' inside it. */
  verdict: RentOrBuyVerdict;
}

/** One row of {@link rentOrBuyTable}: a utilisation across lifetimes. */
export interface RentOrBuyRow {
  utilisation: number;
  cells: RentOrBuyCell[];
}

/** Input of {@link rentOrBuyTable}. */
export interface RentOrBuyTableInput {
  ownership: Omit<OwnershipInput, 'lifetimeYears'>;
  /** Rental price band per accelerator-hour, e.g. the default band of the same chip. */
  rentBandUsd: Band;
  /** Utilisations to tabulate, each in (0, 1]. */
  utilisations: readonly number[];
  /** Years of use to tabulate, each > 0. */
  lifetimesYears: readonly number[];
}

/**
 * How the answer moves with utilisation and years of use: the owned cost per busy hour for each
 * pair, and whether it beats the whole rental band ('buy'), loses to all of it ('rent'), or falls
 * inside it ('depends' on which rental price you can get).
 * @example
 * rentOrBuyTable({ ownership, rentBandUsd: { low: 3.2, high: 6.88 }, utilisations: [0.75],
 *   lifetimesYears: [4] })[0].cells[0].verdict //=> 'buy' (with the rent-or-buy page's defaults)
 */
export function rentOrBuyTable(input: RentOrBuyTableInput): RentOrBuyRow[] {
  const where = 'rentOrBuyTable';
  const low = requireNonNegative(input.rentBandUsd.low, where, 'rentBandUsd.low');
  const high = requireNonNegative(input.rentBandUsd.high, where, 'rentBandUsd.high');
  if (low > high) throw new RangeError(`${where}: expected rentBandUsd.low ≤ high, received ${low} > ${high}`);
  return input.utilisations.map((utilisation) => {
    if (!(utilisation > 0)) throw new RangeError(`${where}: expected utilisations > 0, received ${utilisation}`);
    return {
      utilisation,
      cells: input.lifetimesYears.map((lifetimeYears) => {
        const owned = ownedCostPerBusyHourUsd({ ...input.ownership, lifetimeYears }, utilisation) as number;
        const verdict: RentOrBuyVerdict = owned < low ? 'buy' : owned > high ? 'rent' : 'depends';
        return { lifetimeYears, ownedCostPerBusyHourUsd: owned, verdict };
      }),
    };
  });
}
