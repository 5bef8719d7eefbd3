/**
 * A page per published run: every run in the dataset has one, the history table and the sidebar
 * link them, and each opens the training estimator on its run.
 */
import { describe, expect, test } from 'vitest';
import { costEstimates, figureRows } from '~/components/history/runPage';
import { formatUsd, getTrainingRun, trainingRuns } from '~/lib';
import { useBrowser } from './support/browser';
import { hydrateAll, openPage, result, siteUrl } from './support/page';

const browser = useBrowser();

describe('run pages', () => {
  test('every run in the dataset has a page with its name, its figures and each of its cost estimates', async () => {
    const failures: string[] = [];
    for (const run of trainingRuns) {
      const response = await fetch(siteUrl(`history/runs/${run.id}/`));
      const html = await response.text();
      if (response.status !== 200) failures.push(`${run.id}: HTTP ${response.status}`);
      const heading = /<h1 id="_top"[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
      if (heading !== run.name) failures.push(`${run.id}: h1 "${heading}", expected "${run.name}"`);
      if (figureRows(run).length !== (html.match(/<tr data-field=/g) ?? []).length) failures.push(`${run.id}: figure rows differ`);
      for (const cost of costEstimates(run)) {
        if (!html.includes(`data-cost="${cost.value}"`)) failures.push(`${run.id}: no estimate of ${cost.value}`);
      }
      if (/NaN|undefined|\[object/.test(html.replace(/<script[\s\S]*?<\/script>/g, ''))) failures.push(`${run.id}: broken text`);
    }
    expect(failures).toEqual([]);
  });

  test('the history table links each run’s page, and the sidebar lists them under Cost history, collapsed', async () => {
    const { context, page } = await openPage(browser(), 'history/price-tag-of-progress/', { javaScriptEnabled: false });
    const linked = await page.locator('#runs-table tbody th a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(linked).toEqual(trainingRuns.map((run) => `/history/runs/${run.id}/`));
    const group = page.locator('nav[aria-label="Main"] details', { hasText: 'Every run' }).last();
    expect(await group.getAttribute('open')).toBeNull();
    expect(await group.locator('a').count()).toBe(trainingRuns.length);
    await context.close();
  });

  test('a run’s page marks itself in the open sidebar group and reads without JavaScript', async () => {
    const { context, page } = await openPage(browser(), 'history/runs/deepseek-r1/', { javaScriptEnabled: false });
    const current = page.locator('nav[aria-label="Main"] a[aria-current="page"]');
    expect(await current.innerText()).toBe('DeepSeek-R1 (RL stage)');
    expect(await page.locator('nav[aria-label="Main"] details', { hasText: 'Every run' }).last().getAttribute('open')).not.toBeNull();
    const main = await page.locator('main').innerText();
    // DeepSeek-R1 v2, Table 7: 147K H800 GPU-hours, $294K at $2 an hour.
    expect(main).toContain('$294k');
    expect(main).toContain('147,000');
    expect(main).toMatch(/post-training stage/);
    await context.close();
  });

  test('a run’s page opens the estimator on the run, with its published cost beside the estimate', async () => {
    const run = getTrainingRun('llama-65b');
    const { context, page, problems } = await openPage(browser(), 'history/runs/llama-65b/');
    await page.getByRole('link', { name: `Open the training estimator on ${run.name}` }).click();
    await page.waitForURL(/train\.preset=llama-65b/);
    await hydrateAll(page);
    await expect.poll(() => page.locator('#training-estimator').getByLabel('Start from a published run').inputValue()).toBe('llama-65b');
    // The source articles' sum: 2,048 GPUs × 21 days × 24 h × $3.93 = $4,056,514.56.
    expect(await result(page, 'training-estimator', 'Published cost of LLaMA 65B (2023)')).toBe(formatUsd(4_056_514.56));
    expect(await result(page, 'training-estimator', 'Estimate ÷ published')).toMatch(/×$/);
    expect(problems).toEqual([]);
    await context.close();
  });
});
