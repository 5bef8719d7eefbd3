/**
 * Energy, electricity cost and emissions of a run: accelerator-hours × power × PUE, then × grid
 * intensity. This is how Touvron et al. 2023 (LLaMA, §6.1 and Table 15) and Patterson et al. 2021
 * (Table 4) compute theirs: the accelerators' power only, scaled by the data centre's PUE.
 */
import { kilogramsPerTonne, kilowattHoursPerMegawattHour, wattsPerKilowatt } from './units';
import { requireNonNegative } from './validate';

/** Input of {@link estimateEnergy}. */
export interface EnergyInput {
  /** Accelerator-hours of the run. */
  acceleratorHours: number;
  /** Average power per accelerator, watts (TDP is an upper bound; LLaMA used 400 W for A100). */
  watts: number;
  /** Power usage effectiveness, facility energy over IT energy (≥ 1; LLaMA assumed 1.1). */
  pue: number;
  /** Grid carbon intensity, kg CO2e per kWh (LLaMA used the US average, 0.385). */
  gridKgCo2PerKwh: number;
  /** Electricity price, US dollars per kWh. Default 0 (cost not asked for). */
  electricityUsdPerKwh?: number;
}

/** Output of {@link estimateEnergy}. */
export interface EnergyEstimate {
  energyKwh: number;
  energyMwh: number;
  co2Kg: number;
  co2Tonnes: number;
  electricityCostUsd: number;
}

/**
 * Energy in kWh = accelerator-hours × watts × PUE / 1000 (Touvron et al. 2023, §6.1).
 * @example energyKwh({ acceleratorHours: 1_022_362, watts: 400, pue: 1.1 }) //=> 449839.28
 */
export function energyKwh(input: { acceleratorHours: number; watts: number; pue: number }): number {
  const where = 'energyKwh';
  const hours = requireNonNegative(input.acceleratorHours, where, 'acceleratorHours');
  const watts = requireNonNegative(input.watts, where, 'watts');
  const pue = requireNonNegative(input.pue, where, 'pue');
  if (pue < 1) throw new RangeError(`${where}: expected pue to be ≥ 1 (facility over IT energy), received ${pue}`);
  return (hours * watts * pue) / wattsPerKilowatt;
}

/**
 * Energy, emissions and electricity cost of a run.
 * LLaMA 65B (Touvron et al. 2023, Table 15): 1,022,362 h × 400 W × 1.1 = 449.8 MWh, × 0.385
 * kg/kWh = 173 tCO2e.
 * @example
 * estimateEnergy({ acceleratorHours: 1_022_362, watts: 400, pue: 1.1, gridKgCo2PerKwh: 0.385 })
 *   .co2Tonnes //=> 173.19
 */
export function estimateEnergy(input: EnergyInput): EnergyEstimate {
  const kwh = energyKwh(input);
  const intensity = requireNonNegative(input.gridKgCo2PerKwh, 'estimateEnergy', 'gridKgCo2PerKwh');
  const price = requireNonNegative(input.electricityUsdPerKwh ?? 0, 'estimateEnergy', 'electricityUsdPerKwh');
  const co2Kg = kwh * intensity;
  return {
    energyKwh: kwh,
    energyMwh: kwh / kilowattHoursPerMegawattHour,
    co2Kg,
    co2Tonnes: co2Kg / kilogramsPerTonne,
    electricityCostUsd: kwh * price,
  };
}
