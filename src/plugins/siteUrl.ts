import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

/** What the build says, once, when it has no `SITE_URL`. */
export const missingSiteUrlWarning =
  'SITE_URL is not set: this build writes no absolute URL (no canonical links, og:url, preview-image tags or sitemap, and "Cite this page" gives a relative path). Set SITE_URL to the origin the site is served from (e.g. SITE_URL=https://train-or-tune.example) for a build you deploy.';

/**
 * The sitemap (without the calculator embeds, which are `noindex`: their articles are the pages
 * to find) when the site's origin is known; otherwise one warning at the start of the build.
 *
 * Without an origin Astro and Starlight write no canonical link or `og:url`, and a sitemap is
 * impossible (it lists absolute URLs). The warning stands in the sitemap integration's place and
 * keeps its name, because Starlight adds its own sitemap when none is configured, and that one
 * would log a second, less helpful warning at the end of the build.
 */
export function sitemapOrWarning(options: { site: string | undefined; base: string }): AstroIntegration {
  const integration = sitemap({
    filter: (page) => !new URL(page).pathname.startsWith(`${options.base.replace(/\/+$/, '')}/embed/`),
  });
  if (options.site !== undefined) return integration;
  return {
    name: integration.name,
    hooks: { 'astro:build:start': ({ logger }) => logger.fork('site-url').warn(missingSiteUrlWarning) },
  };
}
