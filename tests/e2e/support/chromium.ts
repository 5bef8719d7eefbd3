import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs } from '../../../scripts/chromium-args.mjs';

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

/** Headless Chromium with the flags a machine with no network but loopback needs. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}
