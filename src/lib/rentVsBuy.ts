/**
 * Renting an accelerator by the hour against buying one, per year of its life.
 *
 * Owning costs, per year: purchase price / lifetime (straight-line amortisation) + hosting, plus
 * electricity for the hours it is busy: watts × PUE × $/kWh / 1000 per hour (energy as in
 * Touvron et al. 2023, §6.1). Renting costs the hourly price for the same busy hours. Buying wins
 * once utilisation is high enough to spread the fixed cost over enough hours.
 */
import { getAccelerator, type AcceleratorId } from './accelerators';
import { hoursPerYear, wattsPerKilowatt } from './units';
import { requireFraction, requireNonNegative, requirePositive } from './validate';

/** Input of {@link rentVsBuy}; all money in US dollars. */
export interface RentVsBuyInput {
  /** Purchase price of one accelerator (seed articles 000, 002: an A100 ≈ $10,000). */
  purchasePriceUsd: number;
  /** Years over which it is amortised (useful life), > 0. */
  lifetimeYears: number;
  /** Power while busy, watts; or an accelerator id to use its catalogued power. */
  watts: number | AcceleratorId;
  /** Power usage effectiveness (≥ 1). */
  pue: number;
  electricityUsdPerKwh: number;
  /** Hosting per accelerator per year (rack space, cooling contract, support). */
  hostingUsdPerYear: number;
  /** Rental price per accelerator-hour. */
  rentPricePerHourUsd: number;
  /** Fraction of the year's 8766 hours the accelerator is busy, in [0, 1]. */
  utilisation: number;
}

/** Output of {@link rentVsBuy}. */
export interface RentVsBuy {
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
   * hosting and electricity); `null` when renting is cheaper at this utilisation.
   */
  breakEvenYears: number | null;
}

/**
 * Compares owning and renting one accelerator at a utilisation (see the module comment).
 * @example
 * rentVsBuy({ purchasePriceUsd: 10_000, lifetimeYears: 4, watts: 400, pue: 1.2,
 *   electricityUsdPerKwh: 0.1, hostingUsdPerYear: 1000, rentPricePerHourUsd: 1.67,
 *   utilisation: 0.5 }).cheaper //=> 'buy'
 */
export function rentVsBuy(input: RentVsBuyInput): RentVsBuy {
  const where = 'rentVsBuy';
  const price = requireNonNegative(input.purchasePriceUsd, where, 'purchasePriceUsd');
  const lifetime = requirePositive(input.lifetimeYears, where, 'lifetimeYears');
  const watts = requireNonNegative(wattsOf(input.watts), where, 'watts');
  const pue = requireNonNegative(input.pue, where, 'pue');
  const electricity = requireNonNegative(input.electricityUsdPerKwh, where, 'electricityUsdPerKwh');
  const hosting = requireNonNegative(input.hostingUsdPerYear, where, 'hostingUsdPerYear');
  const rent = requireNonNegative(input.rentPricePerHourUsd, where, 'rentPricePerHourUsd');
  const utilisation = requireFraction(input.utilisation, where, 'utilisation');

  const energyPerBusyHourUsd = (watts * pue * electricity) / wattsPerKilowatt;
  const fixedPerYear = price / lifetime + hosting;
  const busyHours = utilisation * hoursPerYear;
  const ownedCostPerYearUsd = fixedPerYear + busyHours * energyPerBusyHourUsd;
  const rentedCostPerYearUsd = busyHours * rent;
  const marginPerBusyHour = rent - energyPerBusyHourUsd;
  const threshold = marginPerBusyHour > 0 ? fixedPerYear / (hoursPerYear * marginPerBusyHour) : Infinity;
  const savingPerYear = busyHours * marginPerBusyHour - hosting;
  const buyIsCheaper = ownedCostPerYearUsd < rentedCostPerYearUsd;
  return {
    ownedCostPerYearUsd,
    rentedCostPerYearUsd,
    ownedCostPerBusyHourUsd: busyHours > 0 ? ownedCostPerYearUsd / busyHours : null,
    cheaper: buyIsCheaper ? 'buy' : 'rent',
    breakEvenUtilisation: threshold <= 1 ? threshold : null,
    // Buying cheaper means the busy-hour margin exceeds price / lifetime + hosting, so the saving is > 0.
    breakEvenYears: buyIsCheaper ? price / savingPerYear : null,
  };
}

function wattsOf(watts: number | AcceleratorId): number {
  if (typeof watts === 'number') return watts;
  const { tdpWatts } = getAccelerator(watts);
  if (tdpWatts === null) {
    throw new RangeError(`rentVsBuy: accelerator ${JSON.stringify(watts)} has no published power; pass watts as a number`);
  }
  return tdpWatts;
}
