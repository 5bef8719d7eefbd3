import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { computed } from 'nanostores';
import {
  assumptionDefaults,
  assumptionInfo,
  mfuInfo,
  pricedAcceleratorIds,
  type Assumptions,
  type Band,
  type PricedAcceleratorId,
  type ScalarAssumptionKey,
} from '~/lib';
import { safeStorage } from './safeStorage';
import { assumptionsStorageKey } from './storageKeys';


/**
 * Highest price per accelerator-hour a stored value may hold; anything above is corrupt. Declared
 * before the store: creating it decodes storage with this bound, and the bundle keeps source order,
 * so declared after, the bound was still unset at that moment and every stored price was rejected.
 */
export const maxPricePerHourUsd = 1e4;

if (typeof window !== 'undefined') setPersistentEngine(safeStorage(), windowPersistentEvents);

/**
 * The reader's shared assumptions (price bands, utilisation, electricity, PUE, grid intensity,
 * staff cost), persisted in localStorage and read by every calculator on every page.
 * Whatever storage holds is validated field by field: anything missing, malformed or out of
 * range falls back to the cited default, so corrupted storage never breaks a page.
 */
export const $assumptions = persistentAtom<Assumptions>(assumptionsStorageKey, assumptionDefaults, {
  encode: (value) => JSON.stringify(value),
  decode: decodeAssumptions,
});

/** True while any assumption differs from its default: the panel shows a reset button then. */
export const $assumptionsChanged = computed($assumptions, (value) => JSON.stringify(value) !== JSON.stringify(assumptionDefaults));

export function setAssumption<Key extends Exclude<keyof Assumptions, 'pricePerHourUsd'>>(key: Key, value: Assumptions[Key]) {
  $assumptions.set({ ...$assumptions.get(), [key]: value });
}

/** Sets one accelerator's price band (one number is a band with equal ends). */
export function setAcceleratorPrice(id: PricedAcceleratorId, band: Band) {
  const current = $assumptions.get();
  $assumptions.set({ ...current, pricePerHourUsd: { ...current.pricePerHourUsd, [id]: band } });
}

export function resetAssumptions() {
  $assumptions.set(assumptionDefaults);
}

/** Reads stored JSON into valid assumptions, taking each valid field and defaulting the rest. */
export function decodeAssumptions(stored: string): Assumptions {
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return assumptionDefaults;
  }
  if (!isRecord(raw)) return assumptionDefaults;
  const record = raw;
  const storedPrices = isRecord(record.pricePerHourUsd) ? record.pricePerHourUsd : {};
  const pricePerHourUsd = Object.fromEntries(
    pricedAcceleratorIds.map((id) => [id, priceBand(storedPrices[id]) ?? assumptionDefaults.pricePerHourUsd[id]]),
  ) as Record<PricedAcceleratorId, Band>;
  const scalars = Object.fromEntries(
    (Object.keys(assumptionInfo) as ScalarAssumptionKey[]).map((key) => [
      key,
      inRange(record[key], assumptionInfo[key].min, assumptionInfo[key].max) ?? assumptionDefaults[key],
    ]),
  ) as Pick<Assumptions, ScalarAssumptionKey>;
  return {
    ...scalars,
    pricePerHourUsd,
    mfu: bandIn(record.mfu, mfuInfo.min, mfuInfo.max) ?? assumptionDefaults.mfu,
  };
}

/** A stored price: a band, or a single number (what earlier versions stored) as a band of width 0. */
function priceBand(value: unknown): Band | undefined {
  const single = inRange(value, 0, maxPricePerHourUsd);
  return single !== undefined ? { low: single, high: single } : bandIn(value, 0, maxPricePerHourUsd);
}

/** A stored `{ low, high }` with both ends in range and low ≤ high, or undefined. */
function bandIn(value: unknown, min: number, max: number): Band | undefined {
  if (!isRecord(value)) return undefined;
  const low = inRange(value.low, min, max);
  const high = inRange(value.high, min, max);
  return low !== undefined && high !== undefined && low <= high ? { low, high } : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function inRange(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : undefined;
}
