import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * Applies several field edits through a calculator's one-field `set`, one per render, so each
 * edit sees the state the previous one left (the kit's `set` closes over the render it came
 * from). A preset select uses it to put every field it fills back to the preset's value, which
 * keeps those fields out of the URL. Runs before paint: the reader never sees a half-applied preset.
 */
export function useQueuedEdits<Key extends string>(set: (key: Key, text: string) => void) {
  const queue = useRef<Array<[Key, string]>>([]);
  const [, rerender] = useState(0);
  useLayoutEffect(() => {
    const next = queue.current.shift();
    if (next) set(next[0], next[1]);
  });
  return (edits: ReadonlyArray<[Key, string]>) => {
    queue.current.push(...edits);
    rerender((n) => n + 1);
  };
}
