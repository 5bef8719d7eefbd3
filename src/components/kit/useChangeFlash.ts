import { useEffect, useRef, useState } from 'preact/hooks';

/** How long a changed result stays highlighted. */
export const changeFlashMs = 1200;

/**
 * Marks a displayed value that has just changed, so the eye finds what an edit moved: returns
 * `'a'` or `'b'` for {@link changeFlashMs} after each change (alternating, so that a second change
 * during the highlight restarts its animation), and `undefined` otherwise. The first value, the one
 * rendered on the server, is never marked. CSS draws the highlight (`[data-changed]`), with no
 * animation when the reader prefers reduced motion.
 */
export function useChangeFlash(value: string): 'a' | 'b' | undefined {
  const previous = useRef(value);
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    if (previous.current === value) return undefined;
    previous.current = value;
    setChanges((count) => count + 1);
    const timer = setTimeout(() => setChanges(0), changeFlashMs);
    return () => clearTimeout(timer);
  }, [value]);
  if (changes === 0) return undefined;
  return changes % 2 === 1 ? 'a' : 'b';
}
