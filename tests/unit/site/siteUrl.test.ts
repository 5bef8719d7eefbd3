import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, test, vi } from 'vitest';
import { missingSiteUrlWarning, sitemapOrWarning } from '~/plugins/siteUrl';

function fakeLogger() {
  const warn = vi.fn();
  const logger = { warn, fork: vi.fn(() => logger) } as unknown as AstroIntegrationLogger;
  return { logger, warn };
}

describe('sitemapOrWarning', () => {
  test('with a site: the sitemap integration itself, writing at the end of the build', () => {
    const integration = sitemapOrWarning({ site: 'https://example.org', base: '/' });
    expect(integration.name).toBe('@astrojs/sitemap');
    expect(Object.keys(integration.hooks)).toContain('astro:build:done');
  });

  test('without a site: one warning when the build starts, and nothing else (no sitemap, and none added by Starlight under the same name)', () => {
    const integration = sitemapOrWarning({ site: undefined, base: '/' });
    expect(integration.name).toBe('@astrojs/sitemap');
    expect(Object.keys(integration.hooks)).toEqual(['astro:build:start']);
    const { logger, warn } = fakeLogger();
    integration.hooks['astro:build:start']!({ logger } as never);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(missingSiteUrlWarning);
    expect(missingSiteUrlWarning).toMatch(/^SITE_URL is not set: .*no absolute URL/);
  });
});
