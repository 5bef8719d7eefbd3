// @ts-check
// One response as the bench counts it: its path, what kind of file it is, and its body's size
// raw and gzipped (node:zlib, level 9, like a CDN's static compression).
import { gzipSync } from 'node:zlib';

/**
 * @param {import('playwright-core').Response} response
 * @returns {Promise<{ path: string, kind: 'js' | 'css' | 'other', raw: number, gzip: number }>}
 */
export async function measuredResponse(response) {
  const type = response.headers()['content-type'] ?? '';
  const resourceType = response.request().resourceType();
  const kind = resourceType === 'script' || /javascript/.test(type) ? 'js' : resourceType === 'stylesheet' || /text\/css/.test(type) ? 'css' : 'other';
  const path = new URL(response.url()).pathname;
  let body;
  try {
    body = await response.body();
  } catch {
    return { path, kind, raw: 0, gzip: 0 }; // redirects and aborted requests have no body
  }
  return { path, kind, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

/**
 * Total raw or gzip bytes of a list of measured responses.
 * @param {{ raw: number, gzip: number }[]} list @param {'raw' | 'gzip'} key
 */
export const totalBytes = (list, key) => list.reduce((total, item) => total + item[key], 0);

/**
 * The JavaScript among measured responses: raw and gzip bytes, how many files, and each file.
 * @param {{ path: string, kind: string, raw: number, gzip: number }[]} responses
 */
export function scriptSummary(responses) {
  const scripts = responses.filter((item) => item.kind === 'js');
  return {
    jsRaw: totalBytes(scripts, 'raw'),
    jsGzip: totalBytes(scripts, 'gzip'),
    jsFiles: scripts.length,
    scripts: scripts.map(({ path, gzip }) => ({ path, gzip })),
  };
}
