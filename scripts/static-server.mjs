// @ts-check
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

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
 * Types a static host compresses. Fonts, images and Pagefind's index are compressed already.
 */
const compressible = /^(text\/|application\/(json|xml|wasm)|image\/svg\+xml)/;

/**
 * Serves a built site (dist/) the way a static host would: `/x/` → `/x/index.html`,
 * a missing file → 404.html with status 404, everything below `base` only, and text gzipped
 * for a browser that accepts it (as every static host and CDN does: Lighthouse, which times
 * the bytes on the wire, would otherwise time a 210 kB page that a reader receives as 32 kB).
 *
 * @param {{ root: string, base?: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} `url` ends with the base path and a slash.
 */
export function startStaticServer({ root, base = '/', port = 0, host = '127.0.0.1' }) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!pathname.startsWith(prefix)) return sendNotFound(request, response, root);
    let file = normalize(join(root, pathname.slice(prefix.length)));
    if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) return sendNotFound(request, response, root);
    if (pathname.endsWith('/')) file = join(file, 'index.html');
    if (!isFile(file)) return sendNotFound(request, response, root);
    const type = contentTypes[/** @type {keyof typeof contentTypes} */ (extname(file))] ?? 'application/octet-stream';
    send(request, response, file, 200, { 'content-type': type, 'cache-control': cacheControl(pathname.slice(prefix.length)) });
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

/**
 * Sends `file` with `status` and `headers`, gzipped when its type is text and the request accepts gzip.
 * @param {import('node:http').IncomingMessage} request @param {import('node:http').ServerResponse} response
 * @param {string} file @param {number} status @param {Record<string, string>} headers
 */
function send(request, response, file, status, headers) {
  const gzip = compressible.test(headers['content-type'] ?? '') && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  if (!gzip) {
    response.writeHead(status, { ...headers, vary: 'Accept-Encoding' });
    createReadStream(file).pipe(response);
    return;
  }
  response.writeHead(status, { ...headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
  response.end(gzipped(file));
}

/** Each file gzipped once (level 9, as a host compresses static files ahead), until it changes. */
const gzipCache = new Map();

/** @param {string} file @returns {Buffer} */
function gzipped(file) {
  const { mtimeMs, size } = statSync(file);
  const cached = gzipCache.get(file);
  if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.body;
  const body = gzipSync(readFileSync(file), { level: 9 });
  gzipCache.set(file, { mtimeMs, size, body });
  return body;
}

/** @param {import('node:http').IncomingMessage} request @param {import('node:http').ServerResponse} response @param {string} root */
function sendNotFound(request, response, root) {
  const page = join(root, '404.html');
  if (isFile(page)) return send(request, response, page, 404, { 'content-type': 'text/html; charset=utf-8' });
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('Not found');
}
