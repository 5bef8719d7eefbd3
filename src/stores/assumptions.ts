import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { computed } from 'nanostores';
import {
  accelerators,
  assumptionDefaults,
  assumptionInfo,
  mfuInfo,
  type AcceleratorId,
  type Assumptions,
  type ScalarAssumptionKey,
} from '~/lib';
import { safeStorage } from './safeStorage';

/** Storage key; the suffix changes when the shape does, so old data is ignored, not misread. */
export const assumptionsStorageKey = 'train-or-tune:assumptions:v1';

if (typeof window !== 'undefined') setPersistentEngine(safeStorage(), windowPersistentEvents);

/**
 * The reader's shared assumptions (prices, utilisation, electricity, PUE, grid intensity,
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

export function setAcceleratorPrice(id: AcceleratorId, usdPerHour: number) {
  const current = $assumptions.get();
  $assumptions.set({ ...current, pricePerHourUsd: { ...current.pricePerHourUsd, [id]: usdPerHour } });
}

export function resetAssumptions() {
  $assumptions.set(assumptionDefaults);
}

/** Highest price per accelerator-hour a stored value may hold; anything above is corrupt. */
export const maxPricePerHourUsd = 1e4;

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
    accelerators.map(({ id }) => [id, inRange(storedPrices[id], 0, maxPricePerHourUsd) ?? assumptionDefaults.pricePerHourUsd[id]]),
  ) as Record<AcceleratorId, number>;
  const mfu = isRecord(record.mfu) ? record.mfu : {};
  const mfuLow = inRange(mfu.low, mfuInfo.min, mfuInfo.max);
  const mfuHigh = inRange(mfu.high, mfuInfo.min, mfuInfo.max);
  const scalars = Object.fromEntries(
    (Object.keys(assumptionInfo) as ScalarAssumptionKey[]).map((key) => [
      key,
      inRange(record[key], assumptionInfo[key].min, assumptionInfo[key].max) ?? assumptionDefaults[key],
    ]),
  ) as Pick<Assumptions, ScalarAssumptionKey>;
  return {
    ...scalars,
    pricePerHourUsd,
    mfu: mfuLow !== undefined && mfuHigh !== undefined && mfuLow <= mfuHigh ? { low: mfuLow, high: mfuHigh } : assumptionDefaults.mfu,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function inRange(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : undefined;
}
