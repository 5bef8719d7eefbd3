/**
 * Controls a reader changed in a server-rendered calculator before its script ran. The server
 * writes a text field's or slider's value as an attribute and marks the chosen option `selected`;
 * a control rendered in the browser has neither, so only server-rendered controls count.
 * DOM only, without Preact: the resting island (`restingIsland.ts`) asks it before it loads a
 * calculator, and the calculator's frame (`useEarlyInput.ts`) replays what it finds.
 */
export function changedControls(root: ParentNode): (HTMLInputElement | HTMLSelectElement)[] {
  return [...root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].filter((control) => {
    if (control instanceof HTMLSelectElement) {
      const rendered = [...control.options].find((option) => option.hasAttribute('selected'));
      return rendered !== undefined && control.value !== rendered.value;
    }
    return (control.type === 'text' || control.type === 'range') && control.hasAttribute('value') && control.value !== control.getAttribute('value');
  });
}

/**
 * Dispatches an edit event on each control under `root` that the reader changed since the server
 * rendered it: `input` for text fields and sliders, `change` for selects. The calculator's own
 * handlers then treat it like any other edit. A text field that still has focus is one the
 * reader may still be typing into (a calculator woken by its first keystroke loads while they
 * type), so its edit is preceded by a keystroke: the field then takes it as typing, which counts
 * when whole (a pause, Enter, leaving the field), and "1e400" is never computed for "1e4".
 */
export function replayEarlyInput(root: ParentNode): void {
  for (const control of changedControls(root)) {
    if (control instanceof HTMLSelectElement) {
      control.dispatchEvent(new Event('change', { bubbles: true }));
      continue;
    }
    if (control.type === 'text' && control.ownerDocument.activeElement === control) {
      control.dispatchEvent(new KeyboardEvent('keydown', { key: 'Unidentified', bubbles: true }));
    }
    control.dispatchEvent(new Event('input', { bubbles: true }));
  }
}
