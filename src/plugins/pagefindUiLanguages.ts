import type { Plugin } from 'vite';

/**
 * Pagefind's UI (`@pagefind/default-ui`, the search dialog) bundles its strings in 44 languages,
 * 16 kB of the 26 kB of JavaScript a reader downloads on opening search, and picks one by the
 * page's `lang`. This site has one language, and Starlight passes its own strings for it anyway,
 * so the build keeps only the languages listed.
 *
 * The bundled module (esbuild output) marks each language's strings with a
 * `// ../translations/<lang>.json` comment and lists them in two arrays, `modules` and
 * `filenames`, in the same order. Returns the code with the other languages removed, or
 * `undefined` when the code does not have that shape (a Pagefind release that bundles
 * differently), so the caller can leave it whole.
 */
export function stripPagefindTranslations(code: string, keep: readonly string[]): string | undefined {
  const filenamesMatch = /var filenames = \[([^\]]*)\];/.exec(code);
  const modulesMatch = /var modules = \[([^\]]*)\];/.exec(code);
  if (!filenamesMatch || !modulesMatch) return undefined;
  const filenames = filenamesMatch[1]!.split(',').map((item) => item.trim());
  const modules = modulesMatch[1]!.split(',').map((item) => item.trim());
  const languages = filenames.map((file) => /translations\/([^/"]+)\.json"$/.exec(file)?.[1]);
  if (filenames.length !== modules.length || languages.some((language) => language === undefined)) return undefined;
  if (!keep.every((language) => languages.includes(language))) return undefined;

  const kept = languages.flatMap((language, index) => (keep.includes(language!) ? [index] : []));
  let removed = 0;
  const stripped = code
    .replace(/\/\/ \.\.\/translations\/([^\s/]+)\.json\n[\s\S]*?(?=\n\/\/ )/g, (block, language: string) => {
      if (keep.includes(language)) return block;
      removed += 1;
      return '';
    })
    .replace(modulesMatch[0], `var modules = [${kept.map((index) => modules[index]).join(', ')}];`)
    .replace(filenamesMatch[0], `var filenames = [${kept.map((index) => filenames[index]).join(', ')}];`);
  return removed === languages.length - kept.length ? stripped : undefined;
}

/**
 * Vite plugin: Pagefind's UI ships with the strings of the languages in `keep` only (see
 * {@link stripPagefindTranslations}). When the module's shape is not recognised it stays whole
 * (search works, with 16 kB more) and the build says so.
 */
export function pagefindUiLanguages(keep: readonly string[]): Plugin {
  return {
    name: 'train-or-tune:pagefind-ui-languages',
    transform(code, id) {
      if (!/@pagefind[\\/]default-ui[\\/].*\.mjs$/.test(id) || !code.includes('../translations/')) return undefined;
      const stripped = stripPagefindTranslations(code, keep);
      if (stripped === undefined) {
        this.warn(
          `Pagefind's UI bundles its translations differently from what src/plugins/pagefindUiLanguages.ts expects, so all of them ship (search works, about 16 kB heavier to open). Update the plugin for this Pagefind release.`,
        );
        return undefined;
      }
      return { code: stripped, map: null };
    },
  };
}
