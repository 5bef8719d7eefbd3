/**
 * The figures rent-or-buy opens on: an H100 SXM bought with its server and network, hosted in a
 * colocation facility, against the default H100 rental band. Numbers only, so the calculator
 * carries no bibliography; each figure's source is in `ownershipSources`, and a unit test checks
 * the server price against the stored price point it comes from.
 */
import type { AcceleratorId } from './accelerators';
import type { OwnershipInput } from './rentVsBuy';
import type { Citation } from './sources';

/**
 * What rent-or-buy opens on, per accelerator. PUE and electricity come from the reader's shared
 * assumptions. Staff opens at 0: no published ratio of operations staff to accelerators was
 * found, so the page asks the reader for theirs (the team's cost is a line of the budget).
 */
export interface OwnershipDefaults extends Omit<OwnershipInput, 'pue' | 'electricityUsdPerKwh'> {
  accelerator: AcceleratorId;
}

/**
 * H100 SXM ownership defaults.
 * @example ownershipDefaults.watts //=> 1275 (DGX H100: 10.2 kW for eight GPUs)
 */
export const ownershipDefaults: OwnershipDefaults = {
  accelerator: 'h100-sxm',
  serverPriceUsd: 296_644 / 8,
  interconnectShare: 0.19,
  lifetimeYears: 4,
  watts: 10_200 / 8,
  colocationUsdPerKwMonth: 184.06,
  staffUsdPerYear: 0,
};

/** Where each ownership default comes from, for the rent-or-buy page. */
export const ownershipSources: Readonly<Record<'serverPriceUsd' | 'interconnectShare' | 'watts' | 'colocationUsdPerKwMonth', Citation>> = {
  serverPriceUsd: { source: 'epoch-hardware-prices', locator: 'row "NVIDIA H100 SXM5, 2024-03-21" (Supermicro HGX H100 8-GPU server)' },
  interconnectShare: { source: 'epoch-cost-model', locator: 'constants.py, CLUSTER_INTERCONNECT_COST_FRACTION' },
  watts: { source: 'epoch-cost-model', locator: 'energy.py, chip_to_server_power (DGX H100: 10.2 kW for 8 GPUs)' },
  colocationUsdPerKwMonth: { source: 'cbre-2025-north-america-data-centers', locator: 'State of the Market (250–500 kW requirement, primary markets)' },
};
