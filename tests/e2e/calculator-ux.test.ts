/**
 * How the calculators feel in a real browser (issue 19): nothing typed before hydration is lost,
 * the headline result stays in view while a field is edited, typing counts when whole, arrows and
 * sliders step, select options are never cut, control outlines meet 3:1 in both themes, no page
 * shifts as it loads, wide tables fit, and a page's calculator is one link away.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser';
import { hydrateAll, openPage, result, siteUrl } from './support/page';
import { builtHtml, bumpFirstDigit, calculatorOutputs, calculatorPages, label, sampledPages } from './support/site';

const browser = useBrowser();
const pages = calculatorPages();
const widths = [390, 1280] as const;

/** Calculators in the built pages, counted from the HTML, so a new one is covered without editing a test. */
const calculatorCount = pages.reduce((sum, path) => sum + (builtHtml(path).match(/<section\b[^>]*class="tot-calculator\b/g)?.length ?? 0), 0);

/** Opens a page at a width (844 px tall, a phone's height), optionally in a colour scheme. */
function openAt(path: string, width: number, colorScheme?: 'light' | 'dark') {
  return openPage(browser(), path, {
    beforeLoad: async (page) => {
      await page.setViewportSize({ width, height: 844 });
      if (colorScheme) await page.emulateMedia({ colorScheme });
    },
  });
}

describe('nothing typed before hydration is lost', () => {
  let checked = 0;

  test(`the site has at least 14 calculators (${calculatorCount} found)`, () => {
    expect(calculatorCount).toBeGreaterThanOrEqual(14);
  });

  /**
   * With every script held back, a reader types a new value into the first field of each
   * calculator; then the scripts load and the islands hydrate. The page must keep the text and show
   * what it shows when the same values are typed after hydration.
   */
  test.each(pages.map((path) => [label(path), path]))('%s', { timeout: 60_000 }, async (_label, path) => {
    const { context, page, typed, originals, problems } = await typeBeforeHydration(path);
    const values = await Promise.all(typed.map(([id]) => page.locator(`[id="${id}"]`).inputValue()));
    const adopted = await calculatorOutputs(page);
    // The same values typed now that the islands are awake (from the originals, so each is an edit).
    for (const [id, text] of originals) await page.locator(`[id="${id}"]`).fill(text);
    for (const [id, text] of typed) await page.locator(`[id="${id}"]`).fill(text);
    const expected = await calculatorOutputs(page);
    await context.close();
    expect(values).toEqual(typed.map(([, text]) => text));
    expect(adopted).toEqual(expected);
    expect(problems).toEqual([]);
    checked += typed.length;
  });

  test('every calculator was checked', () => {
    expect(checked).toBe(calculatorCount);
  });
});

/**
 * Opens `path` with every script held back, types into each calculator's first field, then lets
 * the scripts load and waits for every island to hydrate.
 */
async function typeBeforeHydration(path: string) {
  const context = await browser().newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  const held: Route[] = [];
  let holding = true;
  await page.route('**/_astro/*.js', (route) => (holding ? void held.push(route) : void route.continue()));
  await page.goto(siteUrl(path), { waitUntil: 'commit' });
  await page.locator('.tot-calculator input[type="text"]').first().waitFor();
  const originals = await firstFields(page);
  const typed = originals.map(([id, value]): [string, string] => [id, bumpFirstDigit(value) ?? value]);
  for (const [id, text] of typed) {
    await page.locator(`[id="${id}"]`).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(text);
  }
  if ((await page.locator('astro-island:not([ssr])').count()) > 0) problems.push('an island hydrated while its scripts were held');
  holding = false;
  for (const route of held.splice(0)) await route.continue();
  await hydrateAll(page);
  // The last field typed into still has focus: the reader may still be typing, so its text counts
  // when they leave it (src/components/kit/earlyInput.ts). They leave it.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  return { context, page, typed, originals, problems };
}

/** The first text field of each calculator on the page, with its value. */
function firstFields(page: Page): Promise<[string, string][]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.tot-calculator')].flatMap((calculator) => {
      const input = calculator.querySelector<HTMLInputElement>('input[type="text"]');
      return input ? [[input.id, input.value] as [string, string]] : [];
    }),
  );
}

/** Calculators that have results (the shared-assumptions panel has none), counted from the built HTML. */
const withResults = pages.reduce((sum, path) => sum + (builtHtml(path).match(/class="tot-results"/g)?.length ?? 0), 0);

/** Text fields, sliders, selects and buttons counted from the built HTML of the calculator pages (selects: the calculators' own, which have a name). */
const selectCount = pages.reduce((sum, path) => sum + (builtHtml(path).match(/<select\b[^>]*\bname="/g)?.length ?? 0), 0);

/**
 * Each calculator page, loaded once per width: it links to its calculator near the top (phone),
 * the headline stays in view while each calculator is edited, no select option is cut, and (at
 * desktop width, in both themes) every control's outline meets 3:1.
 */
describe('calculator pages at phone and desktop widths', () => {
  const checked = { headlines: { 390: 0, 1280: 0 }, selects: { 390: 0, 1280: 0 }, controls: { light: 0, dark: 0 } };

  test.each(widths.flatMap((width) => pages.map((path) => [width, label(path), path] as const)))(
    'at %d px on %s',
    { timeout: 90_000 },
    async (width, _label, path) => {
      const { context, page, problems } = await openAt(path, width, 'light');
      await hydrateAll(page);

      // An embed is the calculator alone: no link to jump to it.
      if (path.startsWith('embed/')) expect(await page.locator('nav.tot-jump').count()).toBe(0);
      else if (width === 390) await jumpToCalculator(page);

      const selects = await cutOptions(page);
      expect(selects.cut, 'select options cut').toEqual([]);
      checked.selects[width] += selects.count;

      if (width === 1280) {
        for (const theme of ['light', 'dark'] as const) {
          // Starlight's theme is the root's data-theme (what its theme picker sets).
          await page.evaluate((theme) => void (document.documentElement.dataset.theme = theme), theme);
          const controls = await lowContrastControls(page);
          expect(controls.low, `controls below 3:1 in the ${theme} theme`).toEqual([]);
          checked.controls[theme] += controls.count;
        }
      }

      const ids = await page.evaluate(() => [...document.querySelectorAll('.tot-calculator:has(.tot-results)')].map((calculator) => calculator.id));
      for (const id of ids) {
        // The control furthest from the summary bar: the last one in the form.
        const control = page.locator(`#${id} form :is(input[type="text"], select)`).last();
        await control.focus();
        await page.waitForTimeout(100);
        expect(await summaryInView(page, id), `#${id}, editing its last field`).toEqual(inView);
        // An edit: the bar follows, still in view.
        if ((await control.evaluate((element) => element.tagName)) === 'SELECT') {
          await page.keyboard.press('ArrowDown');
        } else {
          await page.keyboard.press('ControlOrMeta+A');
          await page.keyboard.type(bumpFirstDigit(await control.inputValue()) ?? '1');
          await page.keyboard.press('Enter');
        }
        await page.waitForTimeout(100);
        expect(await summaryInView(page, id), `#${id}, after an edit`).toEqual(inView);
        checked.headlines[width] += 1;
      }
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  test.each(widths)('every calculator with results and every select were checked at %d px', (width) => {
    expect(checked.headlines[width]).toBe(withResults);
    expect(withResults).toBeGreaterThanOrEqual(13);
    expect(checked.selects[width]).toBe(selectCount);
    expect(selectCount).toBeGreaterThanOrEqual(20);
  });

  test('at least 150 controls were checked in each theme', () => {
    expect(checked.controls.light).toBeGreaterThanOrEqual(150);
    expect(checked.controls.dark).toBe(checked.controls.light);
  });
});

const inView = { inView: true, uncovered: true, fieldClear: true, matchesResults: true };

/** A calculator page opens with a link to its calculator, before the article's text, that lands on it. */
async function jumpToCalculator(page: Page) {
  const links = page.locator('main nav.tot-jump a');
  expect(await links.count()).toBeGreaterThan(0);
  const href = await links.first().getAttribute('href');
  expect(href).toMatch(/^#/);
  const target = page.locator(`[id="${href!.slice(1)}"]`);
  expect(await target.evaluate((element) => element.classList.contains('tot-calculator'))).toBe(true);
  const beforeText = await page.evaluate(
    () => document.querySelector('main nav.tot-jump')!.compareDocumentPosition(document.querySelector('.sl-markdown-content p')!) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  expect(beforeText).toBeTruthy();
  await links.first().click();
  await expect.poll(() => target.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(844 / 2);
}

/** Options of the page's selects wider than the select's text box, and how many selects there are. */
function cutOptions(page: Page) {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas').getContext('2d')!;
    const cut: string[] = [];
    const selects = [...document.querySelectorAll('main select')] as HTMLSelectElement[];
    for (const select of selects) {
      const style = getComputedStyle(select);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      // The text box of a closed select: its content box less the drop-down arrow (about 24 px).
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24;
      for (const option of select.options) {
        const width = canvas.measureText(option.text).width;
        if (width > room) cut.push(`#${select.id} "${option.text}": ${Math.round(width)} px in ${Math.round(room)} px`);
      }
    }
    return { cut, count: selects.length };
  });
}

/**
 * Controls in the article (text fields, sliders, selects, buttons) whose outline is below 3:1
 * against what is behind it or against its own fill, unless the fill itself stands out by 3:1.
 */
function lowContrastControls(page: Page) {
  return page.evaluate(() => {
    const rgb = (text: string) => {
      const match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(text);
      if (match === null) throw new Error(`unexpected colour ${text}`);
      return { channels: [match[1], match[2], match[3]].map(Number), alpha: match[4] === undefined ? 1 : Number(match[4]) };
    };
    const luminance = (text: string) => {
      const [r = 0, g = 0, b = 0] = rgb(text).channels.map((value) => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string) => {
      const [x, y] = [luminance(a), luminance(b)];
      return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    };
    const backgroundBehind = (element: Element) => {
      for (let node = element.parentElement; node; node = node.parentElement) {
        const background = getComputedStyle(node).backgroundColor;
        if (rgb(background).alpha === 1) return background;
      }
      return getComputedStyle(document.body).backgroundColor;
    };
    // A custom property's colour as the browser resolves it.
    const resolve = (element: Element, property: string) => {
      const probe = document.createElement('span');
      probe.style.color = getComputedStyle(element).getPropertyValue(property);
      element.parentElement!.append(probe);
      const color = getComputedStyle(probe).color;
      probe.remove();
      return color;
    };
    const low: string[] = [];
    const controls = [...document.querySelectorAll('main :is(input[type="text"], input[type="range"], select, button)')];
    for (const control of controls) {
      const style = getComputedStyle(control);
      const outside = backgroundBehind(control);
      const slider = control.matches('input[type="range"]');
      // A slider's outline is its drawn track.
      const outline = slider ? resolve(control, '--tot-control-border') : style.borderTopColor;
      const fill = slider || rgb(style.backgroundColor).alpha < 1 ? outside : style.backgroundColor;
      const boundary = Math.min(contrast(outline, outside), contrast(outline, fill));
      const filled = contrast(fill, outside);
      if (boundary < 3 && filled < 3) low.push(`${control.id || control.textContent?.trim().slice(0, 30)}: outline ${boundary.toFixed(2)}:1, fill ${filled.toFixed(2)}:1`);
    }
    return { low, count: controls.length };
  });
}

/**
 * Whether calculator `id`'s summary bar is inside the window below the fixed header, on top (not
 * covered), clear of the focused field, and repeating its calculator's headline results.
 */
function summaryInView(page: Page, id: string) {
  return page.evaluate((id) => {
    const calculator = document.getElementById(id)!;
    const summary = calculator.querySelector<HTMLElement>('.tot-summary')!;
    const box = summary.getBoundingClientRect();
    const header = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    const field = document.activeElement!.getBoundingClientRect();
    const atCentre = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    const outputs = new Map(
      [...calculator.querySelectorAll('.tot-result')].map((cell) => [cell.querySelector('.tot-result-label')?.textContent, cell.querySelector('output')?.textContent]),
    );
    const items = [...summary.querySelectorAll<HTMLElement>('.tot-summary-item')];
    return {
      inView: box.top >= header - 1 && box.bottom <= window.innerHeight,
      uncovered: atCentre !== null && summary.contains(atCentre),
      fieldClear: field.top >= box.bottom - 1 || field.bottom <= box.top,
      matchesResults: items.length > 0 && items.every((item) => outputs.get(item.dataset.label) === item.dataset.value),
    };
  }, id);
}

describe('typing counts when it is whole', () => {
  test('"1e400" typed key by key never computes for "1e4"; the field says the limit and the last result stays', async () => {
    const { context, page } = await openAt('training-steps/compute/', 1280);
    await hydrateAll(page);
    const cost = await result(page, 'training-estimator', 'Compute cost');
    await page.evaluate(() => {
      const output = [...document.querySelectorAll('#training-estimator .tot-result')].find((cell) => cell.textContent?.includes('Compute cost'))!.querySelector('output')!;
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => seen.push(output.textContent ?? '')).observe(output, { childList: true, characterData: true, subtree: true });
    });
    const params = page.locator('#training-estimator-params');
    await params.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('1e400', { delay: 60 });
    await expect.poll(() => params.getAttribute('aria-invalid'), { timeout: 5_000 }).toBe('true');
    expect(await page.locator('#training-estimator-params-message').textContent()).toBe('Must be at most 100T parameters');
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
    expect(await result(page, 'training-estimator', 'Compute cost')).toBe(cost);
    expect(await page.locator('#training-estimator .tot-stale-note').isVisible()).toBe(true);
    await context.close();
  });

  test('"1,5B" says to use a point for decimals', async () => {
    const { context, page } = await openAt('training-steps/compute/', 1280);
    await hydrateAll(page);
    await page.locator('#training-estimator-params').focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('1,5B');
    await page.keyboard.press('Enter');
    expect(await page.locator('#training-estimator-params-message').textContent()).toBe('Use a point for decimals: 1.5B');
    await context.close();
  });
});

describe('input like a person types', () => {
  test('ArrowUp and ArrowDown step a field, Shift ten times as far; the results follow', async () => {
    const { context, page } = await openAt('training-steps/compute/', 1280);
    await hydrateAll(page);
    const count = page.locator('#training-estimator-count');
    const time = await result(page, 'training-estimator', 'Wall-clock time');
    await count.focus();
    await page.keyboard.press('ArrowUp');
    // The worked example's 1,920 H100s (Phi-4): one unit of its second significant digit is 100, so
    // up is the next hundred, 2,000; from there Shift+up moves ten units, to 3,000.
    expect(await count.inputValue()).toBe('2000');
    expect(await result(page, 'training-estimator', 'Wall-clock time')).not.toBe(time);
    await page.keyboard.press('Shift+ArrowUp');
    expect(await count.inputValue()).toBe('3000');
    await page.keyboard.press('ArrowDown');
    expect(await count.inputValue()).toBe('2900');
    await context.close();
  });

  test('units and currency signs people write are read: "$2.50/h", "1.4T tokens", "70B params"', async () => {
    const { context, page } = await openAt('training-steps/compute/', 1280);
    await hydrateAll(page);
    for (const [id, text] of [['price', '$2.50/h'], ['tokens', '1.4T tokens'], ['params', '70B params']] as const) {
      await page.locator(`#training-estimator-${id}`).fill(text);
      expect(await page.locator(`#training-estimator-${id}`).getAttribute('aria-invalid'), text).toBe('false');
    }
    expect(await page.locator('#training-estimator-price-message').textContent()).toMatch(/^\$2\.50? per accelerator-hour/);
    await context.close();
  });

  test('a slider moves with the arrow keys, sets the field and is named for what it sets', async () => {
    const { context, page } = await openAt('training-steps/compute/', 1280);
    await hydrateAll(page);
    const slider = page.getByRole('slider', { name: 'Cluster size' }).first();
    // The worked example runs on 1,920 H100s (Phi-4's model card).
    expect(await slider.getAttribute('aria-valuetext')).toBe('1,920 accelerators');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    const text = await page.locator('#training-estimator-count').inputValue();
    expect(text).not.toBe('1920');
    expect(await slider.getAttribute('aria-valuetext')).not.toBe('1,920 accelerators');
    await context.close();
  });
});

describe('no layout shift as pages load (CLS < 0.05 on every page)', () => {
  // Every written page, and a sample of each family generated from one template (embeds, run pages).
  const all = sampledPages();
  let measured = 0;

  test.each(widths.flatMap((width) => all.map((path) => [width, label(path), path] as const)))('at %d px, %s', async (width, _label, path) => {
    const { context, page } = await openPage(browser(), path, {
      beforeLoad: async (page) => {
        await page.setViewportSize({ width, height: 844 });
        await page.addInitScript(() => {
          const shifts: number[] = [];
          (window as unknown as { shifts: number[] }).shifts = shifts;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
              if (!entry.hadRecentInput) shifts.push(entry.value);
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
      },
    });
    // Fonts, then a few frames and a moment for late styles and scripts.
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    const cls = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0));
    expect(cls).toBeLessThan(0.05);
    measured += 1;
    await context.close();
  });

  test('every page was measured at both widths', () => {
    expect(measured).toBe(all.length * widths.length);
    expect(all.length).toBeGreaterThanOrEqual(25);
  });
});

describe('tables and formulas fit', () => {
  test('on a phone, wide reference tables are cards: nothing sticks out of the column', async () => {
    let tables = 0;
    for (const path of ['history/price-tag-of-progress/', 'history/validation/', 'reference/hardware/', 'basics/counting-parameters/']) {
      const { context, page } = await openAt(path, 390);
      const found = await page.evaluate(() => {
        const out: string[] = [];
        const cards = [...document.querySelectorAll<HTMLElement>('main table.tot-cards')];
        for (const table of cards) {
          const column = table.closest('.sl-markdown-content')!.getBoundingClientRect();
          for (const cell of table.querySelectorAll<HTMLElement>('tbody :is(th, td)')) {
            const box = cell.getBoundingClientRect();
            if (box.right > column.right + 1 || box.left < column.left - 1) out.push(`${table.id || table.className}: "${cell.textContent?.slice(0, 30)}" at ${Math.round(box.left)}–${Math.round(box.right)}`);
          }
          if (getComputedStyle(table.querySelector('tbody td')!, '::before').content === 'none') out.push(`${table.id}: cells without their column names`);
        }
        return { out, count: cards.length };
      });
      expect(found.out.slice(0, 5)).toEqual([]);
      tables += found.count;
      await context.close();
    }
    expect(tables).toBeGreaterThanOrEqual(5);
  });

  test('on a phone, each checked claim is a card as wide as the column, its text clear of the border and never faded', async () => {
    const { context, page } = await openAt('reference/claims-checked/', 390);
    const found = await page.evaluate(() => {
      const table = document.querySelector<HTMLElement>('main table.tot-claims')!;
      const box = table.closest('.ref-table-wrap')!.getBoundingClientRect();
      const cells = [...table.querySelectorAll<HTMLElement>('tbody td')];
      const out = cells
        .map((cell) => ({ cell, rect: cell.getBoundingClientRect(), padding: parseFloat(getComputedStyle(cell).paddingInlineStart) }))
        .filter(({ rect, padding }) => rect.left + padding < box.left + 8 || rect.right > box.right + 1 || rect.width < box.width * 0.9)
        .map(({ cell, rect }) => `"${cell.textContent?.trim().slice(0, 30)}" at ${Math.round(rect.left)}–${Math.round(rect.right)}`);
      return { out, cells: cells.length, mask: getComputedStyle(table).maskImage };
    });
    expect(found.out.slice(0, 5)).toEqual([]);
    expect(found.cells).toBeGreaterThanOrEqual(3 * 80);
    expect(found.mask).toBe('none');
    await context.close();
  });

  test('a formula wider than the column fades at the edge where more is hidden, and the fade follows the scroll', async () => {
    const { context, page } = await openAt('training-steps/energy/', 390);
    const formula = page.locator('.sl-markdown-content .katex-display').first();
    const fades = () => formula.evaluate((element) => [getComputedStyle(element).getPropertyValue('--tot-fade-start'), getComputedStyle(element).getPropertyValue('--tot-fade-end')]);
    expect(await formula.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    expect(await fades()).toEqual(['0px', '48px']);
    await formula.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    await expect.poll(fades).toEqual(['48px', '0px']);
    await context.close();
  });
});

describe('faster to reach', () => {
  test('the runs table’s citations no longer stand between the keyboard and the chart', async () => {
    const { context, page } = await openAt('history/price-tag-of-progress/', 1280);
    await hydrateAll(page);
    const skip = page.locator('a.tot-skip');
    expect(await skip.textContent()).toMatch(/^Skip \d+ links to “The chart”$/);
    // The skip link is the first thing a keyboard reaches in the table's region.
    await page.locator('#every-run-in-the-guides-dataset').evaluate((heading) => heading.parentElement!.querySelector('a')!.focus());
    let tabs = 0;
    while (!(await skip.evaluate((element) => element === document.activeElement)) && tabs < 10) {
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    let inChart = false;
    for (let step = 0; step < 8 && !inChart; step += 1) {
      await page.keyboard.press('Tab');
      inChart = await page.evaluate(() => document.activeElement?.closest('.tot-history-chart') !== null);
    }
    expect(inChart).toBe(true);
    await context.close();
  });
});
