// @ts-check
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/** Content types for what `astro build` writes into dist/. */
const contentTypes = /** @type {const} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
});

/**
 * Serves a built site (dist/) the way a static host would: `/x/` → `/x/index.html`,
 * a missing file → 404.html with status 404, and everything below `base` only.
 *
 * @param {{ root: string, base?: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} `url` ends with the base path and a slash.
 */
export function startStaticServer({ root, base = '/', port = 0, host = '127.0.0.1' }) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!pathname.startsWith(prefix)) return sendNotFound(response, root);
    let file = normalize(join(root, pathname.slice(prefix.length)));
    if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) return sendNotFound(response, root);
    if (pathname.endsWith('/')) file = join(file, 'index.html');
    if (!isFile(file)) return sendNotFound(response, root);
    const type = contentTypes[/** @type {keyof typeof contentTypes} */ (extname(file))] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, 'cache-control': cacheControl(pathname.slice(prefix.length)) });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://${host}:${actualPort}${prefix}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/**
 * What a static host sends: Astro's hashed build assets never change under their name, so they
 * are cached for a year; pages and everything else are revalidated on each visit.
 *
 * @param {string} sitePath the path below the base, e.g. `_astro/page.cNngjUgL.js`
 */
function cacheControl(sitePath) {
  return sitePath.startsWith('_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** @param {string} file */
function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** @param {import('node:http').ServerResponse} response @param {string} root */
function sendNotFound(response, root) {
  const page = join(root, '404.html');
  response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  if (isFile(page)) createReadStream(page).pipe(response);
  else response.end('Not found');
}
