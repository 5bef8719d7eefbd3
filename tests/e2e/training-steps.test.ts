import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  assumptionDefaults,
  datasetStorage,
  estimateEnergy,
  formatBand,
  estimateInference,
  formatCount,
  formatPercent,
  formatUsd,
  hoursPerMonth,
  projectBudget,
  rentVsBuy,
} from '../../src/lib';
import { useBrowser } from './support/browser';
import { hydrateAll, openPage, result } from './support/page';

const pages = [
  'collect-data',
  'prepare-data',
  'tokenize',
  'configure',
  'compute',
  'evaluate',
  'deploy',
  'budget',
  'energy',
  'rent-or-buy',
].map((slug) => `training-steps/${slug}/`);

const browser = useBrowser();

/** The budget's lines and total as the page shows them, exact values from data attributes. */
/** The budget's high end as the page shows it: the total and each line. */
async function budgetFromDom(page: Page) {
  return page.locator('#budget-builder .tot-budget-lines').evaluate((list) => ({
    totalUsd: Number((list as HTMLElement).dataset.totalUsdHigh),
    lines: [...list.querySelectorAll<HTMLElement>('.tot-budget-line')].map((li) => Number(li.dataset.usdHigh)),
  }));
}

describe('the training-steps section', () => {
  test.each(pages)('%s loads, hydrates, logs no error and links the glossary', async (path) => {
    const { context, page, problems } = await openPage(browser(), path);
    await hydrateAll(page);
    expect(problems).toEqual([]);
    expect(await page.locator('main a[href*="/reference/glossary/#"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main').textContent()).not.toMatch(/NaN|undefined|Infinity/);
    await context.close();
  });

  test('the tokenizer reproduces the Pile example from the library', async () => {
    const { context, page } = await openPage(browser(), 'training-steps/tokenize/');
    await hydrateAll(page);
    const expected = datasetStorage({ textBytes: 825 * 2 ** 30, bytesPerToken: 4, vocabularySize: 50_257, params: 7e9, checkpointsKept: 3 });
    expect(await result(page, 'tokenize-calculator', 'Training tokens')).toBe(formatCount(expected.tokens));
    await context.close();
  });

  test('the energy calculator reproduces LLaMA 65B’s 173 tCO2e (Touvron et al. 2023, Table 15)', async () => {
    const { context, page } = await openPage(browser(), 'training-steps/energy/');
    await hydrateAll(page);
    const expected = estimateEnergy({ acceleratorHours: 1_022_362, watts: 400, pue: 1.1, gridKgCo2PerKwh: 0.385 });
    expect(await result(page, 'energy-calculator', 'Emissions')).toBe(`${formatCount(expected.co2Tonnes)} tCO2e`);
    expect(await result(page, 'energy-calculator', 'Emissions')).toBe('173 tCO2e');
    await context.close();
  });

  test('the rent-or-buy calculator opens on 64 H100s bought all in, against the H100 rental band', async () => {
    const { context, page } = await openPage(browser(), 'training-steps/rent-or-buy/');
    await hydrateAll(page);
    // $296,644 ÷ 8 = $37,080.50 per GPU with its server, ÷ (1 − 0.19) network = $45,778.40; × 64 = $2,929,817.28.
    expect(await result(page, 'rent-or-buy', 'Upfront purchase, all in')).toBe(formatUsd(2_929_817.28));
    // Owning, $3.38 per busy hour at half-time use, sits inside the $3.20–$6.88 rental band.
    expect(await result(page, 'rent-or-buy', 'Cheaper')).toBe('Depends on the price');
    const ownership = { serverPriceUsd: 296_644 / 8, interconnectShare: 0.19, lifetimeYears: 4, watts: 1275, pue: assumptionDefaults.pue,
      electricityUsdPerKwh: assumptionDefaults.electricityUsdPerKwh, colocationUsdPerKwMonth: 184.06, staffUsdPerYear: 0, utilisation: 0.5 };
    const dearer = rentVsBuy({ ...ownership, rentPricePerHourUsd: 6.88 });
    const cheaper = rentVsBuy({ ...ownership, rentPricePerHourUsd: 3.2 });
    expect(await result(page, 'rent-or-buy', 'Break-even utilisation')).toBe(formatBand({ low: dearer.breakEvenUtilisation!, high: cheaper.breakEvenUtilisation! }, 'fraction'));
    await context.close();
  });

  const inferenceExample = {
    params: 65.2e9, bytesPerParam: 2, accelerator: 'a100-80gb' as const, mfu: assumptionDefaults.mfu.low,
    pricePerHour: 3.43, tokensPerMonth: 1e9, // AWS p4de's $27.44705 ÷ 8, as the field shows it
  };

  test('the serving calculator reproduces the library’s cost per million tokens', async () => {
    const { context, page } = await openPage(browser(), 'training-steps/deploy/');
    await hydrateAll(page);
    const expected = estimateInference({ ...inferenceExample, batchSize: 1 });
    expect(await result(page, 'inference-calculator', 'Cost per million tokens')).toBe(formatUsd(expected.costPerMillionTokensUsd));
    await context.close();
  });

  test('the budget builder opens on 64 H100s for a month with sourced defaults, and its total is the sum of its lines', async () => {
    const { context, page } = await openPage(browser(), 'training-steps/budget/');
    await hydrateAll(page);
    // 64 × 730.5 h × $3.20 × 2 experiments = $299,212.80 to 64 × 730.5 h × $6.88 × 10 = $3,216,537.60, plus
    // $100k data, $50k preparation, $450k staff, $15,840 storage, $50k networking, $25k evaluation.
    const expected = (computeUsd: number) => projectBudget({
      computeUsd, experimentsMultiplier: 1, discountFraction: 0,
      dataAcquisitionUsd: 100e3, dataPreparationUsd: 50e3, storageUsd: 15_840, networkingUsd: 50e3, evaluationUsd: 25e3, energyUsd: 0,
      staff: { people: 3, costPerPersonYearUsd: assumptionDefaults.staffCostPerPersonYearUsd, months: 6 },
    }).totalUsd;
    expect(await result(page, 'budget-builder', 'Total budget')).toBe(formatBand({ low: expected(64 * hoursPerMonth * 3.2 * 2), high: expected(64 * hoursPerMonth * 6.88 * 10) }, 'usd'));
    for (const [label, text] of [['Experiments multiplier', '4'], ['Discount on compute', '70%'], ['Storage', '$12,345']] as const) {
      await page.locator('#budget-builder').getByLabel(label, { exact: true }).fill(text);
      await expect.poll(async () => (await budgetFromDom(page)).lines.join()).not.toBe('');
      const { totalUsd, lines } = await budgetFromDom(page);
      expect(lines.reduce((sum, usd) => sum + usd, 0)).toBeCloseTo(totalUsd, 6);
      expect(await result(page, 'budget-builder', 'Total budget')).toMatch(new RegExp(`${formatUsd(totalUsd).replace(/[$.]/g, '\\$&')}$`));
    }
    await context.close();
  });

  test.each([
    ['budget', 'budget-builder', 'Team size (people)', '12', 'Total budget', 'budget.people=12'],
    ['deploy', 'inference-calculator', 'Batch size (sequences at once)', '32', 'Cost per million tokens', 'inf.batch=32'],
  ])('a link from the %s page carries its state to a fresh browser', async (slug, calculatorId, label, text, resultLabel, query) => {
    const first = await openPage(browser(), `training-steps/${slug}/`);
    await hydrateAll(first.page);
    const before = await result(first.page, calculatorId, resultLabel);
    await first.page.locator(`#${calculatorId}`).getByLabel(label, { exact: true }).fill(text);
    await expect.poll(() => result(first.page, calculatorId, resultLabel)).not.toBe(before);
    await expect.poll(() => first.page.url()).toContain(query);
    const url = first.page.url();
    const edited = await result(first.page, calculatorId, resultLabel);
    await first.context.close();

    const second = await openPage(browser(), url);
    await hydrateAll(second.page);
    await expect.poll(() => result(second.page, calculatorId, resultLabel)).toBe(edited);
    expect(await second.page.locator(`#${calculatorId}`).getByLabel(label, { exact: true }).inputValue()).toBe(text);
    expect(second.problems).toEqual([]);
    await second.context.close();
  });

  test.each([
    ['tokenize', 'tokenize-calculator', 'Training tokens', /^\d/],
    ['deploy', 'inference-calculator', 'Cost per million tokens', /^\$\d/],
    ['budget', 'budget-builder', 'Total budget', /^\$\d/],
    ['energy', 'energy-calculator', 'Emissions', /^173 tCO2e$/],
    // 64 H100s × $296,644 ÷ 8 ÷ (1 − 0.19) = $2,929,817.28.
    ['rent-or-buy', 'rent-or-buy', 'Upfront purchase, all in', /^\$2\.93M$/],
  ])('without JavaScript the %s page shows its worked example', async (slug, calculatorId, label, pattern) => {
    const { context, page } = await openPage(browser(), `training-steps/${slug}/`, { javaScriptEnabled: false });
    expect(await result(page, calculatorId, label)).toMatch(pattern);
    await context.close();
  });
});
