import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian, Ubuntu and Chrome put their browsers; `CHROME_PATH` wins. */
const candidatePaths = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
].filter((path): path is string => Boolean(path));

export const missingChromiumMessage = [
  'End-to-end tests need a Chromium or Chrome, and none was found.',
  `Looked at: ${candidatePaths.join(', ')}.`,
  'Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to its executable.',
  'These tests never download a browser and never skip.',
].join('\n');

/** The first existing browser executable, or a thrown error that says how to install one. */
export function findChromium(): string {
  const found = candidatePaths.find((path) => existsSync(path));
  if (!found) throw new Error(missingChromiumMessage);
  return found;
}

/**
 * Flags for a headless Chromium on a machine with no network but loopback: without the
 * background-networking ones Chromium keeps trying to reach Google's hosts and logs errors.
 */
const chromiumArgs = [
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

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}
