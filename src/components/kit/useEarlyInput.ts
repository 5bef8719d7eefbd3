import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { replayEarlyInput } from './earlyInput';

/**
 * Keeps what a reader typed or chose before the island woke up. The server-rendered fields are
 * live native controls, so a reader can type into them before the calculator's script has loaded;
 * hydration leaves that text in place but the calculator would still compute from its defaults,
 * and its next render would put them back. Right after hydration (before the browser paints),
 * every control under `root` whose value differs from the one the server rendered is replayed as
 * the reader's edit (`replayEarlyInput`).
 */
export function useEarlyInput(root: RefObject<HTMLElement>): void {
  useLayoutEffect(() => {
    if (root.current) replayEarlyInput(root.current);
  }, []);
}
