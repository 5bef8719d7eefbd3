import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  assumptionDefaults,
  datasetStorage,
  estimateEnergy,
  formatBand,
  formatCount,
  formatPercent,
  formatUsd,
  hoursPerMonth,
  projectBudget,
  rentVsBuy,
} from '../../src/lib';
import { useBrowser } from './support/browser';
import { hydrateAll, openPage, result } from './support/page';
import { declaredIslands } from './support/site';

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
    await hydrateAll(page, { atLeast: declaredIslands(path) });
    expect(problems).toEqual([]);
    expect(await page.locator('main a[href*="/reference/glossary/#"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main').textContent()).not.toMatch(/NaN|undefined|Infinity/);
    await context.close();
  });

  test('the tokenizer reproduces the Pile example from the library', async () => {
    const { context, page } = await openPage(browser(), 'training-steps/tokenize/');
    await hydrateAll(page);
    const expected = datasetStorage({ textBytes: 825 * 2 ** 30, bytesPerToken: 2.95, vocabularySize: 50_257, params: 7e9, checkpointsKept: 3 });
    expect(await result(page, 'tokenize-calculator', 'Training tokens')).toBe(formatCount(expected.tokens));
    // 825 × 2^30 bytes ÷ 2.95 bytes per token (the Pile with Pythia's tokenizer) = 300.3B tokens.
    expect(await result(page, 'tokenize-calculator', 'Training tokens')).toBe('300B');
    await context.close();
  });

  test('the energy calculator opens on the running example: Phi-4’s 967,680 H100-hours give 287 tCO2e', async () => {
    const { context, page } = await openPage(browser(), 'training-steps/energy/');
    await hydrateAll(page);
    // By hand: 1,920 H100s × 21 days × 24 h = 967,680 h (Phi-4 model card) × 0.7 kW (H100 SXM TDP)
    // × PUE 1.1 = 745,114 kWh ≈ 745 MWh; × 0.385 kg/kWh (LLaMA's US grid figure) = 286.9 t.
    expect(await result(page, 'energy-calculator', 'Energy')).toBe('745 MWh');
    expect(await result(page, 'energy-calculator', 'Emissions')).toBe('287 tCO2e');
    await context.close();
  });

  test('the energy page reproduces LLaMA 65B’s published 449 MWh and 173 t (Touvron et al. 2023, Table 15)', async () => {
    const { context, page } = await openPage(browser(), 'training-steps/energy/', { javaScriptEnabled: false });
    // 1,022,362 h × 0.4 kW × 1.1 = 449.8 MWh ≈ 450; × 0.385 = 173.2 t.
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('450 MWh');
    expect(text).toContain('173 t CO2e');
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

  // Worked in tests/unit/lib/inference.test.ts: Llama 3.3 70B in BF16 on 4 × H100 at batch 64
  // reads 139 GB of weights and 64 × 2,250 tokens of cache per step, 13.9 ms a token.
  test('the serving calculator opens on Llama 3.3 70B at batch 64 on four H100s and prices its tokens', async () => {
    const { context, page } = await openPage(browser(), 'training-steps/deploy/');
    await hydrateAll(page);
    expect(await result(page, 'inference-calculator', 'Requests in memory')).toBe('64');
    expect(await result(page, 'inference-calculator', 'Time per generated token')).toBe('13.9 ms');
    // At the default H100 band, $3.20–$6.88 (see tests/component/steps/InferenceCalculator.test.tsx).
    expect(await result(page, 'inference-calculator', 'Cost per million output tokens')).toBe('$0.772–$1.66');
    expect(await result(page, 'inference-calculator', 'Cost per million input tokens')).toBe('$0.424–$0.912');
    await context.close();
  });

  test('the budget builder opens on 64 H100s for a month with sourced defaults, and its total is the sum of its lines', async () => {
    const { context, page } = await openPage(browser(), 'training-steps/budget/');
    await hydrateAll(page);
    // 64 × 730.5 h × $3.20 × 2 experiments = $299,212.80 to 64 × 730.5 h × $6.88 × 10 = $3,216,537.60, plus
    // $100k data, $50k preparation, 3 × $224,000 × 6/12 = $336k staff, $15,840 storage, $50k networking,
    // $224,000 ÷ 12 = $18,666.67 evaluation (a person-year: Epoch AI's $160,000 median base × 1.4 overhead),
    // post-training: 10.1 h of instruction tuning (6 · 8e9 · 225,607,680 tokens ÷ (989e12 × 30%) = 10.14 h, shown
    // rounded) at $3.20–$6.88 plus 10,000 comparisons × $0.30 = $3,032.32–$3,069.49.
    const expected = (computeUsd: number, pricePerHourUsd: number) => projectBudget({
      computeUsd, experimentsMultiplier: 1, discountFraction: 0,
      dataAcquisitionUsd: 100e3, dataPreparationUsd: 50e3, storageUsd: 15_840, networkingUsd: 50e3, evaluationUsd: 224_000 / 12, energyUsd: 0,
      postTrainingUsd: 10.1 * pricePerHourUsd + 10_000 * 0.3,
      staff: { people: 3, costPerPersonYearUsd: 224_000, months: 6 },
    }).totalUsd;
    expect(await result(page, 'budget-builder', 'Total budget')).toBe(formatBand({ low: expected(64 * hoursPerMonth * 3.2 * 2, 3.2), high: expected(64 * hoursPerMonth * 6.88 * 10, 6.88) }, 'usd'));
    for (const [label, text] of [['Experiments multiplier', '4'], ['Discount on compute', '70%'], ['Storage', '$12,345']] as const) {
      const before = (await budgetFromDom(page)).totalUsd;
      await page.locator('#budget-builder').getByLabel(label, { exact: true }).fill(text);
      // Read the sum only once the edit has reached the DOM: each of these edits moves the total.
      await expect.poll(async () => (await budgetFromDom(page)).totalUsd).not.toBe(before);
      const { totalUsd, lines } = await budgetFromDom(page);
      expect(lines.reduce((sum, usd) => sum + usd, 0)).toBeCloseTo(totalUsd, 6);
      expect(await result(page, 'budget-builder', 'Total budget')).toMatch(new RegExp(`${formatUsd(totalUsd).replace(/[$.]/g, '\\$&')}$`));
    }
    await context.close();
  });

  test('the budget builder sets the final run against the EU AI Act’s 10²⁵ FLOP, and its link lands on the decision page’s section', async () => {
    const { context, page } = await openPage(browser(), 'training-steps/budget/');
    await hydrateAll(page);
    // 64 × 730.5 h × 3,600 s × 989e12 FLOP/s (H100 dense BF16) = 1.664558208e23; at 30–50% utilisation
    // 4.99–8.32 × 10²² FLOP, 0.499–0.832% of 10²⁵.
    expect(await result(page, 'budget-builder', 'Final run’s training compute')).toBe('4.99–8.32 × 10²² FLOP');
    const detail = page.locator('#budget-builder [data-flops-low]');
    expect(await detail.textContent()).toContain('0.499–0.832% of the 1 × 10²⁵ FLOP above which the EU AI Act presumes systemic risk');
    await expect.poll(() => page.locator('#regulation').count()).toBe(1);
    await detail.getByRole('link', { name: 'what the Act asks' }).click();
    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).hash).toBe('/recommendations/build-or-fine-tune/#the-eu-ai-act-if-you-train-a-general-purpose-model');
    const heading = page.locator('#the-eu-ai-act-if-you-train-a-general-purpose-model');
    expect(await heading.textContent()).toContain('The EU AI Act');
    await expect.poll(() => heading.evaluate((h) => { const top = h.getBoundingClientRect().top; return top >= 0 && top < window.innerHeight; })).toBe(true);
    await context.close();
  });

  test.each([
    ['budget', 'budget-builder', 'Team size (people)', '12', 'Total budget', 'budget.people=12'],
    ['deploy', 'inference-calculator', 'Requests decoded together', '32', 'Cost per million output tokens', 'inf.batch=32'],
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
    ['deploy', 'inference-calculator', 'Cost per million output tokens', /^\$0\.772–\$1\.66$/],
    ['budget', 'budget-builder', 'Total budget', /^\$\d/],
    ['energy', 'energy-calculator', 'Emissions', /^287 tCO2e$/],
    // 64 H100s × $296,644 ÷ 8 ÷ (1 − 0.19) = $2,929,817.28.
    ['rent-or-buy', 'rent-or-buy', 'Upfront purchase, all in', /^\$2\.93M$/],
  ])('without JavaScript the %s page shows its worked example', async (slug, calculatorId, label, pattern) => {
    const { context, page } = await openPage(browser(), `training-steps/${slug}/`, { javaScriptEnabled: false });
    expect(await result(page, calculatorId, label)).toMatch(pattern);
    await context.close();
  });
});
