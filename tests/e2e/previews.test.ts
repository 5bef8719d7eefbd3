/**
 * Link previews and absolute URLs. With SITE_URL (a build of its own, below a base path), every
 * page names its own 1200×630 PNG preview by absolute URL, with its size and a text alternative,
 * and the headline a preview shows is the result its page's worked example shows. Without
 * SITE_URL (the suite's main build), no page names localhost or any absolute URL of its own.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages } from '../../scripts/built-pages.mjs';
import { runPreview } from '~/components/history/runPage';
import { runPagePath } from '~/components/history/runLinks';
import { getTrainingRun, trainingRuns } from '~/lib';
import { pageHeadlines } from '~/preview/headlines';
import { buildSite } from './support/build';
import { builtHtmlFiles, distDirectory, sampledPages, sitePages } from './support/site';

const origin = 'https://train-or-tune.example';
const basePath = '/guide';
let outDir: string;

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'train-or-tune-previews-'));
  buildSite({ outDir, env: { BASE_PATH: basePath, SITE_URL: origin } });
}, 180_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** The `content` of `<meta property|name="key">` in `html`, or undefined. */
function meta(html: string, key: string): string | undefined {
  const tag = html.match(new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`));
  return tag?.[1]?.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** Width and height from a PNG's IHDR chunk, after checking the PNG signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The text of every `<output>` in built HTML, tags stripped. */
function outputs(html: string): string[] {
  return [...html.matchAll(/<output\b[^>]*>([\s\S]*?)<\/output>/g)].map((match) => (match[1] ?? '').replace(/<[^>]+>/g, '').trim());
}

describe(`with SITE_URL (${origin}) and BASE_PATH (${basePath})`, () => {
  const html = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');

  test('every page has an og:image and twitter:image of its own: an absolute URL of a 1200×630 PNG in the build, with its size and a text alternative', () => {
    const pages = builtPages(outDir);
    expect(pages.length).toBeGreaterThanOrEqual(40);
    const seen = new Set<string>();
    for (const path of pages) {
      const page = html(path);
      const image = meta(page, 'og:image');
      expect(image, `/${path}`).toBeDefined();
      const url = new URL(image!);
      expect(url.origin, `/${path}`).toBe(origin);
      expect(url.pathname.startsWith(`${basePath}/preview/`), `/${path}: ${image}`).toBe(true);
      expect(meta(page, 'twitter:image'), `/${path}`).toBe(image);
      expect(meta(page, 'og:image:type'), `/${path}`).toBe('image/png');
      expect([meta(page, 'og:image:width'), meta(page, 'og:image:height')], `/${path}`).toEqual(['1200', '630']);
      expect(meta(page, 'og:image:alt')?.length ?? 0, `/${path}: og:image:alt`).toBeGreaterThan(10);
      expect(meta(page, 'twitter:image:alt'), `/${path}`).toBe(meta(page, 'og:image:alt'));
      const file = join(outDir, url.pathname.slice(basePath.length));
      expect(existsSync(file), `/${path}: ${file}`).toBe(true);
      expect(pngSize(readFileSync(file)), `/${path}`).toEqual({ width: 1200, height: 630 });
      seen.add(image!);
    }
    expect(seen.size, 'one image per page').toBe(pages.length);
  });

  test('canonical links and og:url are absolute, under the base path', () => {
    for (const path of builtPages(outDir)) {
      const page = html(path);
      const expected = `${origin}${basePath}/${path}`;
      expect(page, `/${path}`).toContain(`<link rel="canonical" href="${expected}"/>`);
      expect(meta(page, 'og:url'), `/${path}`).toBe(expected);
    }
  });

  test('the sitemap lists every article and no embed (embeds are noindex: their articles are the pages to find)', () => {
    const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    const pages = builtPages(outDir);
    const embeds = pages.filter((path) => path.startsWith('embed/'));
    expect(embeds.length).toBeGreaterThan(0);
    expect(listed.sort()).toEqual(pages.filter((path) => !path.startsWith('embed/')).map((path) => `${origin}${basePath}/${path}`).sort());
    for (const path of embeds) expect(meta(html(path), 'robots'), `/${path}`).toBe('noindex');
  });

  test('"Cite this page" gives the absolute URL', () => {
    expect(html('history/data/')).toMatch(new RegExp(`data-cite="plain">Train or Tune \\(\\d{4}\\)\\. [^<]*\\. ${origin}${basePath}/history/data/<`));
  });

  test.each(Object.entries(pageHeadlines))('the preview of /%s/ shows a result its worked example shows, in its text alternative too', (id, headline) => {
    const page = html(`${id}/`);
    const { value } = headline();
    expect(outputs(page)).toContain(value);
    expect(meta(page, 'og:image:alt')).toContain(value);
  });

  test.each(sampledPages(trainingRuns.map((run) => runPagePath(run.id).slice(1))))(
    'the preview of /%s names the run and shows the headline cost its page shows',
    (path) => {
      const run = getTrainingRun(path.split('/')[2]!);
      const page = html(path);
      const alt = meta(page, 'og:image:alt');
      expect(alt).toContain(`${run.name} (Train or Tune, Cost history).`);
      expect(meta(page, 'og:image')).toBe(`${origin}${basePath}/preview/${path.slice(0, -1)}.png`);
      const headline = runPreview(run).headline;
      if (headline === null) expect(run.publishedCostUsd).toBeUndefined();
      else {
        expect(page).toContain(`<strong>${headline.value}</strong>`);
        expect(alt).toContain(`headline cost ${headline.value}`);
      }
    },
  );
});

describe('without SITE_URL (the main build)', () => {
  test('no page names localhost, and none has a canonical link, og:url, preview-image tag or sitemap', () => {
    const files = builtHtmlFiles();
    expect(files.length).toBeGreaterThanOrEqual(40);
    const problems: string[] = [];
    for (const file of files) {
      const page = readFileSync(file, 'utf8');
      if (/localhost|127\.0\.0\.1/.test(page)) problems.push(`${file}: names localhost`);
      if (page.includes('rel="canonical"')) problems.push(`${file}: canonical link`);
      for (const key of ['og:url', 'og:image', 'twitter:image']) if (meta(page, key) !== undefined) problems.push(`${file}: ${key}`);
    }
    expect(problems).toEqual([]);
    expect(existsSync(join(distDirectory, 'sitemap-index.xml'))).toBe(false);
    // The images are built all the same: a host that knows its address can still point at them.
    expect(sitePages().every((path) => existsSync(join(distDirectory, 'preview', `${path === '' ? 'index' : path.slice(0, -1)}.png`)))).toBe(true);
  });

  test('"Cite this page" gives the page’s path', () => {
    const page = readFileSync(join(distDirectory, 'history/data/index.html'), 'utf8');
    expect(page).toMatch(/data-cite="plain">Train or Tune \(\d{4}\)\. [^<]*\. \/history\/data\/</);
  });
});
