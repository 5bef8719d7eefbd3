import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { safeStorage } from './safeStorage';
import { lastEstimateStorageKey } from './storageKeys';


/** The reader's last training estimate, for the "your run" point on the cost-history chart. */
export interface LastEstimate {
  /** Compute cost, US dollars: the low and high ends of the estimate's band (equal without a band). */
  lowUsd: number;
  highUsd: number;
  /** When it was made, YYYY-MM-DD: where the point sits on the time axis. */
  savedOn: string;
  /** The estimator's state as a query string (`train.params=70B&train.gpu=h100-sxm`): the point links back to it. */
  query: string;
}

if (typeof window !== 'undefined') setPersistentEngine(safeStorage(), windowPersistentEvents);

/** Longest stored query kept: the estimator's six fields fit well inside it. */
const maxQueryLength = 400;

/**
 * Reads a stored estimate, or `undefined` when storage holds anything else: costs must be finite
 * and 0 ≤ low ≤ high, the date a real YYYY-MM-DD, the query only `train.` parameters.
 */
export function decodeLastEstimate(stored: string): LastEstimate | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { lowUsd, highUsd, savedOn, query } = raw as Record<string, unknown>;
  const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
  if (!finite(lowUsd) || !finite(highUsd) || lowUsd < 0 || highUsd < lowUsd) return undefined;
  if (typeof savedOn !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(savedOn) || Number.isNaN(Date.parse(`${savedOn}T00:00:00Z`))) return undefined;
  if (typeof query !== 'string' || query.length > maxQueryLength || !/^(train\.[a-zA-Z]+=[^&#<>"']*)(&train\.[a-zA-Z]+=[^&#<>"']*)*$/.test(query)) return undefined;
  return { lowUsd, highUsd, savedOn, query };
}

/** The reader's last estimate, persisted; `undefined` until they change the training estimator. */
export const $lastEstimate = persistentAtom<LastEstimate | undefined>(lastEstimateStorageKey, undefined, {
  encode: (value) => (value === undefined ? undefined : JSON.stringify(value)) as string,
  decode: decodeLastEstimate,
});

/** Keeps (or, with `undefined`, forgets) the reader's last estimate. */
export function recordEstimate(estimate: LastEstimate | undefined) {
  const current = $lastEstimate.get();
  if (JSON.stringify(current) !== JSON.stringify(estimate)) $lastEstimate.set(estimate);
}
