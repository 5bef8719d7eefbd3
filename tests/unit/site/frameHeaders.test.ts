import { describe, expect, test } from 'vitest';
import { frameHeaderRules } from '~/plugins/frameHeaders';

describe('frameHeaderRules', () => {
  test('one rule per top-level folder and HTML file, framing allowed under /embed/ only, sorted; other files and _headers get none', () => {
    const rules = frameHeaderRules([
      { name: 'training-steps', directory: true },
      { name: 'embed', directory: true },
      { name: 'index.html', directory: false },
      { name: 'favicon.svg', directory: false },
      { name: '_headers', directory: false },
      { name: '_astro', directory: true },
    ]);
    const deny = "  Content-Security-Policy: frame-ancestors 'none'; object-src 'none'; base-uri 'self'\n  X-Frame-Options: DENY";
    expect(rules).toBe(
      [
        `/\n${deny}`,
        `/_astro/*\n${deny}`,
        "/embed/*\n  Content-Security-Policy: frame-ancestors *; object-src 'none'; base-uri 'self'",
        `/index.html\n${deny}`,
        `/training-steps/*\n${deny}`,
      ].join('\n') + '\n',
    );
  });

  test('an empty build still refuses framing at the root', () => {
    expect(frameHeaderRules([])).toBe("/\n  Content-Security-Policy: frame-ancestors 'none'; object-src 'none'; base-uri 'self'\n  X-Frame-Options: DENY\n");
  });
});
