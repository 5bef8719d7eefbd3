// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import preact from '@astrojs/preact';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { clientChunkGroups } from './src/plugins/clientChunks.ts';
import { contentSecurityPolicy } from './src/plugins/csp.ts';
import { frameHeaders } from './src/plugins/frameHeaders.ts';
import { pagefindUiLanguages } from './src/plugins/pagefindUiLanguages.ts';
import { quietHeadInjectWarning } from './src/plugins/quietHeadInjectWarning.ts';
import { rehypeBaseLinks } from './src/plugins/rehypeBaseLinks.ts';
import { rehypeFocusableMath } from './src/plugins/rehypeFocusableMath.ts';
import { rehypeHeadingIds } from './src/plugins/rehypeHeadingIds.ts';
import { sitemapOrWarning } from './src/plugins/siteUrl.ts';
import { rehypeKatexFonts } from './src/plugins/rehypeKatexFonts.ts';
import { sidebarGroups } from './src/sidebar.ts';

/**
 * Deployment settings come from the environment so one build serves any host:
 * - SITE_URL: absolute origin for canonical links, preview images and the sitemap (e.g. https://train-or-tune.example).
 *   Without it the build writes no absolute URL and warns once (src/plugins/siteUrl.ts).
 * - BASE_PATH: sub-path when hosted below the origin's root (e.g. /train-or-tune).
 */
// Vite exposes the base as import.meta.env.BASE_URL, and Astro's server render lets an inherited
// BASE_URL environment variable (some CI systems and test runners export one) override `base`:
// every sidebar link and island href would then lose the sub-path. The configured base wins.
delete process.env.BASE_URL;

const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // No link prefetching (Starlight turns it on for every link): its script is 1.1 kB of
  // JavaScript on every page, to fetch the next page a moment before a tap on a phone.
  prefetch: false,
  // Content-Security-Policy <meta> on every page, no 'unsafe-inline' scripts: see src/plugins/csp.ts.
  security: { csp: contentSecurityPolicy(new URL('./', import.meta.url)) },
  markdown: {
    // Code blocks are Starlight's (Expressive Code, styled from an external stylesheet), which
    // turns Astro's Shiki highlighter off; said here too, because Astro checks Shiki against the
    // CSP before integrations run and would warn about inline styles that never ship.
    syntaxHighlight: false,
    // Formulas are typeset at build time (KaTeX HTML + CSS): no client JavaScript for math.
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [rehypeHeadingIds, rehypeKatex, rehypeFocusableMath, rehypeKatexFonts, [rehypeBaseLinks, { base }]],
    }),
  },
  vite: {
    // The site is in English: Pagefind's UI ships only its English strings (see the plugin).
    // The other plugin silences one harmless Rolldown warning per page (see its file).
    plugins: [pagefindUiLanguages(['en']), quietHeadInjectWarning()],
    environments: {
      // Fewer, larger files for the browser: see src/plugins/clientChunks.ts.
      client: { build: { rolldownOptions: { output: { codeSplitting: { groups: [...clientChunkGroups] } } } } },
    },
  },
  integrations: [
    starlight({
      title: 'Train or Tune',
      description:
        'What it costs to train a transformer, and whether to build one or fine-tune one — with calculators you can run on your own numbers.',
      favicon: '/favicon.svg',
      customCss: ['katex/dist/katex.min.css', './src/styles/calculator.css', './src/styles/reference.css', './src/styles/basics.css', './src/styles/steps.css', './src/styles/history.css', './src/styles/recommendations.css', './src/styles/layout.css'],
      lastUpdated: false,
      components: {
        // Guarded copies of Starlight's theme scripts: storage that throws must not break a page.
        ThemeProvider: './src/components/overrides/ThemeProvider.astro',
        ThemeSelect: './src/components/overrides/ThemeSelect.astro',
        // Calculator embeds (/embed/…) get no header, search or sidebar.
        PageFrame: './src/components/overrides/PageFrame.astro',
        // Adds "Jump to the calculator" and preloads the KaTeX fonts a page's formulas use.
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        // Loads the search UI when the reader opens search, not on every page.
        Search: './src/components/overrides/Search.astro',
      },
      // The not-found page is the guide's own, src/pages/404.astro (see there why).
      disable404Route: true,
      pagination: true,
      sidebar: sidebarGroups(new URL('./src/content/docs/', import.meta.url)),
      plugins: [starlightLinksValidator()],
      // Preview-image tags, the embeds' noindex and new-tab links (src/routeData.ts), and the
      // preloads of the KaTeX fonts of pages with formulas (src/routeMiddleware.ts).
      routeMiddleware: ['./src/routeData.ts', './src/routeMiddleware.ts'],
    }),
    preact(),
    sitemapOrWarning({ site, base }),
    frameHeaders(),
  ],
});
