import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/**
 * Keeps what a reader typed or chose before the island woke up. The server-rendered fields are
 * live native controls, so a reader can type into them before the calculator's script has loaded;
 * hydration leaves that text in place but the calculator would still compute from its defaults,
 * and its next render would put them back. Right after hydration (before the browser paints),
 * every control under `root` whose value differs from the one the server rendered is replayed as
 * the reader's edit: an `input` event for text fields and sliders, `change` for selects. The
 * calculator's own handlers then treat it like any other edit.
 */
export function useEarlyInput(root: RefObject<HTMLElement>): void {
  useLayoutEffect(() => {
    if (root.current) replayEarlyInput(root.current);
  }, []);
}

/**
 * Dispatches an edit event on each control under `root` that the reader changed since the server
 * rendered it. Only server-rendered controls count: the server writes a text field's value as an
 * attribute and marks the chosen option `selected`; a control rendered in the browser has neither.
 */
export function replayEarlyInput(root: HTMLElement): void {
  for (const control of root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
    if (control instanceof HTMLSelectElement) {
      const rendered = [...control.options].find((option) => option.hasAttribute('selected'));
      if (rendered !== undefined && control.value !== rendered.value) control.dispatchEvent(new Event('change', { bubbles: true }));
    } else if ((control.type === 'text' || control.type === 'range') && control.hasAttribute('value') && control.value !== control.getAttribute('value')) {
      control.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }
}
