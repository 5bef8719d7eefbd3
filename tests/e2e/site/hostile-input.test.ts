/**
 * Every text input of every calculator on every page, fed hostile values: the page never shows
 * NaN, Infinity, undefined or [object …], never throws, never runs injected markup; an invalid
 * value gets a message at its field; typing the original value back restores every result.
 */
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser';
import { hydrateAll } from '../support/page';
import {
  alwaysInvalidValues,
  brokenText,
  calculatorOutputs,
  calculatorPages,
  calculatorTextInputs,
  cspViolations,
  hostileValues,
  label,
  openSitePage,
  sampledPages,
} from '../support/site';

const pages = sampledPages(calculatorPages());
const browser = useBrowser();

/** A value as a short, printable label for failure messages. */
function show(value: string): string {
  const printable = JSON.stringify(value);
  return printable.length > 40 ? `${printable.slice(0, 30)}…(${value.length} chars)` : printable;
}

describe.concurrent('hostile input in every calculator field', () => {
  test('there is at least one calculator page', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  test.each(pages.map((path) => [label(path), path]))('%s', { timeout: 240_000 }, async (_label, path) => {
    const { context, page, problems } = await openSitePage(browser(), path);
    page.on('dialog', (dialog) => {
      problems.push(`dialog opened: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await hydrateAll(page);
    const before = await calculatorOutputs(page);
    const failures: string[] = [];

    for (const { calculator, inputs } of await calculatorTextInputs(page)) {
      for (const id of inputs) {
        const field = page.locator(`[id="${id}"]`);
        const original = await field.inputValue();
        // All values in one round trip: each is set and announced with an `input` event, as
        // Playwright's fill() does, then the calculators are read once Preact has rendered.
        const states = await page.evaluate(
          async ({ id, values }) => {
            const input = document.getElementById(id) as HTMLInputElement;
            const calculators = [...document.querySelectorAll<HTMLElement>('.tot-calculator')];
            const seen = [];
            for (const value of values) {
              input.value = value;
              input.dispatchEvent(new Event('input', { bubbles: true }));
              await new Promise((resolve) => setTimeout(resolve, 0));
              const messageIds = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
              seen.push({
                value,
                invalid: input.getAttribute('aria-invalid') === 'true',
                message: messageIds.map((messageId) => document.getElementById(messageId)?.textContent ?? '').join(' ').trim(),
                text: calculators.map((calculator) => calculator.textContent ?? '').join(' '),
                injected: document.querySelectorAll('.tot-calculator img, .tot-calculator script').length,
              });
            }
            return seen;
          },
          { id, values: hostileValues },
        );
        for (const state of states) {
          const where = `#${calculator} #${id} = ${show(state.value)}`;
          const broken = state.text.match(brokenText);
          if (broken) failures.push(`${where}: shows "${broken[0]}" (…${state.text.slice(Math.max(0, broken.index! - 40), broken.index! + 20).replace(/\s+/g, ' ')}…)`);
          if (state.invalid && state.message === '') failures.push(`${where}: marked invalid with no message`);
          if (alwaysInvalidValues.has(state.value) && !state.invalid) failures.push(`${where}: accepted as valid`);
          if (state.injected > 0) failures.push(`${where}: markup injected into the calculator`);
        }
        // The way back is typed for real.
        await field.fill(original);
        const restored = await page.evaluate(async (id) => {
          await new Promise((resolve) => setTimeout(resolve, 0));
          return document.getElementById(id)?.getAttribute('aria-invalid');
        }, id);
        if (restored === 'true') failures.push(`#${calculator} #${id}: its original value ${show(original)} is invalid after the hostile values`);
        const after = await calculatorOutputs(page);
        if (JSON.stringify(after) !== JSON.stringify(before)) {
          failures.push(`#${calculator} #${id}: results differ after restoring ${show(original)}: ${JSON.stringify(after)} vs ${JSON.stringify(before)}`);
        }
      }
    }
    // The whole page, once, after every field has been through the list.
    const body = await page.locator('body').innerText();
    if (brokenText.test(body)) failures.push(`page shows ${body.match(brokenText)![0]}`);
    expect(failures.slice(0, 40)).toEqual([]);
    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });
});
