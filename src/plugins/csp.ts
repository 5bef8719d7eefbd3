import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroUserConfig } from 'astro';

/**
 * Content-Security-Policy for the built site (Astro `security.csp`, delivered as a
 * `<meta http-equiv>` in every page's head).
 *
 * Astro hashes the scripts and styles it bundles, but not `<script is:inline>` blocks, which it
 * copies verbatim. The site has a few, and they must stay inline: the theme scripts run before
 * first paint so a page never flashes the wrong theme, and Starlight's sidebar and search
 * shortcut scripts patch the page while it parses. Their hashes are computed here from the very
 * files Astro copies them from, so editing one (ours, or Starlight's on upgrade) re-hashes it
 * at the next build instead of silently blocking it.
 */
export function inlineScriptFiles(projectRoot: URL): string[] {
  const root = fileURLToPath(projectRoot);
  // Starlight's package exports `./components/*`: its `dist/` folder is the parent of that one.
  const starlight = dirname(dirname(createRequire(join(root, 'package.json')).resolve('@astrojs/starlight/components/Search.astro')));
  return [
    // The project's guarded copies of Starlight's theme scripts (see the files for why).
    join(root, 'src/components/overrides/ThemeProvider.astro'),
    join(root, 'src/components/overrides/ThemeSelect.astro'),
    // The search override's shortcut label (Starlight's own, see the file).
    join(root, 'src/components/overrides/Search.astro'),
    // Starlight: sidebar scroll persistence, synced-tabs restore.
    join(starlight, 'components/SidebarPersister.astro'),
    join(starlight, 'user-components/Tabs.astro'),
  ];
}

/** `sha256-…` of every `<script is:inline>` body in `files`, as Astro will emit it. */
export function inlineScriptHashes(files: readonly string[]): `sha256-${string}`[] {
  const hashes = new Set<`sha256-${string}`>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/<script\s+is:inline\b[^>]*>([\s\S]*?)<\/script>/g)) {
      hashes.add(`sha256-${createHash('sha256').update(match[1] ?? '').digest('base64')}`);
    }
  }
  return [...hashes];
}

/** The `security.csp` object for astro.config.mjs. */
export function contentSecurityPolicy(projectRoot: URL): Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean> {
  return {
    algorithm: 'SHA-256' as const,
    directives: [
      "default-src 'self'",
      // KaTeX fonts and the favicon are same-origin; the bundler inlines KaTeX's smallest
      // fonts (under 4 kB) into the CSS as data: URLs, and SVG icons may be data: URLs.
      "img-src 'self' data:",
      "font-src 'self' data:",
      // Pagefind fetches its index from the site itself.
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      // frame-ancestors is ignored (with a console error) in a <meta> policy: public/_headers sends it.
    ],
    scriptDirective: {
      // No 'unsafe-inline': every inline script is hashed (Astro's own, plus the is:inline ones
      // above). 'wasm-unsafe-eval' lets Pagefind (site search) compile its WebAssembly; it does
      // not allow eval() of JavaScript.
      resources: ["'self'", "'wasm-unsafe-eval'"],
      hashes: inlineScriptHashes(inlineScriptFiles(projectRoot)),
    },
    styleDirective: {
      // Stated per kind, so that neither falls back on the other: <style> and <link> elements
      // (style-src-elem) come from the site or match a hash Astro adds; style ATTRIBUTES
      // (style-src-attr) need 'unsafe-inline', because KaTeX positions every glyph with
      // style="height:…;vertical-align:…" computed per formula at build time, Starlight sets
      // custom properties in style attributes (--sl-icon-size, --depth, --sl-select-width), and
      // hashes do not apply to attributes without 'unsafe-hashes'. A style attribute cannot run
      // script. (style-src itself stays 'self', for browsers older than these two directives.)
      resources: [
        { resource: "'self'", kind: 'element' as const },
        { resource: "'unsafe-inline'", kind: 'attribute' as const },
      ],
    },
  };
}
