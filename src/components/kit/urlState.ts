/**
 * Calculator state in the page URL: `?train.params=70B&train.gpu=h100-sxm#training-estimator`.
 *
 * Each calculator owns the query parameters under its namespace (`train.`), so several
 * calculators on one page keep separate state. Reading takes only known keys and short
 * values; the caller still validates each value before using it, and nothing read here is
 * ever rendered as HTML.
 */

import { assumptionParamNamespace } from '~/lib';

/** Longer values are dropped unread: no reader types a 65-character quantity. */
export const maxUrlValueLength = 64;

/** The known keys of `namespace` present in `search`, with their raw (unvalidated) values. */
export function readCalculatorParams<Key extends string>(
  search: string,
  namespace: string,
  keys: readonly Key[],
): Partial<Record<Key, string>> {
  const params = safeSearchParams(search);
  const found: Partial<Record<Key, string>> = {};
  for (const key of keys) {
    const value = params.get(`${namespace}.${key}`);
    if (value !== null && value.length <= maxUrlValueLength) found[key] = value;
  }
  return found;
}

/**
 * `search` with the namespace's parameters replaced by `entries` (others kept in order).
 * Returns the string to put after the path: `''` or `?a=b`.
 */
export function writeCalculatorParams(search: string, namespace: string, entries: Readonly<Record<string, string>>): string {
  const params = safeSearchParams(search);
  for (const name of [...params.keys()]) {
    if (name.startsWith(`${namespace}.`)) params.delete(name);
  }
  for (const [key, value] of Object.entries(entries)) params.set(`${namespace}.${key}`, value);
  // Keep `$` and `,` readable in pasted links: URLSearchParams escapes more than a URL needs.
  const query = params.toString().replace(/%24/g, '$').replace(/%2C/g, ',');
  return query === '' ? '' : `?${query}`;
}

function safeSearchParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

const pendingWrites = new Map<string, { entries: Record<string, string>; anchor: string }>();
/** The shared-assumption parameters each calculator on the page asked for; the URL holds their union. */
const assumptionWrites = new Map<string, Record<string, string>>();
let assumptionsPending = false;
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Mirrors a calculator's non-default inputs into the address bar, debounced so typing
 * does not flood the history API. The fragment becomes the calculator's anchor, so a
 * pasted link scrolls to it.
 */
export function scheduleUrlWrite(namespace: string, anchor: string, entries: Record<string, string>, delayMs = 250) {
  pendingWrites.set(namespace, { entries, anchor });
  restartTimer(delayMs);
}

/**
 * Mirrors the shared assumptions a calculator (`owner`, its anchor) used and the reader changed
 * into the `a.` parameters, which hold what every calculator on the page asked for. The fragment
 * stays as it is.
 */
export function scheduleAssumptionWrite(owner: string, entries: Record<string, string>, delayMs = 250) {
  assumptionWrites.set(owner, entries);
  assumptionsPending = true;
  restartTimer(delayMs);
}

function restartTimer(delayMs: number) {
  clearTimeout(timer);
  timer = setTimeout(flushUrlWrites, delayMs);
}

/** Writes pending changes to the address bar now (the copy button calls it before reading the URL). */
export function flushUrlWrites() {
  clearTimeout(timer);
  // A test environment may tear the window down before a debounced write runs.
  if (typeof window === 'undefined') return;
  let search = window.location.search;
  let anchor = '';
  for (const [namespace, write] of pendingWrites) {
    search = writeCalculatorParams(search, namespace, write.entries);
    anchor = write.anchor;
  }
  if (assumptionsPending) search = writeCalculatorParams(search, assumptionParamNamespace, Object.assign({}, ...assumptionWrites.values()));
  if (pendingWrites.size === 0 && !assumptionsPending) return;
  pendingWrites.clear();
  assumptionsPending = false;
  const url = `${window.location.pathname}${search}${anchor ? `#${anchor}` : window.location.hash}`;
  try {
    window.history.replaceState(window.history.state, '', url);
  } catch {
    // Some embedded browsers refuse replaceState; the calculator still works without it.
  }
}
