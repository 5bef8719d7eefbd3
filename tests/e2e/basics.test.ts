/**
 * The Transformer basics section in a real browser: the parameter counter's presets show the
 * released totals, the attention chart and the memory calculator open on their worked examples,
 * and the diagram and formulas are there without JavaScript. Every expected value is a literal
 * worked out by hand in the component and unit tests, not the library's output.
 */
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from './support/browser';
import { hydrateAll, openPage, result } from './support/page';

const browser = useBrowser();

describe('the transformer basics section', () => {
  // Released checkpoints: Llama 2 7B 6,738,415,616 parameters; Mixtral 8x7B 46.7B, 12.9B active
  // (Mistral AI's announcement); DeepSeek-V3 671B, 37B active printed (37.6B counted, see the page).
  test.each([
    ['llama2-7b', '6.74B', '6.74B', '32'],
    ['mixtral-8x7b', '46.7B', '12.9B', '32'],
    ['deepseek-v3', '671B', '37.6B', '61'],
  ] as const)('the parameter counter’s %s preset shows %s in total, %s active per token', async (id, total, active, layers) => {
    const { context, page, problems } = await openPage(browser(), 'basics/counting-parameters/');
    await hydrateAll(page);
    await page.locator('#parameter-counter-preset').selectOption(id);
    await expect.poll(() => result(page, 'parameter-counter', 'Parameters (computed)')).toBe(total);
    expect(await result(page, 'parameter-counter', 'Active per token')).toBe(active);
    expect(await page.locator('#parameter-counter-layers').inputValue()).toBe(layers);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the memory calculator opens on torchtitan’s Llama 3 70B recipe, which fits; without ZeRO it does not', async () => {
    const { context, page, problems } = await openPage(browser(), 'basics/memory/');
    await hydrateAll(page);
    // Worked in tests/component/basics/MemoryCalculator.test.tsx: 17.6 GB of sharded states,
    // 3 GB of ZeRO buffers, 14.9 GB of activations and logits with FlashAttention.
    expect(await result(page, 'memory-calculator', 'Memory per device')).toBe('35.6 GB');
    expect(await result(page, 'memory-calculator', 'Fits?')).toBe('Yes');
    await page.locator('#memory-calculator-zero').selectOption('0');
    await expect.poll(() => result(page, 'memory-calculator', 'Fits?')).toBe('No');
    expect(await result(page, 'memory-calculator', 'Fewest devices at these degrees')).toBe('none');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the attention chart opens on Llama 3.1 8B at 8k tokens and moves its marker when the context changes', async () => {
    const { context, page, problems } = await openPage(browser(), 'basics/compute-per-token/');
    await hydrateAll(page);
    // 12·32·4096·8192 = 12.9 GFLOPs of attention against 6 × 7.50B = 45.0 GFLOPs.
    expect(await result(page, 'attention-share', 'Attention share at 8k tokens')).toBe('22.2%');
    await page.locator('#attention-share-context').fill('131072');
    await expect.poll(() => page.locator('#attention-share .tot-result-label').first().textContent()).toContain('128k');
    expect(await result(page, 'attention-share', 'Attention share at 128k tokens')).toBe('82.1%');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('without JavaScript: the diagram, the typeset formulas and every calculator’s worked example are in the page', async () => {
    const { context, page } = await openPage(browser(), 'basics/what-is-a-transformer/', { javaScriptEnabled: false });
    expect(await page.locator('main figure svg').count()).toBeGreaterThan(0);
    expect(await page.locator('main .katex').count()).toBeGreaterThan(0);
    await page.goto(new URL('basics/counting-parameters/', inject('siteUrl')).href);
    expect(await result(page, 'parameter-counter', 'Parameters (computed)')).toBe('8.03B');
    expect(await result(page, 'parameter-counter', 'Embedding share')).toBe('13.1%');
    // The worked example's formula is typeset from the preset's values, not left as source text.
    expect(await page.locator('main').textContent()).not.toMatch(/llama\w*\.dModel|\{[a-z]+\.[a-zA-Z]+\}/);
    await page.goto(new URL('basics/compute-per-token/', inject('siteUrl')).href);
    expect(await page.locator('#attention-share svg path').count()).toBeGreaterThan(0);
    expect(await result(page, 'attention-share', 'Attention share at 8k tokens')).toBe('22.2%');
    await page.goto(new URL('basics/memory/', inject('siteUrl')).href);
    expect(await result(page, 'memory-calculator', 'Memory per device')).toBe('35.6 GB');
    await context.close();
  });
});
