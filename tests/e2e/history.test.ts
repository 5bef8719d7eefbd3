import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { costHistoryData } from '~/components/history/chartModel';
import { assumptionDefaults, formatCount, formatUsd, getTrainingRun, trainingRuns, validationRows } from '~/lib';
import { useBrowser } from './support/browser';
import { hydrateAll, openPage, result, siteUrl } from './support/page';

const pages = [
  'history/price-tag-of-progress/',
  'history/why-estimates-differ/',
  'history/validation/',
  'history/data/',
];
const chartPage = 'history/price-tag-of-progress/';
const costed = trainingRuns.filter((run) => run.publishedCostUsd).map((run) => run.id);
const repriceable = trainingRuns.filter((run) => run.accelerator && run.acceleratorHours).map((run) => run.id);
const browser = useBrowser();

describe('cost history pages', () => {
  test.each(pages)('%s loads, hydrates and logs no console error or failed request', async (path) => {
    const { context, page, problems } = await openPage(browser(), path);
    await hydrateAll(page);
    expect(await page.locator('main a[href*="/reference/glossary/#"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main').innerText()).not.toMatch(/NaN|Infinity|undefined|\[object/);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('axe finds no serious or critical violation on the chart page', async () => {
    const { context, page } = await openPage(browser(), chartPage);
    await hydrateAll(page);
    const results = await new AxeBuilder({ page }).disableRules(['label-content-name-mismatch']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });
});

/** The chart's drawing the page shows at its width (a phone's or a desktop's). */
const shownLayout = (page: Page) => page.locator('#cost-history-chart .tot-history-layout').filter({ visible: true });
const published = costHistoryData(trainingRuns).published;

describe('the cost-history chart', () => {
  test('renders without JavaScript: one mark per run that has a published cost, and the table lists every run', async () => {
    const { context, page } = await openPage(browser(), chartPage, { javaScriptEnabled: false });
    const marks = shownLayout(page).locator('.tot-mark');
    expect(await marks.evaluateAll((els) => els.map((el) => el.getAttribute('data-run')))).toEqual(costed);
    expect(await page.locator('#cost-history-chart').innerText()).toMatch(/a year/);
    expect(await page.locator('#runs-table tbody tr').count()).toBe(trainingRuns.length);
    await context.close();
  });

  test('labels its notable points on the chart itself, none overlapping another, at 390 and 1280 px', async () => {
    for (const width of [390, 1280]) {
      const { context, page } = await openPage(browser(), chartPage, { javaScriptEnabled: false, beforeLoad: (p) => p.setViewportSize({ width, height: 900 }) });
      const labels = shownLayout(page).locator('.tot-label');
      const ids = await labels.evaluateAll((els) => els.map((el) => el.getAttribute('data-label')));
      // The most expensive (GPT-4.5, $340M, Epoch AI April 2026) and the cheapest (the 2017
      // Transformer, $930, AI Index 2024) headline costs are always labelled first.
      expect(ids).toEqual(expect.arrayContaining(['gpt-4.5', 'transformer-2017']));
      expect(ids.length).toBeGreaterThanOrEqual(4);
      const boxes = await labels.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          expect(apart).toBe(true);
        }),
      );
      await context.close();
    }
  });

  test('its text is at least 11 px tall on a phone and on a desktop, in both charts, and the axes have titles', async () => {
    for (const width of [360, 390, 1280]) {
      for (const [path, svg] of [[chartPage, '#cost-history-chart svg.tot-history-svg'], ['basics/compute-per-token/', '#attention-share svg.tot-share-drawing']] as const) {
        const { context, page } = await openPage(browser(), path, { beforeLoad: (p) => p.setViewportSize({ width, height: 900 }) });
        const drawing = page.locator(svg).filter({ visible: true });
        await drawing.scrollIntoViewIfNeeded();
        // Rendered size of the text: its font size in drawing units × the drawing's scale.
        const smallest = await drawing.evaluate((el) => {
          const scale = el.getBoundingClientRect().width / (el as SVGSVGElement).viewBox.baseVal.width;
          return Math.min(...[...el.querySelectorAll('text')].map((text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale));
        });
        expect(smallest, `${path} at ${width} px`).toBeGreaterThanOrEqual(11);
        expect(await drawing.locator('.tot-axis-title, .tot-chart-axis').count()).toBe(2);
        await context.close();
      }
    }
  });

  test('the table sorts runs of a month by size as numbers, and the downloads carry the new runs with their method and date', async () => {
    const { context, page } = await openPage(browser(), chartPage, { javaScriptEnabled: false });
    const rowIds = await page.locator('#runs-table tbody tr').evaluateAll((els) => els.map((el) => el.id));
    const at = (id: string) => rowIds.indexOf(`run-${id}`);
    expect(at('llama-7b')).toBeLessThan(at('llama-13b'));
    expect(at('llama-13b')).toBeLessThan(at('llama-33b'));
    expect(at('llama-33b')).toBeLessThan(at('llama-65b'));
    expect(at('llama-3.1-8b')).toBeLessThan(at('llama-3.1-70b'));
    expect(at('llama-3.1-70b')).toBeLessThan(at('llama-3.1-405b'));
    await context.close();

    const csv = await (await fetch(siteUrl('data/training-runs.csv'))).text();
    const lines = csv.trimEnd().split('\r\n');
    const header = lines[0]!.split(',');
    expect(lines.length - 1).toBeGreaterThanOrEqual(40);
    const phi4 = lines.find((line) => line.startsWith('phi-4,'))!.split(',');
    // Phi-4 model card: 1,920 H100-80G × 21 days = 967,680 GPU-hours, × $3.20, the low end of the
    // default H100 band (Hyperstack on-demand, 2026-08-26) = $3,096,576.
    expect(Number(phi4[header.indexOf('accelerator_hours')])).toBe(967_680);
    expect(Number(phi4[header.indexOf('cost_usd')])).toBeCloseTo(3_096_576, 2);
    expect(phi4[header.indexOf('cost_usd_method')]).toBe('recomputed-here');
    expect(phi4[header.indexOf('cost_usd_as_of')]).toBe('2026-08-26');
    const json = await (await fetch(siteUrl('data/training-runs.json'))).json();
    const grok3 = json.runs.find((run: { id: string }) => run.id === 'grok-3');
    // Epoch AI's notable-models data, April 2026: $217,835,545.53 in 2023 dollars.
    expect(grok3.publishedCostUsd).toMatchObject({ value: 217_835_545.53, method: 'hardware-energy-estimate-third-party', asOf: '2026-04', costYearUsd: 2023 });
    expect(grok3.publishedCostUsd.citation.reference.url).toBe('https://epoch.ai/data/ai-models');
  });

  test('the re-price toggle plots the runs with published hours at the reader’s prices', async () => {
    const prices = { ...assumptionDefaults.pricePerHourUsd, 'a100-80gb': 1 };
    const { context, page, problems } = await openPage(browser(), chartPage, {
      beforeLoad: async (p) => void await p.addInitScript((stored) => localStorage.setItem('train-or-tune:assumptions:v1', stored), JSON.stringify({ ...assumptionDefaults, pricePerHourUsd: prices })),
    });
    await hydrateAll(page);
    const llama = shownLayout(page).locator('.tot-mark[data-run="llama-65b"]');
    const publishedCost = Number(await llama.getAttribute('data-cost'));
    expect(publishedCost).toBeCloseTo(getTrainingRun('llama-65b').publishedCostUsd!.value, 0);
    const publishedY = await llama.locator('.tot-mark-shape').boundingBox();

    await page.getByLabel(/re-priced at/).check();
    const marks = shownLayout(page).locator('.tot-mark');
    await expect.poll(() => marks.count()).toBe(repriceable.length);
    // LLaMA 65B: 1,022,362 GPU-hours (Touvron et al. 2023, Table 15) × the reader's $1.
    expect(Number(await llama.getAttribute('data-cost'))).toBe(1_022_362);
    const repricedY = await llama.locator('.tot-mark-shape').boundingBox();
    expect(repricedY!.y).not.toBe(publishedY!.y);
    expect(await page.locator('#cost-history-chart figcaption').innerText()).toContain(`${repriceable.length} runs re-priced`);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a focused point shows its details beside it; Enter opens the estimator on that run with its published cost beside the estimate', async () => {
    const { context, page } = await openPage(browser(), chartPage);
    await hydrateAll(page);
    const gpt3 = getTrainingRun('gpt-3');
    await shownLayout(page).locator('.tot-mark[data-run="gpt-3"]').focus();
    await expect.poll(() => shownLayout(page).locator('.tot-point-card').innerText(), { timeout: 10_000 }).toContain(gpt3.name);
    await page.keyboard.press('Enter');
    await page.waitForURL(/training-steps\/compute\/\?train\.preset=gpt-3/);
    await hydrateAll(page);
    const estimator = page.locator('#training-estimator');
    await expect.poll(() => estimator.getByLabel('Parameters (active per token)').inputValue()).toBe(formatCount(gpt3.params!.value));
    expect(await estimator.getByLabel('Training tokens').inputValue()).toBe(formatCount(gpt3.tokens!.value));
    expect(await estimator.getByLabel('Accelerator', { exact: true }).inputValue()).toBe('v100');
    expect(await estimator.getByLabel('Accelerators', { exact: true }).inputValue()).toBe(String(gpt3.acceleratorCount!.value));
    // Published: the AI Index 2024's $4,324,883; the estimate is GPT-3's 3.55M published V100-hours
    // (at the utilisation they imply) × the default V100 price.
    expect(await result(page, 'training-estimator', 'Published cost of GPT-3 175B (davinci) (2020)')).toBe('$4.32M');
    expect(await result(page, 'training-estimator', 'Estimate ÷ published')).toMatch(/^\d+(\.\d+)?×$/);
    await context.close();
  });

  test('every point opens the estimator on its own run, with the published and the estimated cost side by side, or the page of a run with nothing to estimate from', { timeout: 300_000 }, async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const failures: string[] = [];
    for (const point of published) {
      await page.goto(new URL(point.href, siteUrl('')).href, { waitUntil: 'load' });
      if (!point.opensEstimator) {
        if ((await page.locator('h1').innerText()) !== point.name) failures.push(`${point.runId}: ${point.href} is not its page`);
        continue;
      }
      await hydrateAll(page);
      const estimator = page.locator('#training-estimator');
      await expect.poll(() => estimator.getByLabel('Start from a published run').inputValue(), { timeout: 10_000 }).toBe(point.runId);
      const shown = await result(page, 'training-estimator', 'Published cost of');
      const ratio = await result(page, 'training-estimator', 'Estimate ÷ published');
      const cost = await result(page, 'training-estimator', 'Compute cost');
      if (shown !== formatUsd(point.costUsd)) failures.push(`${point.runId}: published ${shown}, expected ${formatUsd(point.costUsd)}`);
      if (!/^[\d.]+(k|M)?(–[\d.]+(k|M)?)?×$/.test(ratio ?? '')) failures.push(`${point.runId}: ratio ${ratio}`);
      if (!/^\$/.test(cost ?? '')) failures.push(`${point.runId}: estimate ${cost}`);
      if (!(await estimator.locator('.tot-preset-note').innerText()).startsWith(`From ${point.name}:`)) failures.push(`${point.runId}: no note saying what was filled in`);
    }
    await context.close();
    expect(failures).toEqual([]);
  });

  test('opening and moving between points shifts nothing on the page', async () => {
    for (const width of [390, 1280]) {
      const { context, page } = await openPage(browser(), chartPage, { beforeLoad: (p) => p.setViewportSize({ width, height: 900 }) });
      await hydrateAll(page);
      await page.locator('#cost-history-chart').scrollIntoViewIfNeeded();
      const boxes = () =>
        page.evaluate(() =>
          ['#cost-history-chart .tot-history-layout', '#cost-history-chart .tot-history-hint', '#cost-history-chart .tot-history-legend', '#cost-history-chart figcaption'].map((selector) => {
            const element = [...document.querySelectorAll(selector)].find((el) => (el as HTMLElement).offsetParent !== null)!;
            const { x, y, width, height } = element.getBoundingClientRect();
            return { selector, x, y, width, height };
          }),
        );
      // Layout shifts of the article column (Starlight's table of contents, beside it, is not ours).
      await page.evaluate(() => {
        (window as unknown as { shifts: number }).shifts = 0;
        const column = document.querySelector('.sl-markdown-content')!;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; sources: { node?: Node }[] }[]) {
            if (entry.sources.some((source) => source.node && column.contains(source.node))) (window as unknown as { shifts: number }).shifts += entry.value;
          }
        }).observe({ type: 'layout-shift' });
      });
      const before = await boxes();
      for (const id of ['transformer-2017', 'gpt-3', 'gemini-ultra', 'gpt-4.5', 'smollm3']) {
        await shownLayout(page).locator(`.tot-mark[data-run="${id}"]`).hover();
        await expect.poll(() => shownLayout(page).locator('.tot-point-card').getAttribute('data-card'), { timeout: 10_000 }).toBe(id);
        expect(await boxes(), `${id} hovered at ${width} px`).toEqual(before);
        await shownLayout(page).locator(`.tot-mark[data-run="${id}"]`).focus();
        expect(await boxes(), `${id} focused at ${width} px`).toEqual(before);
      }
      expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
      await context.close();
    }
  });

  test('on a touch screen the first tap shows a point’s details and the second opens the estimator', async () => {
    const context = await browser().newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(siteUrl(chartPage), { waitUntil: 'load' });
    await hydrateAll(page);
    const point = shownLayout(page).locator('.tot-mark[data-run="llama-65b"]');
    await point.scrollIntoViewIfNeeded();
    await point.tap();
    await expect.poll(() => shownLayout(page).locator('.tot-point-card').getAttribute('data-card'), { timeout: 10_000 }).toBe('llama-65b');
    expect(page.url()).toContain(chartPage);
    await point.tap();
    await page.waitForURL(/train\.preset=llama-65b/);
    await context.close();
  });

  test('the table view lists the chart’s points with their pages, and the reader’s last estimate is a star on the chart', async () => {
    const estimate = { lowUsd: 2e6, highUsd: 3e6, savedOn: '2026-11-20', query: 'train.params=70B' };
    const { context, page, problems } = await openPage(browser(), chartPage, {
      beforeLoad: async (p) => void await p.addInitScript((stored) => localStorage.setItem('train-or-tune:last-estimate:v1', stored), JSON.stringify(estimate)),
    });
    await hydrateAll(page);
    const star = shownLayout(page).locator('.tot-your-run');
    await expect.poll(() => star.getAttribute('href')).toMatch(/\/training-steps\/compute\/\?train\.params=70B#training-estimator$/);
    await page.locator('#cost-history-chart').getByLabel('table', { exact: true }).check();
    const rows = page.locator('#cost-history-chart .tot-history-points tbody tr');
    await expect.poll(() => rows.count()).toBe(published.length);
    expect(await page.locator('#cost-history-chart .tot-history-points a[href$="/history/runs/llama-65b/"]').count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('validation and data', () => {
  test('the validation table has one row per checkable run, with the library’s ratios', async () => {
    const rows = validationRows(trainingRuns, assumptionDefaults.mfu);
    const { context, page } = await openPage(browser(), 'history/validation/', { javaScriptEnabled: false });
    const cells = page.locator('#validation-table tbody tr');
    expect(await cells.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-run')))).toEqual(rows.map((r) => r.runId));
    for (const row of rows) {
      const ratio = page.locator(`#validation-table tr[data-run="${row.runId}"] td[data-ratio-low]`);
      expect(Number(await ratio.getAttribute('data-ratio-low'))).toBeCloseTo(row.estimatedHours.low / row.publishedHours, 9);
    }
    await context.close();
  });

  test('the CSV and JSON downloads parse and hold every run', async () => {
    const csv = await (await fetch(siteUrl('data/training-runs.csv'))).text();
    const lines = csv.trimEnd().split('\r\n');
    const header = lines[0]!.split(',');
    expect(header.slice(0, 3)).toEqual(['id', 'name', 'organization']);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(trainingRuns.map((run) => run.id));
    const hoursColumn = header.indexOf('accelerator_hours');
    const llamaLine = lines.find((line) => line.startsWith('llama-2-7b,'))!;
    // Llama 2 7B: 184,320 A100-80GB hours (Touvron et al. 2023b, Table 2); no quoted field before it.
    expect(Number(llamaLine.split(',')[hoursColumn])).toBe(184_320);

    const json = await (await fetch(siteUrl('data/training-runs.json'))).json();
    expect(json.runs.map((run: { id: string }) => run.id)).toEqual(trainingRuns.map((run) => run.id));
    const deepseek = json.runs.find((run: { id: string }) => run.id === 'deepseek-v3');
    expect(deepseek.publishedCostUsd.value).toBe(5.576e6);
    expect(deepseek.publishedCostUsd.citation.reference.url).toMatch(/^https:\/\//);
  });

  // The suite's main build has no SITE_URL, so the entry cites the page's path; with SITE_URL it
  // cites the absolute URL (tests/e2e/previews.test.ts checks both builds).
  test('the data page links both downloads and cites itself in BibTeX by its path', async () => {
    const { context, page } = await openPage(browser(), 'history/data/', { javaScriptEnabled: false });
    expect(await page.locator('main a[href$="/data/training-runs.csv"]').count()).toBe(1);
    expect(await page.locator('main a[href$="/data/training-runs.json"]').count()).toBe(1);
    expect(await page.locator('[data-cite="bibtex"]').innerText()).toMatch(/@misc\{trainortune_training_runs,[\s\S]*\\url\{\/history\/data\/\}/);
    await context.close();
  });
});
