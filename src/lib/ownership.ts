/**
 * The figures rent-or-buy opens on, per accelerator it offers: the chip bought with its server and
 * network, hosted in a colocation facility, against the chip's default rental band. Numbers only,
 * so the calculator carries no bibliography; each figure's source is in `ownershipSources`, and a
 * unit test checks every server price against the stored price point it comes from.
 */
import { getAccelerator } from './accelerators';
import type { OwnershipInput } from './rentVsBuy';
import type { Citation } from './sources';

/** The accelerators rent-or-buy offers: those with a dated server price and a rental band. */
export type OwnedAcceleratorId = 'h100-sxm' | 'h200' | 'b200';

/** The accelerators rent-or-buy offers, in its select's order. */
export const ownedAcceleratorIds: readonly OwnedAcceleratorId[] = ['h100-sxm', 'h200', 'b200'];

/**
 * What rent-or-buy opens on for one accelerator. PUE and electricity come from the reader's shared
 * assumptions. Staff opens at 0: no published ratio of operations staff to accelerators was
 * found, so the page asks the reader for theirs (the team's cost is a line of the budget).
 */
export type OwnershipDefaults = Omit<OwnershipInput, 'pue' | 'electricityUsdPerKwh'>;

/**
 * Server power per GPU, as Epoch AI's cost model estimates it from the chip's power
 * (energy.py, chip_to_server_power): for the H100, a DGX H100's 10.2 kW shared by eight GPUs
 * (1,275 W each); for other GPUs, 1.8 × the chip's power, the average of its DGX ratios.
 * @throws Error when the chip has no published power.
 * @example serverWattsPerGpu('b200') //=> 1800 (1.8 × 1,000 W)
 */
export function serverWattsPerGpu(accelerator: OwnedAcceleratorId): number {
  if (accelerator === 'h100-sxm') return 10_200 / 8;
  const chipWatts = getAccelerator(accelerator).tdpWatts;
  /* v8 ignore next -- every offered chip publishes its power; the tests check each */
  if (chipWatts === null) throw new Error(`No published power for ${accelerator}`);
  return 1.8 * chipWatts;
}

const shared = { interconnectShare: 0.19, lifetimeYears: 4, colocationUsdPerKwMonth: 184.06, staffUsdPerYear: 0 } as const;

/**
 * Ownership defaults per offered accelerator: the server price per GPU is a dated listing of an
 * eight-GPU server (Supermicro HGX H100, HGX H200, NVIDIA DGX B200), which Epoch AI's cost model
 * counts as a server price.
 * @example ownershipDefaultsFor.b200.watts //=> 1800 (1.8 × 1,000 W)
 */
export const ownershipDefaultsFor: Readonly<Record<OwnedAcceleratorId, OwnershipDefaults>> = {
  'h100-sxm': { ...shared, serverPriceUsd: 296_644 / 8, watts: serverWattsPerGpu('h100-sxm') },
  h200: { ...shared, serverPriceUsd: 39_083.38, watts: serverWattsPerGpu('h200') },
  b200: { ...shared, serverPriceUsd: 47_409.13, watts: serverWattsPerGpu('b200') },
};

/**
 * H100 SXM ownership defaults, the accelerator rent-or-buy opens on.
 * @example ownershipDefaults.watts //=> 1275 (DGX H100: 10.2 kW for eight GPUs)
 */
export const ownershipDefaults: OwnershipDefaults & { accelerator: OwnedAcceleratorId } = {
  accelerator: 'h100-sxm',
  ...ownershipDefaultsFor['h100-sxm'],
};

/**
 * True if `x` is an accelerator rent-or-buy offers.
 * @example isOwnedAcceleratorId('h200') //=> true
 */
export function isOwnedAcceleratorId(x: unknown): x is OwnedAcceleratorId {
  return typeof x === 'string' && (ownedAcceleratorIds as readonly string[]).includes(x);
}

/** Where each ownership default comes from, for the rent-or-buy page. */
export const ownershipSources: Readonly<Record<'serverPriceUsd' | 'interconnectShare' | 'watts' | 'colocationUsdPerKwMonth', Citation>> = {
  serverPriceUsd: { source: 'epoch-hardware-prices', locator: 'row "NVIDIA H100 SXM5, 2024-03-21" (Supermicro HGX H100 8-GPU server)' },
  interconnectShare: { source: 'epoch-cost-model', locator: 'constants.py, CLUSTER_INTERCONNECT_COST_FRACTION' },
  watts: { source: 'epoch-cost-model', locator: 'energy.py, chip_to_server_power (DGX H100: 10.2 kW for 8 GPUs; other GPUs 1.8 × chip power)' },
  colocationUsdPerKwMonth: { source: 'cbre-2025-north-america-data-centers', locator: 'State of the Market (250–500 kW requirement, primary markets)' },
};
