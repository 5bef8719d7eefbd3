import { cleanup } from '@testing-library/preact';
import { afterAll, afterEach, beforeEach, vi } from 'vitest';

/**
 * Registers the hooks that keep a file's calculator tests independent: each test unmounts what
 * it rendered, and no test writes the address bar. A calculator mirrors its edits into the URL
 * 250 ms after the last one, so a slow test would otherwise hand its state to the next test, and
 * a write due after the file ends would run once the test window is gone.
 */
export function isolateCalculators() {
  beforeEach(() => {
    vi.spyOn(window.history, 'replaceState').mockImplementation(() => {});
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });
  afterAll(() => new Promise((resolve) => setTimeout(resolve, 300)));
}
