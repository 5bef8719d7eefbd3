/**
 * The build keeps only the site's language of Pagefind's UI strings (src/plugins/pagefindUiLanguages.ts).
 * Checked against the Pagefind UI this project installs, so a Pagefind upgrade that bundles its
 * strings differently fails here rather than silently shipping all 44 languages again.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { stripPagefindTranslations } from '../../../src/plugins/pagefindUiLanguages';

const require = createRequire(import.meta.url);
const modulePath = join(require.resolve('@pagefind/default-ui/package.json'), '..', 'npm_dist', 'mjs', 'ui-core.mjs');
const original = readFileSync(modulePath, 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'pagefind-ui-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('stripPagefindTranslations', () => {
  const stripped = stripPagefindTranslations(original, ['en']);

  test('the installed Pagefind UI bundles many languages, and the English strings the site shows', () => {
    expect(original.match(/\/\/ \.\.\/translations\/[^\s/]+\.json\n/g)?.length).toBeGreaterThan(40);
    expect(original).toContain('zero_results: "No results for [SEARCH_TERM]"');
  });

  test('keeps English only: its strings stay, another language’s go, and the two lists hold one entry', () => {
    expect(stripped).toBeDefined();
    expect(stripped).toContain('zero_results: "No results for [SEARCH_TERM]"');
    expect(stripped).not.toContain('Geen resultate vir [SEARCH_TERM]'); // Afrikaans
    expect(stripped).not.toContain('// ../translations/de.json');
    expect(stripped).toMatch(/var modules = \[en_exports\];/);
    expect(stripped).toMatch(/var filenames = \["\.\.\/\.\.\/translations\/en\.json"\];/);
  });

  test('removes most of the module (the strings are most of it)', () => {
    expect(stripped!.length).toBeLessThan(original.length * 0.6);
  });

  test('the stripped module still loads and exports the UI class', { timeout: 60_000 }, async () => {
    const file = join(scratch, 'ui-core.mjs');
    writeFileSync(file, stripped!);
    const module = (await import(pathToFileURL(file).href)) as { PagefindUI?: unknown };
    expect(typeof module.PagefindUI).toBe('function');
  });

  test('keeps two languages when asked, in the original order', () => {
    const two = stripPagefindTranslations(original, ['fr', 'en']);
    expect(two).toMatch(/var modules = \[en_exports, fr_exports\];/);
    expect(two).toContain('// ../translations/fr.json');
    expect(two).not.toContain('// ../translations/de.json');
  });

  test('leaves code of another shape alone (undefined): no lists, a language not bundled, lists that disagree', () => {
    expect(stripPagefindTranslations('export const x = 1;', ['en'])).toBeUndefined();
    expect(stripPagefindTranslations(original, ['xx'])).toBeUndefined();
    const mismatched = original.replace(/var modules = \[([^\]]*)\];/, 'var modules = [$1, extra_exports];');
    expect(stripPagefindTranslations(mismatched, ['en'])).toBeUndefined();
  });
});
