// @ts-check

/**
 * Flags for a headless Debian Chromium on a machine with no network but loopback, shared by the
 * e2e tests, the bench and its Lighthouse runs: without the background-networking ones Chromium
 * keeps trying to reach Google's hosts and logs errors.
 */
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
