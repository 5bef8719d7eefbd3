/**
 * Epoch AI's cost estimates, read from two vintages of its database of AI models: the snapshot
 * of 20 June 2025 in Epoch's own repository for "The rising costs of training frontier AI models",
 * and the notable-models data with records up to 24 April 2026. Epoch's headline column,
 * "Training compute cost (2023 USD)", is the amortized hardware and energy cost of the final
 * run (Cottier et al. 2024); the 2026 data adds a cloud-rental estimate for some runs.
 */
import { cite, type CostEstimate } from './types';

/** The database vintage a figure was read from. */
export type EpochVintage = '2025-06' | '2026-04';

const vintages = {
  '2025-06': { source: 'epoch-2025-training-cost-trends', edition: 'Epoch AI data, June 2025' },
  '2026-04': { source: 'epoch-2026-notable-models', edition: 'Epoch AI data, April 2026' },
} as const;

/**
 * Epoch AI's amortized hardware and energy cost of a run's final training, in 2023 dollars.
 * @example epochHardwareEnergy(25_870_993.12, '2026-04', 'Claude 3.5 Sonnet').costYearUsd //=> 2023
 */
export function epochHardwareEnergy(value: number, vintage: EpochVintage, model: string, note?: string): CostEstimate {
  const { source, edition } = vintages[vintage];
  return {
    ...cite(
      value,
      source,
      `${model}, "Training compute cost (2023 USD)"`,
      `Epoch AI's estimate of the hardware and energy used up by the final run: the share of the cluster's price spent over the run, plus electricity, in 2023 dollars.${note ? ` ${note}` : ''}`,
    ),
    method: 'hardware-energy-estimate-third-party',
    edition,
    costYearUsd: 2023,
    asOf: vintage,
  };
}

/**
 * Epoch AI's cloud-rental estimate of a run's final training (the method of the AI Index
 * figures), from the April 2026 data.
 * @example epochCloud(175_966_627.18, 'Llama 3.1-405B').method //=> 'cloud-rental-estimate-third-party'
 */
export function epochCloud(value: number, model: string): CostEstimate {
  const { source, edition } = vintages['2026-04'];
  return {
    ...cite(
      value,
      source,
      `${model}, "Training compute cost (cloud)"`,
      "Epoch AI's estimate of renting the run's hardware in the cloud for its duration.",
    ),
    method: 'cloud-rental-estimate-third-party',
    edition,
    asOf: '2026-04',
  };
}
