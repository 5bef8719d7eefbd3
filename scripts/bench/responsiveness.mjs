// @ts-check
// Calculator responsiveness: time from an `input` event on a field to the calculator's results
// changing in the DOM, over many edits, measured inside the page with performance.now(), once
// every calculator on the page is in use (its code loaded: see wake.mjs).
import { wakeCalculators } from './wake.mjs';

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url page holding calculators
 * @param {number} edits per calculator
 * @returns {Promise<{ calculator: string, field: string, edits: number, p50: number, p95: number, max: number }[]>}
 */
export async function measureResponsiveness(browser, url, edits) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const islands = await page.locator('astro-island').count();
  for (let index = 0; index < islands; index += 1) {
    await page.locator('astro-island').nth(index).scrollIntoViewIfNeeded();
  }
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr')));
  await wakeCalculators(page);
  const results = await page.evaluate(async (edits) => {
    const out = [];
    const setValue = /** @type {(input: HTMLInputElement, value: string) => void} */ (input, value) => {
      // The native setter, as a browser does when the reader types (Preact reads event.currentTarget.value).
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    /** Resolves with the time the results subtree next changes, or -1 after 2 s. */
    const nextChange = /** @type {(target: Element) => Promise<number>} */ (target) =>
      new Promise((resolve) => {
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve(-1);
        }, 2000);
        const observer = new MutationObserver(() => {
          const at = performance.now();
          clearTimeout(timer);
          observer.disconnect();
          resolve(at);
        });
        observer.observe(target, { subtree: true, childList: true, characterData: true, attributes: true });
      });
    const bump = /** @type {(text: string) => string | undefined} */ (text) => {
      const index = text.search(/\d/);
      if (index === -1) return undefined;
      const digit = Number(text[index]);
      return `${text.slice(0, index)}${digit === 9 ? 8 : digit === 0 ? 1 : digit + 1}${text.slice(index + 1)}`;
    };
    /**
     * A way to edit a field back and forth: text fields get their first digit bumped; a select
     * moves to its next option. `undefined` when the field has neither.
     * @param {Element} element
     * @returns {{ field: HTMLInputElement | HTMLSelectElement, values: [string, string], set: (value: string) => void } | undefined}
     */
    const editorOf = (element) => {
      if (element instanceof HTMLSelectElement) {
        const next = [...element.options].find((option) => option.value !== element.value)?.value;
        if (next === undefined) return undefined;
        return {
          field: element,
          values: [element.value, next],
          set: (value) => {
            element.value = value;
            element.dispatchEvent(new Event('change', { bubbles: true }));
          },
        };
      }
      const input = /** @type {HTMLInputElement} */ (element);
      const other = bump(input.value);
      return other === undefined ? undefined : { field: input, values: [input.value, other], set: (value) => setValue(input, value) };
    };
    for (const calculator of document.querySelectorAll('.tot-calculator')) {
      const results = calculator.querySelector('.tot-results') ?? calculator;
      // The first field whose edit is valid and changes the results: text fields first (typing
      // is the common edit), then selects (a calculator of choices, such as the decision helper).
      for (const element of [...calculator.querySelectorAll('input[type="text"]'), ...calculator.querySelectorAll('select')]) {
        const editor = editorOf(element);
        if (editor === undefined) continue;
        const { field, values, set } = editor;
        const probe = nextChange(results);
        set(values[1]);
        const changed = (await probe) !== -1 && field.getAttribute('aria-invalid') !== 'true';
        if (!changed) {
          set(values[0]);
          await new Promise((resolve) => setTimeout(resolve, 50));
          continue;
        }
        /** @type {number[]} */
        const times = [];
        for (let index = 0; index < edits; index += 1) {
          const done = nextChange(results);
          const start = performance.now();
          set(index % 2 === 0 ? values[0] : values[1]);
          const end = await done;
          if (end !== -1) times.push(end - start);
          // Let the browser breathe between edits, as between keystrokes.
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        set(values[0]);
        times.sort((a, b) => a - b);
        const at = (/** @type {number} */ q) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] ?? NaN;
        out.push({ calculator: calculator.id, field: field.id, edits: times.length, p50: at(0.5), p95: at(0.95), max: times[times.length - 1] ?? NaN });
        break;
      }
    }
    return out;
  }, edits);
  await context.close();
  return results;
}
