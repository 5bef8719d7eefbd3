/**
 * A `localStorage` stand-in for @nanostores/persistent that never throws.
 *
 * The library reads and writes storage as plain properties. In private modes, with
 * storage disabled, over quota, or when a script has replaced `localStorage` with
 * something hostile, those accesses throw; here every failure degrades to "nothing
 * stored", so assumptions fall back to their cited defaults and the page keeps working.
 */
export function safeStorage(): Record<string, string> {
  const storage = resolveStorage();
  return new Proxy({} as Record<string, string>, {
    get: (_target, key) => attempt(() => (typeof key === 'string' ? storage?.getItem(key) ?? undefined : undefined)),
    set: (_target, key, value) => {
      attempt(() => typeof key === 'string' && storage?.setItem(key, String(value)));
      return true;
    },
    deleteProperty: (_target, key) => {
      attempt(() => typeof key === 'string' && storage?.removeItem(key));
      return true;
    },
    has: (_target, key) => attempt(() => typeof key === 'string' && storage?.getItem(key) != null) ?? false,
  });
}

function resolveStorage(): Storage | undefined {
  return attempt(() => (typeof localStorage === 'undefined' ? undefined : localStorage));
}

function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
