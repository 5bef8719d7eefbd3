/**
 * The Recommendations section in a real browser: each calculator opens on the library's worked
 * example, the decision helper gives the expected route for scripted profiles, and a link carries
 * the helper's answers to a fresh browser.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { llama2FineTuneExample as ft } from '../../src/components/recommendations/fineTuneExample';
import { runningExample as example } from '../../src/components/trainingExample';
import {
  applyCostLevers,
  assumptionDefaults,
  compareFineTuning,
  formatBand,
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

  test.each([
    ['a startup with 100k tokens of its own, $5k and weeks', { 'Your own data, in tokens': '100k', 'Compute budget': '$5k', 'Time until it must work': 'weeks' }, 'prompt-or-retrieval'],
    ['a team with a general task, months and $50k (the default)', {}, 'peft'],
    [
      'a regulated bank with unique private data, a research team, a year and $10M',
      {
        'How special is your data?': 'unique',
        'Regulation or data privacy': 'own-model-required',
        'Time until it must work': 'year',
        'Your team’s ML expertise': 'research',
        'Compute budget': '$10M',
        'Your own data, in tokens': '50B',
      },
      'from-scratch',
    ],
  ] as const)('the decision helper recommends the expected route for %s', async (_name, answers, expected) => {
    const { context, page, problems } = await openPage(browser(), helperPage);
    await hydrateAll(page);
    await answer(page, answers);
    await expect.poll(() => result(page, 'decision-helper', 'Recommendation')).toBe(recommendationLabels[expected]);
    expect(await page.locator('#decision-helper .tot-decision-reasons li').count()).toBeGreaterThan(0);
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
