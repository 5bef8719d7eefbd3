/**
 * Where the site keeps what a reader chose, in `localStorage`. Every key starts with
 * {@link storagePrefix}, so a page can tell whether anything is stored without loading the stores
 * (`src/components/kit/restingIsland.ts` wakes its calculators at once when something is).
 * Each key's suffix changes when the stored shape does, so old data is ignored, not misread.
 */
export const storagePrefix = 'train-or-tune:';

/** The reader's shared assumptions (`$assumptions`). */
export const assumptionsStorageKey = `${storagePrefix}assumptions:v1`;

/** The reader's last training estimate (`$lastEstimate`). */
export const lastEstimateStorageKey = `${storagePrefix}last-estimate:v1`;

/** True when the site has stored anything for this reader; false too when storage cannot be read. */
export function hasStoredChoices(): boolean {
  try {
    for (let index = 0; index < localStorage.length; index += 1) {
      if (localStorage.key(index)?.startsWith(storagePrefix)) return true;
    }
  } catch {
    // Storage disabled or hostile: the stores fall back to their defaults, as the server rendered.
  }
  return false;
}
