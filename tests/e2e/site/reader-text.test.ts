/**
 * What readers see is written for them: no internal bookkeeping (how the guide's notes name its
 * source articles, hedges left for later, file or field names), no `NaN`, `undefined`, `null` or
 * `TODO`, in any built page — its text, its hidden parts (closed details, tooltips, labels), its
 * meta description and link preview — in the text the page shows once its calculators have
 * hydrated, and in the data downloads. Pages and downloads are discovered from dist/, so a page
 * added tomorrow is read without editing this file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { sources } from '~/lib';
import { useBrowser } from '../support/browser';
import { hydrateAll } from '../support/page';
import { builtHtml, distDirectory, label, openSitePage, sitePages } from '../support/site';

const pages = sitePages();
const browser = useBrowser();

/** Words from the guide's own notes that a reader cannot decode, or that tell them not to trust a figure. */
const internalWords: readonly [string, RegExp][] = [
  ['a name for a source article ("seed", "seed article")', /\bseeds?\b/i],
  ['a note about a copy of a source', /\bour copy\b|\buntitled\b|\bundated\b/i],
  ['a hedge instead of a checked figure', /\bunverified\b|\bnot re-?read\b|\bhave not (?:checked|verified)\b|\breference list\b/i],
  ['a field name from the data', /\btdpWatts\b|\bpricePerHourUsd\b|\bpublishedCostUsd\b/],
  ['a raw value', /\bNaN\b|\bundefined\b|\bnull\b|\bTODO\b|\[object /],
];

/** File names of this repository (`sources.ts`, `FineTuneCalculator.tsx`, `README.md` …) and the notes it was written from. */
const repositoryFileNames: ReadonlySet<string> = (() => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const names = new Set<string>(['published-figures.md', 'recent-runs-and-prices.md']);
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === 'dist') continue;
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.\w+$/.test(entry.name)) names.add(entry.name);
    }
  };
  for (const folder of ['src', 'tests', 'scripts', 'public', 'docs']) walk(join(root, folder));
  for (const entry of readdirSync(root, { withFileTypes: true })) if (entry.isFile()) names.add(entry.name);
  return names;
})();

/**
 * The bibliography's keys that read as keys ("openai-2023-gpt4", "aipro-nd-cost-of-training-llms"):
 * readers get author and year. Keys that are a tool's own name ("llm-analysis") are words.
 */
const sourceIds: readonly string[] = Object.keys(sources).filter((id) => /-(?:\d{4}|nd)-/.test(id));

/** A source-file name of any project ("shareChart.ts", "MODEL_CARD.md"): readers get titles, not paths. */
const sourceFileName = /\b[\w.-]+\.(?:tsx?|mdx?|astro|mjs|cjs|jsx)\b/;

/** Everything wrong in a text, as readable lines: "a hedge instead of a checked figure: …not re-read here…". */
function problemsIn(text: string, options: { fieldNamesAllowed?: boolean } = {}): string[] {
  const flat = text.replace(/\s+/g, ' ');
  const excerpt = (index: number, length: number) => `…${flat.slice(Math.max(0, index - 60), index + length + 60)}…`;
  const problems: string[] = [];
  for (const [what, pattern] of internalWords) {
    if (options.fieldNamesAllowed && what.startsWith('a field name')) continue;
    const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
    for (const match of flat.matchAll(global)) problems.push(`${what}: ${excerpt(match.index, match[0].length)}`);
  }
  // An address may name a file (a model card's URL in a download): only words outside addresses count.
  const words = flat.replace(/https?:\/\/\S+/g, (url) => ' '.repeat(url.length));
  for (const match of words.matchAll(new RegExp(sourceFileName.source, 'g'))) {
    problems.push(`a file name: ${excerpt(match.index, match[0].length)}`);
  }
  // A download keys its citations by source (documented on the Data page); a page never does,
  // apart from an entry's own address on the Sources page ("#vaswani-2017-attention").
  for (const id of options.fieldNamesAllowed ? [] : sourceIds) {
    for (const match of words.matchAll(new RegExp(`(?<![\\w#-])${id}(?![\\w-])`, 'g'))) problems.push(`a bibliography key: ${excerpt(match.index, id.length)}`);
  }
  for (const name of repositoryFileNames) {
    const index = words.indexOf(name);
    if (index !== -1 && !/[\w-]/.test(words[index - 1] ?? ' ') && !/[\w-]/.test(words[index + name.length] ?? ' ')) {
      problems.push(`a file of this repository: ${excerpt(index, name.length)}`);
    }
  }
  return problems;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the character references a built page uses. */
function decode(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (reference, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name.toLowerCase()] ?? reference;
  });
}

/**
 * Everything a built page can show a reader without running it: the text between tags (also in
 * closed details and in calculators before they hydrate), the attributes read aloud or shown on
 * hover (title, alt, aria-label, placeholder, value), and the meta description and link preview.
 * Scripts, styles and the search index's data are code, not reading.
 */
function readableText(html: string): string {
  const markup = html.replace(/<script\b[\s\S]*?<\/script>/gi, ' ').replace(/<style\b[\s\S]*?<\/style>/gi, ' ');
  const attributes = [...markup.matchAll(/\s(?:title|alt|aria-label|aria-description|placeholder|value)="([^"]*)"/gi)].map((m) => m[1]);
  const metas = [...markup.matchAll(/<meta\b[^>]*\b(?:name|property)="(?:description|og:[a-z:]+|twitter:[a-z:]+)"[^>]*>/gi)]
    .map((m) => /\bcontent="([^"]*)"/i.exec(m[0])?.[1] ?? '')
    .filter((content) => !/^https?:\/\//.test(content));
  const text = markup.replace(/<[^>]+>/g, ' ');
  return decode([text, ...attributes, ...metas].join(' \n '));
}

describe('every built page reads as written for its readers', () => {
  test.each(pages.map((path) => [label(path), path]))('%s: its text, hidden text and meta description', (_label, path) => {
    expect(problemsIn(readableText(builtHtml(path)))).toEqual([]);
  });

  test('the 404 page', () => {
    expect(problemsIn(readableText(readFileSync(join(distDirectory, '404.html'), 'utf8')))).toEqual([]);
  });

  test('the scan finds what it looks for', () => {
    const planted = readableText(
      '<meta name="description" content="as seed 001 says"><p title="not re-read here">tdpWatts null</p><p>see sources.ts and published-figures.md</p><p>(openai-2023-gpt4, §2)</p>',
    );
    expect(problemsIn(planted).map((problem) => problem.split(':')[0])).toEqual([
      'a name for a source article ("seed", "seed article")',
      'a hedge instead of a checked figure',
      'a field name from the data',
      'a raw value',
      'a file name',
      'a file name',
      'a bibliography key',
      'a file of this repository',
      'a file of this repository',
    ]);
    expect(problemsIn('Liang (2024), Ruiz (2023): 2,048 A100s, 99.997%; https://github.com/meta-llama/llama3/blob/main/MODEL_CARD.md')).toEqual([]);
  });
});

describe.concurrent('every page after its calculators hydrate', () => {
  test.each(pages.map((path) => [label(path), path]))('%s', { timeout: 60_000 }, async (_label, path) => {
    const { context, page } = await openSitePage(browser(), path);
    await hydrateAll(page);
    const shown = await page.evaluate(() => document.body.innerText);
    await context.close();
    expect(problemsIn(shown)).toEqual([]);
  });
});

describe('the data downloads', () => {
  const downloads = readdirSync(join(distDirectory, 'data')).map((name) => join(distDirectory, 'data', name));

  test('there are downloads to read', () => {
    expect(downloads.map((file) => basename(file)).sort()).toEqual(['training-runs.csv', 'training-runs.json']);
  });

  // A download's keys are its schema (`acceleratorHours`), documented on the Data page.
  test.each(downloads.map((file) => [basename(file), file]))('%s', (_name, file) => {
    expect(problemsIn(readFileSync(file, 'utf8'), { fieldNamesAllowed: true })).toEqual([]);
  });
});
