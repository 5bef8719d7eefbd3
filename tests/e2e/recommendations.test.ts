/**
 * The Recommendations section in a real browser: each calculator opens on the library's worked
 * example, the decision helper gives the expected route for scripted profiles, and a link carries
 * the helper's answers to a fresh browser.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { llama2FineTuneExample as ft } from '../../src/components/recommendations/fineTuneExample';
import { runningExample as example } from '../../src/components/trainingExample';
import { h100PriceBand } from '../../src/components/recommendations/h100Price';
import {
  apiUsdPerToken,
  applyCostLevers,
  assumptionDefaults,
  crossoverTokensPerMonth,
  hostedApiPrices,
  lifetimeCosts,
  ownModelPostTrainingUsd,
  ownModelUpfrontUsd,
  referenceReplica,
  referenceServing,
  compareFineTuning,
  formatBand,
  formatCount,
  formatPercent,
  modelShapes,
  noCostLevers,
  recommendationLabels,
} from '../../src/lib';
import { useBrowser } from './support/browser';
import { hydrateAll, openPage, result } from './support/page';

const browser = useBrowser();

const helperPage = 'recommendations/build-or-fine-tune/';

/** Answers the decision helper's questions: selects by label, typed fields by label. */
async function answer(page: Page, answers: Record<string, string>) {
  const helper = page.locator('#decision-helper');
  for (const [label, value] of Object.entries(answers)) {
    const field = helper.getByLabel(label, { exact: true });
    if ((await field.evaluate((element) => element.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
}

describe('the recommendations section', () => {
  test('the fine-tune calculator opens on Llama 2 7B and shows the library’s costs and saving', async () => {
    const { context, page, problems } = await openPage(browser(), 'recommendations/what-fine-tuning-saves/');
    await hydrateAll(page);
    // The A100 80GB band as the field shows it: Hyperstack's $1.60 to AWS p4de's $27.44705 ÷ 8;
    // the utilisation as its field shows it too (39.1%), which the calculator computes with.
    const at = (pricePerHour: number) => compareFineTuning({
      shape: modelShapes[ft.model].shape,
      pretrainingTokens: ft.pretrainingTokens,
      fineTuningTokens: ft.fineTuningTokens,
      loraRank: ft.loraRank,
      loraTargets: ft.loraTargets,
      accelerator: ft.accelerator,
      mfu: Number(ft.mfu.toPrecision(3)),
      pricePerHour,
    }).rows;
    const [low, rows] = [at(1.6), at(3.43)];
    expect(await result(page, 'fine-tune-calculator', 'Pre-training cost')).toBe(formatBand({ low: low.pretraining.costUsd, high: rows.pretraining.costUsd }, 'usd'));
    expect(await result(page, 'fine-tune-calculator', 'LoRA fine-tune cost')).toBe(formatBand({ low: low.lora.costUsd, high: rows.lora.costUsd }, 'usd'));
    expect(await result(page, 'fine-tune-calculator', 'Saving with LoRA')).toBe(formatPercent(rows.lora.savingFraction));
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the cost cutter opens on the running example with Ruiz’s 50% discount and shows the library’s cut', async () => {
    const { context, page, problems } = await openPage(browser(), 'recommendations/cutting-the-cost/');
    await hydrateAll(page);
    const cutAt = (pricePerHour: number) => applyCostLevers({
      run: { ...example, pricePerHour },
      levers: { ...noCostLevers, committedDiscountFraction: 0.5, spotDiscountFraction: 0.6, preemptionOverheadFraction: 0.1 },
    });
    const [low, high] = [cutAt(3.2), cutAt(6.88)];
    expect(await result(page, 'cost-cutter', 'Before')).toBe(formatBand({ low: low.baseline.costUsd, high: high.baseline.costUsd }, 'usd'));
    expect(await result(page, 'cost-cutter', 'After')).toBe(formatBand({ low: low.costUsd, high: high.costUsd }, 'usd'));
    expect(await result(page, 'cost-cutter', 'Saving')).toBe(formatPercent(low.savingFraction));
    // By hand: Phi-4's 967,680 H100-hours (1,920 × 21 days × 24 h, model card) at the default H100
    // band, Hyperstack $3.20 to AWS p5 $55.04 ÷ 8 = $6.88: $3,096,576–$6,657,638.40, halved by the
    // 50% discount: $1,548,288–$3,328,819.20.
    expect(await result(page, 'cost-cutter', 'Before')).toBe('$3.1M–$6.66M');
    expect(await result(page, 'cost-cutter', 'After')).toBe('$1.55M–$3.33M');
    expect(problems).toEqual([]);
    await context.close();
  });

  /**
   * Five teams, answered as a reader would, each with the route it must get; then the link the
   * helper writes, opened in a fresh browser (no storage), must show the same answers and route.
   */
  const hosted = 'Does a hosted model, prompted or with retrieval, pass your evaluation?';
  test.each([
    ['a startup whose evaluation a prompted model passes', { [hosted]: 'passes' }, 'prompt-or-retrieval', /already passes your evaluation/],
    ['a team with a general task and some data (100M tokens, $50k)', { [hosted]: 'fails' }, 'peft', /general-purpose/],
    [
      'a regulated bank with sensitive, specialised data (5B tokens, $500k)',
      { [hosted]: 'fails', 'How special is your data?': 'specialised', 'Regulation or data privacy': 'data-in-house', 'Compute budget': '$500k', 'Your own data, in tokens': '5B' },
      'full-fine-tune',
      /must stay in-house/,
    ],
    [
      'a company with a unique domain and a long-term product line (50B tokens, $2M, a year)',
      {
        [hosted]: 'fails',
        'How special is your data?': 'unique',
        'Is the model a long-term product line?': 'yes',
        'Time until it must work': 'year',
        'Your team’s ML expertise': 'research',
        'Compute budget': '$2M',
        'Your own data, in tokens': '50B',
      },
      'continued-pretraining',
      /long-term product line/,
    ],
    [
      'a research lab changing the architecture, for the EU market ($10M, a year)',
      {
        'Must you change the tokenizer or architecture?': 'yes',
        'Will you place a model you train on the EU market?': 'yes',
        'Time until it must work': 'year',
        'Your team’s ML expertise': 'research',
        'Compute budget': '$10M',
      },
      'from-scratch',
      /EU AI Act/,
    ],
  ] as const)('%s gets its route, and its link reopens on the same answers in a fresh browser', async (_name, answers, expected, reason) => {
    const first = await openPage(browser(), helperPage);
    await hydrateAll(first.page);
    await answer(first.page, answers);
    await expect.poll(() => result(first.page, 'decision-helper', 'Recommendation')).toBe(recommendationLabels[expected]);
    expect((await first.page.locator('#decision-helper .tot-decision-reasons').textContent()) ?? '').toMatch(reason);
    // The state is written to the address after a short debounce; the anchor comes with it.
    await expect.poll(() => first.page.url()).toContain('#decision-helper');
    for (const value of Object.values(answers)) await expect.poll(() => decodeURIComponent(first.page.url())).toContain(`=${value}`);
    const url = first.page.url();
    const why = await first.page.locator('#decision-helper .tot-decision').textContent();
    expect(first.problems).toEqual([]);
    await first.context.close();

    const second = await openPage(browser(), url);
    await second.page.waitForFunction(() => document.querySelector('#decision-helper')?.closest('astro-island')?.hasAttribute('ssr') === false);
    await expect.poll(() => result(second.page, 'decision-helper', 'Recommendation')).toBe(recommendationLabels[expected]);
    const helper = second.page.locator('#decision-helper');
    for (const [label, value] of Object.entries(answers)) {
      const field = helper.getByLabel(label, { exact: true });
      const shown = await field.inputValue();
      expect(shown, label).toBe(value);
    }
    expect(await second.page.locator('#decision-helper .tot-decision').textContent()).toBe(why);
    expect(second.problems).toEqual([]);
    await second.context.close();
  });

  test('from the landing page, one click reaches the helper, which comes first on its page', async () => {
    const { context, page, problems } = await openPage(browser(), '');
    await page.getByRole('link', { name: 'Should we train at all?' }).first().click();
    await page.waitForURL(/recommendations\/build-or-fine-tune\/$/);
    const helperTop = await page.locator('#decision-helper').evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    // Before every other section of the page: only the intro and its own heading come first.
    const headings = await page.locator('.sl-markdown-content h2').evaluateAll((all) => all.map((h) => h.getBoundingClientRect().top + window.scrollY));
    expect(headings.filter((top) => top < helperTop)).toHaveLength(1);
    expect(helperTop).toBeLessThan(page.viewportSize()!.height);
    const first = await page.locator('#decision-helper select').first().getAttribute('id');
    expect(first).toBe('decision-helper-hosted');
    expect(problems).toEqual([]);
    await context.close();
  });

  test.each([1280, 390])('no option label is cut off inside a select of the decision page, and the lifetime table fits, at %d px', async (width) => {
    const { context, page } = await openPage(browser(), helperPage);
    await page.setViewportSize({ width, height: 900 });
    await hydrateAll(page);
    const cut = await page.evaluate(() => {
      const canvas = document.createElement('canvas').getContext('2d')!;
      return [...document.querySelectorAll('.tot-calculator select')].flatMap((element) => {
        const select = element as HTMLSelectElement;
        const style = getComputedStyle(select);
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        // The arrow takes about 24 px of the inner width.
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24;
        return [...select.options].filter((option) => canvas.measureText(option.text).width > room).map((option) => `${select.id}: ${option.text}`);
      });
    });
    expect(cut).toEqual([]);
    // The lifetime table fits its column too: no sideways scrolling to reach the totals.
    const table = await page.locator('#lifetime-cost .tot-ft-table-wrap').evaluate((wrap) => [wrap.scrollWidth, wrap.clientWidth]);
    expect(table[0]).toBeLessThanOrEqual(table[1]!);
    await context.close();
  });

  test('the lifetime table shows the library’s four totals at the defaults, and the crossover', async () => {
    const { context, page, problems } = await openPage(browser(), helperPage);
    await hydrateAll(page);
    const band = h100PriceBand(assumptionDefaults.pricePerHourUsd);
    const mfu = assumptionDefaults.mfu.low;
    const api = hostedApiPrices[0]!;
    const at = (price: number) => {
      const replica = referenceReplica({ pricePerHourUsd: price, computeUtilisation: mfu });
      const upfrontUsd = ownModelUpfrontUsd({ fineTuneTokens: 100e6, continuedPretrainingTokens: 10e9, pricePerHourUsd: price, mfu });
      const postTrainingUsd = ownModelPostTrainingUsd({ pricePerHourUsd: price, mfu });
      return {
        rows: lifetimeCosts({ months: 24, tokensPerMonth: 1e9, request: referenceServing.request, api, replica, upfrontUsd, postTrainingUsd }),
        crossover: crossoverTokensPerMonth({ apiUsdPerToken: apiUsdPerToken(api, referenceServing.request), replica, upfrontUsd: upfrontUsd['fine-tune'], months: 24 })!,
      };
    };
    const [low, high] = [at(band.low), at(band.high)];
    const shown = await page.locator('#lifetime-cost tbody tr td:last-child').allTextContents();
    expect(shown).toEqual(low.rows.map((row, i) => formatBand({ low: row.totalUsd, high: high.rows[i]!.totalUsd }, 'usd')));
    // By hand: the API at 1B tokens a month, 80% prompt at $0.10 and 20% generated at $0.32 per
    // million, is $144 a month, $3,456 over 24 months, whatever the H100 price.
    expect(shown[0]).toBe('$3.46k');
    // Post-training, its own column: none for the API or a fine-tune; for the two base-model paths an SFT pass
    // (6 · 8e9 · 225,607,680 tokens ÷ (989e12 × 30%) = 10.14 h, $32.44–$69.75) and 1,418,091 comparisons × $0.30
    // = $425,427.30 (Touvron et al. 2023, Table 6; Dubois et al. 2023): $425,460–$425,497, both "$425k".
    expect(await page.locator('#lifetime-cost tbody tr td:nth-child(3)').allTextContents()).toEqual(['$0', '$0', '$425k', '$425k']);
    expect(await result(page, 'lifetime-cost', 'Serving your own fine-tuned model pays from')).toBe(
      `${formatCount(low.crossover)}–${formatCount(high.crossover)} tokens a month`,
    );
    // Ten times the volume: the table follows.
    await page.locator('#lifetime-cost').getByLabel('Tokens a month, prompt and generated', { exact: true }).fill('10B');
    await expect.poll(() => page.locator('#lifetime-cost tbody tr td:last-child').first().textContent()).toBe('$34.6k');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a link to the decision helper carries its answers to a fresh browser, scrolled to it', async () => {
    const first = await openPage(browser(), helperPage);
    await hydrateAll(first.page);
    await answer(first.page, { 'Time until it must work': 'weeks', 'Compute budget': '$5k', 'Your own data, in tokens': '100k' });
    await expect.poll(() => first.page.url()).toContain('decide.time=weeks');
    // The URL is written 250 ms after the last edit: wait for the last answer too.
    await expect.poll(() => first.page.url()).toContain('decide.tokens=100k');
    await expect.poll(() => first.page.url()).toContain('#decision-helper');
    const url = first.page.url();
    await first.context.close();

    const second = await openPage(browser(), url);
    // No scrolling by the test: the link's fragment brings the helper into view, which hydrates it.
    await second.page.waitForFunction(() => document.querySelector('#decision-helper')?.closest('astro-island')?.hasAttribute('ssr') === false);
    await expect.poll(() => result(second.page, 'decision-helper', 'Recommendation')).toBe(recommendationLabels['prompt-or-retrieval']);
    expect(await second.page.locator('#decision-helper').getByLabel('Time until it must work', { exact: true }).inputValue()).toBe('weeks');
    const top = await second.page.locator('#decision-helper').evaluate((element) => element.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(200);
    expect(second.problems).toEqual([]);
    await second.context.close();
  });
});
