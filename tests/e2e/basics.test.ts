/**
 * The Transformer basics section in a real browser: the parameter counter's presets show the
 * published totals, the attention chart and the memory calculator open on the library's worked
 * examples, and the diagram and formulas are there without JavaScript.
 */
import { describe, expect, inject, test } from 'vitest';
import { countParameters, formatBytes, formatCount, formatPercent, modelShapes, trainingMemory } from '../../src/lib';
import { useBrowser } from './support/browser';
import { hydrateAll, openPage, result } from './support/page';

const browser = useBrowser();

describe('the transformer basics section', () => {
  // Published totals: GPT-2 small 124M (OpenAI's released checkpoint), GPT-3 174.6B (the count of
  // Brown et al. 2020 Table 2.1's shape, PaLM Table 3), Llama 2 7B 6.74B (Touvron et al. 2023b).
  test.each([
    ['gpt2-small', 124e6],
    ['gpt3-175b', 174.6e9],
    ['llama2-7b', 6.74e9],
  ] as const)('the parameter counter’s %s preset shows its published total within 0.5%%', async (id, published) => {
    const { context, page, problems } = await openPage(browser(), 'basics/counting-parameters/');
    await hydrateAll(page);
    await page.locator('#parameter-counter-preset').selectOption(id);
    const expected = countParameters(modelShapes[id].shape).total;
    await expect.poll(() => result(page, 'parameter-counter', 'Parameters (computed)')).toBe(formatCount(expected));
    expect(Math.abs(expected - published) / published).toBeLessThan(0.005);
    expect(await page.locator('#parameter-counter-layers').inputValue()).toBe(String(modelShapes[id].shape.layers));
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the memory calculator opens on Llama 2 7B full fine-tuning, which does not fit one A100 80GB', async () => {
    const { context, page, problems } = await openPage(browser(), 'basics/memory/');
    await hydrateAll(page);
    const states = trainingMemory({
      params: countParameters(modelShapes['llama2-7b'].shape).total,
      precision: 'bf16',
      optimizer: 'adamw',
      zeroStage: 0,
      devices: 1,
      recomputation: 'full',
    });
    // Model states alone are already more than the 80 GB of the device.
    expect(states.totalBytes).toBeGreaterThan(80e9);
    expect(await result(page, 'memory-calculator', 'Fits on 1 × NVIDIA A100 80GB SXM?')).toBe('No');
    expect(await result(page, 'memory-calculator', 'Memory per device')).toMatch(/^\d+(\.\d+)? GB$/);
    await page.locator('#memory-calculator-zero').selectOption('3');
    await page.locator('#memory-calculator-devices').fill('2');
    await expect.poll(() => result(page, 'memory-calculator', 'Fits on 2 × NVIDIA A100 80GB SXM?')).toBe('Yes');
    expect(formatBytes(states.totalBytes)).toBe('108 GB');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the attention chart plots the share against context length and moves its marker when the context changes', async () => {
    const { context, page, problems } = await openPage(browser(), 'basics/compute-per-token/');
    await hydrateAll(page);
    const before = await result(page, 'attention-share', 'Attention share at 4k tokens');
    expect(before).toMatch(/^\d+(\.\d+)?%$/);
    await page.locator('#attention-share-context').fill('131072');
    await expect.poll(() => page.locator('#attention-share .tot-result-label').first().textContent()).toContain('128k');
    const after = await result(page, 'attention-share', 'Attention share at 128k tokens');
    expect(Number.parseFloat(after!)).toBeGreaterThan(Number.parseFloat(before!));
    expect(problems).toEqual([]);
    await context.close();
  });

  test('without JavaScript: the diagram, the typeset formulas and every calculator’s worked example are in the page', async () => {
    const { context, page } = await openPage(browser(), 'basics/what-is-a-transformer/', { javaScriptEnabled: false });
    expect(await page.locator('main figure svg').count()).toBeGreaterThan(0);
    expect(await page.locator('main .katex').count()).toBeGreaterThan(0);
    await page.goto(new URL('basics/counting-parameters/', inject('siteUrl')).href);
    expect(await result(page, 'parameter-counter', 'Parameters (computed)')).toBe(formatCount(countParameters(modelShapes['llama2-7b'].shape).total));
    await page.goto(new URL('basics/compute-per-token/', inject('siteUrl')).href);
    expect(await page.locator('#attention-share svg path').count()).toBeGreaterThan(0);
    expect(await result(page, 'attention-share', 'Attention share at 4k tokens')).toMatch(/%$/);
    await context.close();
  });

  test('the embedding share of Llama 2 7B is the library’s, on the page and in the calculator', async () => {
    const { context, page } = await openPage(browser(), 'basics/counting-parameters/');
    await hydrateAll(page);
    const counts = countParameters(modelShapes['llama2-7b'].shape);
    expect(await result(page, 'parameter-counter', 'Embedding share')).toBe(formatPercent(counts.embedding / counts.total));
    await context.close();
  });
});
