import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser';
import { hydrateAll, openPage, result } from './support/page';

const path = 'training-steps/compute/';
const browser = useBrowser();

describe('the training estimator page', () => {
  test('loads with no console error and hydrates every calculator', async () => {
    const { context, page, problems } = await openPage(browser(), path);
    await hydrateAll(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('recomputes in the browser when an input changes', async () => {
    const { context, page } = await openPage(browser(), path);
    await hydrateAll(page);
    const before = await result(page, 'training-estimator', 'Compute cost');
    await page.locator('#training-estimator').getByLabel('Training tokens').fill('2T');
    await expect.poll(() => result(page, 'training-estimator', 'Compute cost')).not.toBe(before);
    await expect.poll(() => page.locator('#training-estimator').getByText('2 trillion tokens').count()).toBe(1);
    await context.close();
  });

  test('without JavaScript the default worked example is in the page', async () => {
    const { context, page } = await openPage(browser(), path, { javaScriptEnabled: false });
    // The running example, Phi-4 (model card): 1,920 H100s × 21 days × 24 h = 967,680 H100-hours at
    // the utilisation they imply, × the default H100 band, Hyperstack $3.20 to AWS p5 $55.04 ÷ 8 =
    // $6.88: $3,096,576–$6,657,638.40, in 967,680 ÷ 1,920 = 504 h = 21 days.
    expect(await result(page, 'training-estimator', 'Compute cost')).toBe('$3.1M–$6.66M');
    expect(await result(page, 'training-estimator', 'Wall-clock time')).toBe('21 days');
    expect(await page.locator('#training-estimator').textContent()).not.toMatch(/NaN|undefined|Infinity/);
    await context.close();
  });
});
