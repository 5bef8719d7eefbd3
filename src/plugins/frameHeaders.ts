import { appendFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The site path under which other sites may frame pages: the calculator embeds. */
export const framablePath = 'embed';

/** What every other path sends: no site may frame it (a `<meta>` policy cannot say this). */
export const noFramingHeaders = [
  "Content-Security-Policy: frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
  'X-Frame-Options: DENY',
] as const;

/** What the embeds send: any site may frame them. X-Frame-Options has no "anyone", so it is left out. */
export const framingHeaders = ["Content-Security-Policy: frame-ancestors *; object-src 'none'; base-uri 'self'"] as const;

/**
 * `_headers` rules (Netlify, Cloudflare Pages) for the framing headers, one rule per top-level
 * entry of the build, so that no two rules match one path. Hosts disagree on what two matching
 * rules do (Cloudflare Pages joins their values, so two Content-Security-Policy headers would
 * both apply and `'none'` would win; Netlify lets one replace the other; Workers takes the
 * first), and rules that never overlap mean the same thing on all of them.
 */
export function frameHeaderRules(entries: readonly { name: string; directory: boolean }[]): string {
  const rule = (path: string, headers: readonly string[]) => [path, ...headers.map((header) => `  ${header}`)].join('\n');
  const rules = [rule('/', noFramingHeaders)];
  for (const { name, directory } of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
    if (name === '_headers') continue;
    if (directory) rules.push(rule(`/${name}/*`, name === framablePath ? framingHeaders : noFramingHeaders));
    else if (name.endsWith('.html')) rules.push(rule(`/${name}`, noFramingHeaders));
  }
  return `${rules.join('\n')}\n`;
}

/**
 * Appends the framing rules to the build's `_headers` (copied from `public/_headers`, which
 * holds the headers every path shares) once the build knows its top-level folders.
 */
export function frameHeaders(): AstroIntegration {
  return {
    name: 'train-or-tune:frame-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const entries = readdirSync(out, { withFileTypes: true }).map((entry) => ({ name: entry.name, directory: entry.isDirectory() }));
        appendFileSync(
          `${out}/_headers`,
          `# Framing (generated at build time by src/plugins/frameHeaders.ts): only /${framablePath}/ may be framed.\n${frameHeaderRules(entries)}`,
        );
      },
    },
  };
}
