/**
 * The Reference section in a real browser: every glossary term has its own anchor that a pasted
 * link lands on, the hardware page lists every catalogued accelerator with its numbers, and every
 * article links at least one glossary term.
 */
import { describe, expect, inject, test } from 'vitest';
import { claims, verdictCounts, verdictLabels } from '../../src/components/reference/claims';
import { accelerators } from '../../src/lib';
import { formatTflopsPerSecond } from '../../src/lib/flopsRate';
import { useBrowser } from './support/browser';
import { openPage } from './support/page';
import { builtHtml, sitePages } from './support/site';

/** The ids of every element of a built page. */
function idsOf(path: string): Set<string> {
  return new Set([...builtHtml(path).matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ''));
}

const browser = useBrowser();

/** Terms the guide promises a glossary entry for (the Reference issue's list), by anchor. */
const requiredTerms = [
  'parameter', 'token', 'flop', 'flops-per-second', 'mfu', 'hfu', 'accelerator-hour', 'mixed-precision',
  'optimizer-state', 'zero', 'activation-recomputation', 'data-parallelism', 'tensor-parallelism',
  'pipeline-parallelism', 'mixture-of-experts', 'active-parameters', 'chinchilla-optimal', 'fine-tuning',
  'peft', 'lora', 'qlora', 'quantization', 'pruning', 'distillation', 'pue', 'grid-carbon-intensity',
  'spot-instance', 'committed-use-discount',
];

describe('the reference section', () => {
  test('every glossary term is an h3 with its own anchor, and a link to it lands on the term', async () => {
    const { context, page, problems } = await openPage(browser(), 'reference/glossary/');
    const anchors = await page.locator('main h3[id]').evaluateAll((headings) => headings.map((heading) => heading.id));
    expect(anchors).toEqual(expect.arrayContaining(requiredTerms));
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const anchor of anchors) {
      await page.goto(new URL(`reference/glossary/#${anchor}`, inject('siteUrl')).href);
      const { top, atBottom } = await page.locator(`[id="${anchor}"]`).evaluate((element) => ({
        top: element.getBoundingClientRect().top,
        atBottom: Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight,
      }));
      // The heading sits just under Starlight's fixed header, or as high as the page can scroll
      // (the last terms, near the end of the page).
      expect(top, `#${anchor}`).toBeGreaterThanOrEqual(0);
      if (!atBottom) expect(top, `#${anchor}`).toBeLessThan(200);
      else expect(top, `#${anchor}`).toBeLessThan(await page.evaluate(() => window.innerHeight));
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the hardware page lists every catalogued accelerator with its dense peak, memory and power', async () => {
    const { context, page, problems } = await openPage(browser(), 'reference/hardware/');
    for (const accelerator of accelerators) {
      const row = page.locator(`#accelerator-table tr[data-accelerator="${accelerator.id}"]`);
      expect(await row.count(), accelerator.id).toBe(1);
      expect(await row.locator('th').innerText()).toBe(accelerator.name);
      expect(await row.locator('[data-dense-peak]').innerText()).toContain(formatTflopsPerSecond(accelerator.peakFlops));
      const text = await row.innerText();
      expect(text).toMatch(/\d+(\.\d+)? GB/);
      if (accelerator.tdpWatts !== null) expect(text).toContain(`${accelerator.tdpWatts.toLocaleString('en-US')} W`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  test('every article links at least one glossary term', () => {
    // An embed (`embed/…`) is one calculator in a frame, not an article: it links back to its article.
    const articles = sitePages().filter((path) => path !== '' && path !== 'reference/glossary/' && !path.startsWith('embed/'));
    const withoutTerm = articles.filter((path) => !/<main[\s\S]*href="[^"]*\/reference\/glossary\/#[^"]+"[\s\S]*<\/main>/.test(builtHtml(path)));
    expect(articles.length).toBeGreaterThan(20);
    expect(withoutTerm).toEqual([]);
  });

  test('Claims checked: one row per claim with its own anchor and verdict, the counts the page reports, and every link landing on a page and section that exist', () => {
    const html = builtHtml('reference/claims-checked/');
    const rows = [...html.matchAll(/<tr id="claim-([^"]+)" data-verdict="([a-z]+)"/g)].map((match) => ({ id: match[1], verdict: match[2] }));
    expect(rows).toEqual(claims.map((claim) => ({ id: claim.id, verdict: claim.verdict })));
    const counts = verdictCounts(claims);
    const main = html.slice(html.indexOf('<main'));
    expect(main).toContain(`Of the <strong>${claims.length} claims</strong>`);
    for (const count of Object.values(counts)) expect(main).toContain(`<strong>${count}</strong>`);
    for (const label of Object.values(verdictLabels)) expect(main).toContain(label);
    const missing = claims.flatMap((claim) => {
      const [path = '', hash] = claim.href.replace(/^\//, '').split('#');
      if (!sitePages().includes(path)) return [`${claim.id}: no page /${path}`];
      return hash === undefined || idsOf(path).has(hash) ? [] : [`${claim.id}: no #${hash} on /${path}`];
    });
    expect(missing).toEqual([]);
  });
});
