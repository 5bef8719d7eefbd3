import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { embedTargets } from '~/components/embeds';
import { assumptionDefaults, withOverlay, type AssumptionOverlay, type PricedAssumptionId } from '~/lib';
import { assumptionsStorageKey } from '~/stores/storageKeys';
import { useBrowser } from './support/browser';
import { hydrateAll, openPage } from './support/page';

const browser = useBrowser();

/**
 * A sender who changed every shared assumption: each price to $1.25/h (no default is $1.25),
 * utilisation 20–30%, and every scalar away from its default.
 */
const senderOverlay: AssumptionOverlay = {
  prices: Object.fromEntries(Object.keys(assumptionDefaults.pricePerHourUsd).map((id) => [id, { low: 1.25, high: 1.25 }])) as AssumptionOverlay['prices'],
  mfu: { low: 0.2, high: 0.3 },
  scalars: { electricityUsdPerKwh: 0.2, pue: 1.5, gridKgCo2PerKwh: 0.5, staffCostPerPersonYearUsd: 200_000 },
};
const senderStorage = JSON.stringify(withOverlay(assumptionDefaults, senderOverlay));

/** The calculators whose results follow a shared assumption: each must carry it in its link. */
const usingAssumptions = [
  embedTargets.TrainingEstimator,
  embedTargets.InferenceCalculator,
  embedTargets.BudgetBuilder,
  embedTargets.EnergyCalculator,
  embedTargets.RentOrBuyCalculator,
  embedTargets.DecisionHelper,
  embedTargets.FineTuneCalculator,
  embedTargets.CostCutter,
  embedTargets.LifetimeCost,
].map((target) => [target.title, target] as const);

/** Stubs the clipboard before load (no permission needed) and, for the sender, seeds their stored assumptions. */
function prepare(storage: string | null) {
  return async (page: Page) => {
    await page.addInitScript(
      ([key, value]) => {
        const copied: string[] = [];
        (window as unknown as { __copied: string[] }).__copied = copied;
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void copied.push(text) } });
        if (value !== null && sessionStorage.getItem('seeded') === null) {
          localStorage.setItem(key, value);
          sessionStorage.setItem('seeded', 'yes');
        }
      },
      [assumptionsStorageKey, storage] as const,
    );
  };
}

const results = (page: Page, anchor: string) => page.locator(`[id="${anchor}"] .tot-result output`).allTextContents();
const copied = (page: Page) => page.evaluate(() => (window as unknown as { __copied: string[] }).__copied.at(-1));

describe('a copied link carries the shared assumptions its calculator used', () => {
  test.each(usingAssumptions)('%s: the recipient, in a fresh browser, sees the sender’s results and is told why', { timeout: 90_000 }, async (_title, target) => {
    const sender = await openPage(browser(), target.article.slice(1), { beforeLoad: prepare(senderStorage) });
    await hydrateAll(sender.page);
    const calculator = sender.page.locator(`[id="${target.anchor}"]`);
    await calculator.getByRole('button', { name: 'Copy link to this calculator' }).click();
    await expect.poll(() => copied(sender.page)).toMatch(/[?&]a\./);
    const link = (await copied(sender.page))!;
    const seen = await results(sender.page, target.anchor);
    expect(seen.length).toBeGreaterThan(0);
    expect(sender.problems).toEqual([]);
    await sender.context.close();

    const recipient = await openPage(browser(), link, { beforeLoad: prepare(null) });
    await hydrateAll(recipient.page);
    await expect.poll(() => results(recipient.page, target.anchor)).toEqual(seen);
    const note = recipient.page.locator(`[id="${target.anchor}"] .tot-link-assumptions`);
    await expect.poll(() => note.textContent()).toMatch(/^This link uses .+, as its sender had set them\./);
    // Nothing was stored for the recipient.
    expect(await recipient.page.evaluate((key) => localStorage.getItem(key), assumptionsStorageKey)).toBeNull();

    // With their own assumptions (the defaults) the calculator computes from other values: the
    // link's were what it used.
    const used = recipient.page.locator(`[id="${target.anchor}"] .tot-assumptions-line`);
    const usedFromLink = await used.textContent();
    await note.getByRole('button', { name: 'Use my own' }).click();
    await expect.poll(() => used.textContent()).not.toBe(usedFromLink);
    await expect.poll(() => recipient.page.url()).not.toMatch(/[?&]a\./);
    expect(recipient.problems).toEqual([]);
    await recipient.context.close();
  });

  test('hostile assumption parameters fall back to the reader’s own values without an error', async () => {
    const hostile = '?a.price.h100-sxm=-1&a.mfu=0-900&a.pue=NaN&a.elec=1e400&a.staff=%3Cscript%3E#training-estimator';
    const plain = await openPage(browser(), 'training-steps/compute/');
    await hydrateAll(plain.page);
    const defaults = await results(plain.page, 'training-estimator');
    await plain.context.close();
    const { context, page, problems } = await openPage(browser(), `training-steps/compute/${hostile}`);
    await hydrateAll(page);
    expect(await results(page, 'training-estimator')).toEqual(defaults);
    expect(await page.locator('.tot-link-assumptions').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the Assumptions page’s own link', () => {
  test('copies every changed assumption; the recipient keeps them, and the estimator elsewhere follows', { timeout: 90_000 }, async () => {
    const sender = await openPage(browser(), 'reference/assumptions/', { beforeLoad: prepare(senderStorage) });
    await hydrateAll(sender.page);
    await sender.page.getByRole('button', { name: 'Copy a link with my assumptions' }).click();
    await expect.poll(() => copied(sender.page)).toMatch(/#assumptions-panel$/);
    const link = (await copied(sender.page))!;
    const priced = Object.keys(assumptionDefaults.pricePerHourUsd) as PricedAssumptionId[];
    for (const id of priced) expect(link).toContain(`a.price.${id}=1.25`);
    expect(link).toContain('a.mfu=20-30');
    expect(link).toContain('a.staff=200000');
    await sender.context.close();

    const recipient = await openPage(browser(), link);
    await hydrateAll(recipient.page);
    const note = recipient.page.locator('#assumptions-panel .tot-link-assumptions');
    await expect.poll(() => note.textContent()).toContain('NVIDIA H100 SXM at $1.25/h');
    await note.getByRole('button', { name: 'Keep these for the whole guide' }).click();
    await expect.poll(() => recipient.page.getByRole('status').filter({ hasText: 'Kept' }).count()).toBe(1);
    const stored = JSON.parse((await recipient.page.evaluate((key) => localStorage.getItem(key), assumptionsStorageKey))!);
    expect(stored).toEqual(JSON.parse(senderStorage));

    await recipient.page.goto(new URL('../../training-steps/compute/', recipient.page.url()).href);
    await hydrateAll(recipient.page);
    await expect
      .poll(() => recipient.page.locator('#training-estimator').getByText(/Your assumptions:/).textContent())
      .toContain('$1.25/h');
    expect(recipient.problems).toEqual([]);
    await recipient.context.close();
  });
});
