/**
 * A calculator rests as the server rendered it until the page needs its code
 * (src/components/kit/restingIsland.ts): at once when a link's state or the reader's stored
 * choices could change its results, otherwise on the reader's first move towards it. In a real
 * browser: what it fetches before and after, that waking changes nothing on screen, and that what
 * a reader does while the code loads counts exactly as it would on a live calculator.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { assumptionsStorageKey } from '~/stores/storageKeys';
import { useBrowser } from './support/browser';
import { hydrateAll, openPage, result } from './support/page';
import { calculatorPages, calculatorState, declaredIslands, label } from './support/site';

const browser = useBrowser();

/** What each calculator on the page says of itself: `resting`, `waking` or `live`. */
const islandStates = (page: Page) => page.locator('.tot-island').evaluateAll((islands) => islands.map((island) => (island as HTMLElement).dataset.island));

/** The script paths a page requests, from before it loads, in order. */
function recordScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

/**
 * Runs `act` on a resting page while every script it requests is held back, so that what `act`
 * does happens before the calculator's code has arrived; checks that the calculator was waking
 * then, and lets the scripts through.
 */
async function whileCodeIsHeld(page: Page, act: () => Promise<void>) {
  const held: Route[] = [];
  let holding = true;
  await page.route('**/_astro/*.js', (route) => (holding ? void held.push(route) : void route.continue()));
  await act();
  const states = await islandStates(page);
  holding = false;
  for (const route of held) await route.continue();
  expect(held.length).toBeGreaterThan(0);
  expect(states).toEqual(['waking']);
}

/** The code calculators share once woken (`calculators` in src/plugins/clientChunks.ts). */
const calculatorCode = /\/_astro\/calculators\.[\w-]+\.js$/;

describe('before the reader uses it, a calculator is the server’s, and waking it changes nothing on screen', () => {
  const articles = calculatorPages().filter((path) => !path.startsWith('embed/'));

  test(`the articles hold calculators to check (${articles.length})`, () => {
    expect(articles.length).toBeGreaterThanOrEqual(14);
  });

  test.each(articles.map((path) => [label(path), path]))('%s', { timeout: 60_000 }, async (_label, path) => {
    let scripts: string[] = [];
    const { context, page, problems } = await openPage(browser(), path, { beforeLoad: async (opened) => void (scripts = recordScripts(opened)) });
    const islands = await hydrateAll(page, { atLeast: declaredIslands(path), wake: false });
    await page.waitForLoadState('networkidle');
    const atRest = await calculatorState(page);
    const states = await islandStates(page);
    const fetchedAtRest = [...scripts];
    await hydrateAll(page);
    await page.waitForLoadState('networkidle');
    const live = await calculatorState(page);
    await context.close();
    expect(states).toEqual(Array.from({ length: islands }, () => 'resting'));
    expect(fetchedAtRest.filter((script) => calculatorCode.test(script))).toEqual([]);
    expect(scripts.slice(fetchedAtRest.length).filter((script) => calculatorCode.test(script))).toHaveLength(1);
    expect(live).toEqual(atRest);
    expect(problems).toEqual([]);
  });
});

/** The page and calculator the tests below act on. */
const path = 'training-steps/energy/';
const calculator = '#energy-calculator';

/** The energy calculator after `act`, on a page whose calculator was live before it. */
async function onLiveCalculator(act: (page: Page) => Promise<void>) {
  const { context, page } = await openPage(browser(), path);
  await hydrateAll(page);
  await act(page);
  const shown = await calculatorState(page);
  await context.close();
  return shown;
}

describe('what a reader does while the code loads counts', () => {
  test('text typed key by key into a resting calculator is computed as on a live one', async () => {
    const type = async (page: Page) => {
      await page.locator(calculator).getByLabel('Accelerator-hours').click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('2M');
      await page.keyboard.press('Enter');
    };
    const { context, page, problems } = await openPage(browser(), path);
    await hydrateAll(page, { wake: false });
    const before = await result(page, 'energy-calculator', 'Energy');
    await whileCodeIsHeld(page, () => type(page));
    await expect.poll(() => islandStates(page)).toEqual(['live']);
    await expect.poll(() => result(page, 'energy-calculator', 'Energy')).not.toBe(before);
    const typed = await calculatorState(page);
    await context.close();
    expect(typed).toEqual(await onLiveCalculator(type));
    expect(problems).toEqual([]);
  });

  test('by keyboard alone: focus a field of a resting calculator and ArrowUp steps it once', async () => {
    const step = async (page: Page) => {
      await page.locator(calculator).getByLabel('Accelerator-hours').focus();
      await page.keyboard.press('ArrowUp');
    };
    const { context, page, problems } = await openPage(browser(), path);
    await hydrateAll(page, { wake: false });
    const before = await page.locator(calculator).getByLabel('Accelerator-hours').inputValue();
    await whileCodeIsHeld(page, () => step(page));
    await expect.poll(() => page.locator(calculator).getByLabel('Accelerator-hours').inputValue()).not.toBe(before);
    await page.waitForTimeout(300);
    const stepped = await calculatorState(page);
    await context.close();
    expect(stepped).toEqual(await onLiveCalculator(step));
    expect(problems).toEqual([]);
  });

  test('a click on a resting calculator’s button is carried out once the calculator is live', async () => {
    const { context, page, problems } = await openPage(browser(), path);
    await hydrateAll(page, { wake: false });
    await whileCodeIsHeld(page, () => page.locator(calculator).getByRole('button', { name: 'Copy link to this calculator' }).click());
    // Copied, or (where the browser refuses the clipboard) shown to copy by hand: either way, the click counted.
    await expect.poll(() => page.locator(`${calculator} .tot-copy-status`).textContent()).toMatch(/^(Link copied|Copy this link: http.*#energy-calculator)$/);
    await context.close();
    expect(problems).toEqual([]);
  });
});

describe('a calculator wakes at once when its results could differ from the server’s', () => {
  test('a link with the sender’s state: the calculator shows it without being touched', async () => {
    const { context, page, problems } = await openPage(browser(), `${path}?energy.hours=2M#energy-calculator`);
    await hydrateAll(page, { wake: false });
    await expect.poll(() => islandStates(page)).toEqual(['live']);
    const shown = await calculatorState(page);
    await context.close();
    // What the sender saw: the same value typed into a live calculator.
    expect(shown).toEqual(await onLiveCalculator((live) => live.locator(calculator).getByLabel('Accelerator-hours').fill('2M')));
    expect(shown['energy-calculator']?.fields).toContain('2M');
    expect(problems).toEqual([]);
  });

  test('the reader’s stored assumptions: every calculator on the page wakes without being touched (calculator-kit checks the values they then compute)', async () => {
    const { context, page, problems } = await openPage(browser(), 'recommendations/build-or-fine-tune/', {
      beforeLoad: async (opened) => void (await opened.addInitScript((key) => localStorage.setItem(key, '{}'), assumptionsStorageKey)),
    });
    await hydrateAll(page, { wake: false });
    await expect.poll(() => islandStates(page)).toEqual(['live', 'live']);
    await context.close();
    expect(problems).toEqual([]);
  });
});
