import AxeBuilder from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser';
import { hydrateAll, openPage, result } from './support/page';

const path = 'training-steps/compute/';
const browser = useBrowser();

describe('links that carry a calculator’s state', () => {
  test('edit, copy the URL, open it fresh: same inputs, same outputs, scrolled to the calculator', async () => {
    const first = await openPage(browser(), path);
    await hydrateAll(first.page);
    const calculator = first.page.locator('#training-estimator');
    await calculator.getByLabel('Parameters (active per token)').fill('70B');
    await calculator.getByLabel('Accelerator', { exact: true }).selectOption('b200');
    await calculator.getByLabel('Accelerators', { exact: true }).fill('1,024');
    // Wait for the last edit to reach the URL: the first ones may be written before it.
    await expect.poll(() => first.page.url()).toContain('train.count=1,024');
    const url = first.page.url();
    expect(url).toContain('train.params=70B');
    expect(url).toContain('train.gpu=b200');
    expect(url).toContain('train.count=1,024');
    expect(url).toMatch(/#training-estimator$/);
    expect(url).not.toContain('train.tokens');
    const cost = await result(first.page, 'training-estimator', 'Compute cost');
    await first.context.close();

    const second = await openPage(browser(), url);
    const reopened = second.page.locator('#training-estimator');
    // The link scrolled the calculator into view, which is what wakes its island (client:visible);
    // on a loaded machine that takes more than the default second.
    await expect.poll(() => reopened.getByLabel('Parameters (active per token)').inputValue(), { timeout: 10_000 }).toBe('70B');
    const box = await reopened.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeLessThan(second.page.viewportSize()!.height);
    expect(box!.y + box!.height).toBeGreaterThan(0);
    expect(await reopened.getByLabel('Accelerator', { exact: true }).inputValue()).toBe('b200');
    expect(await result(second.page, 'training-estimator', 'Compute cost')).toBe(cost);
    expect(second.problems).toEqual([]);
    await second.context.close();
  });

  test('two calculators on one page keep separate state', async () => {
    const { context, page } = await openPage(browser(), path);
    await hydrateAll(page);
    const compareBefore = await result(page, 'training-estimator-compare', 'Compute cost');
    await page.locator('#training-estimator').getByLabel('Training tokens').fill('3T');
    await expect.poll(() => page.url()).toContain('train.tokens=3T');
    expect(await result(page, 'training-estimator-compare', 'Compute cost')).toBe(compareBefore);
    await page.locator('#training-estimator-compare').getByLabel('Training tokens').fill('500B');
    await expect.poll(() => page.url()).toContain('compare.tokens=500B');
    expect(page.url()).toContain('train.tokens=3T');
    await context.close();
  });

  test.each([
    ['unknown keys', '?train.bogus=1&zzz=2&train.=3'],
    ['NaN', '?train.params=NaN&train.mfu=NaN'],
    ['overflow', '?train.params=1e999&train.count=1e999'],
    ['negative', '?train.params=-5&train.price=-5'],
    ['a script tag', '?train.params=%3Cscript%3Ealert(1)%3C/script%3E&train.gpu=%3Cimg%20src=x%20onerror=alert(1)%3E'],
    ['a 10 kB value', `?train.params=${'9'.repeat(10_000)}`],
    ['a broken escape', '?train.params=%E0%A4%A&train.tokens=%'],
    ['an unknown accelerator', '?train.gpu=h9000'],
  ])('a hostile URL (%s) leaves the calculator on its defaults with no console error', async (_what, query) => {
    const clean = await openPage(browser(), path);
    await hydrateAll(clean.page);
    const defaultCost = await result(clean.page, 'training-estimator', 'Compute cost');
    await clean.context.close();

    const { context, page, problems } = await openPage(browser(), `${path}${query}`);
    page.on('dialog', (dialog) => problems.push(`dialog: ${dialog.message()}`));
    await hydrateAll(page);
    expect(await result(page, 'training-estimator', 'Compute cost')).toBe(defaultCost);
    expect(await page.locator('body').innerText()).not.toMatch(/NaN|Infinity|undefined|\[object/);
    expect(await page.locator('#training-estimator img').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('shared assumptions', () => {
  test('changing a price on the Assumptions page changes the estimator on another page', async () => {
    const { context, page } = await openPage(browser(), path);
    await hydrateAll(page);
    // The second estimator prices at the shared band (the first opens at its worked example's own price).
    const before = await result(page, 'training-estimator-compare', 'Compute cost');
    await page.goto(new URL('../../reference/assumptions/', page.url()).href);
    await hydrateAll(page);
    await page.getByLabel('NVIDIA H100 SXM', { exact: false }).first().fill('$1.50');
    await page.goto(new URL('../../training-steps/compute/', page.url()).href);
    await hydrateAll(page);
    await expect.poll(() => result(page, 'training-estimator-compare', 'Compute cost')).not.toBe(before);
    expect(await page.locator('#training-estimator-compare').getByLabel('Price per accelerator-hour').inputValue()).toMatch(/^\$1\.50?$/);
    await context.close();
  });

  test('corrupted or throwing storage leaves every calculator on its defaults, without console errors', async () => {
    const clean = await openPage(browser(), path);
    await hydrateAll(clean.page);
    const defaultCost = await result(clean.page, 'training-estimator', 'Compute cost');
    await clean.context.close();

    for (const setup of [
      () => localStorage.setItem('train-or-tune:assumptions:v1', '{not json'),
      () => localStorage.setItem('train-or-tune:assumptions:v1', '{"pricePerHourUsd":{"a100-80gb":"free"},"mfu":7}'),
      () => Object.defineProperty(window, 'localStorage', { get: () => { throw new Error('denied'); } }),
      () => {
        Storage.prototype.getItem = () => { throw new Error('denied'); };
        Storage.prototype.setItem = () => { throw new Error('denied'); };
      },
    ]) {
      const { context, page, problems } = await openPage(browser(), path, { beforeLoad: async (p) => void (await p.addInitScript(setup)) });
      await hydrateAll(page);
      expect(await result(page, 'training-estimator', 'Compute cost')).toBe(defaultCost);
      expect(problems).toEqual([]);
      await context.close();
    }
  });
});

describe('accessibility of the calculators', () => {
  test('the estimator is usable by keyboard alone', async () => {
    const { context, page } = await openPage(browser(), path);
    await hydrateAll(page);
    await page.locator('#training-estimator-params').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('7B');
    // Each main quantity is followed by its slider: Tab goes field, slider, field, slider, select.
    const stops: (string | undefined)[] = [];
    for (let tab = 0; tab < 4; tab += 1) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('aria-label') || undefined));
    }
    expect(stops).toEqual(['Model size', 'training-estimator-tokens', 'Amount of training data', 'training-estimator-gpu']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('training-estimator-precision');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('training-estimator-count');
    await expect.poll(() => page.url()).toContain('train.params=7B');
    // Written 250 ms after the last edit, which on a busy machine may be after the first write.
    await expect.poll(() => page.url()).toMatch(/train\.gpu=/);
    await page.locator('#training-estimator summary').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#training-estimator details').getAttribute('open')).not.toBeNull();
    await context.close();
  });

  test.each(['training-steps/compute/', 'reference/assumptions/'])('axe finds no serious or critical violation on %s', async (pagePath) => {
    const { context, page } = await openPage(browser(), pagePath);
    await hydrateAll(page);
    const results = await new AxeBuilder({ page })
      // Starlight's own search button: its visible label differs from its accessible name (upstream).
      .disableRules(['label-content-name-mismatch'])
      .analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });
});
