// Completes package-lock.json with the other platforms' optional binaries that this machine's
// registry mirror does not serve (e.g. @pagefind/darwin-arm64@1.6.0 answers 404 here).
//
// `npm install` on such a mirror leaves them out of the lock, and `npm ci` then rejects the
// lock as out of sync with package.json. Each missing package gets an entry with its version
// and the os/cpu/libc of the nearest published version (read from the registry), marked
// optional: npm skips it on any other platform and installs it from a full registry on its own.
// A package that declares no platform (a wasm fallback) is attempted and, being optional, its
// failure to download here is tolerated.
//
// Run after `npm install` changes dependencies: `node scripts/complete-lockfile.mjs`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

const missing = new Map();
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${path}/node_modules/${name}`.replace(/^\//, '');
    if (!packages[nested] && !packages[`node_modules/${name}`]) missing.set(`node_modules/${name}`, { name, version });
  }
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
for (const [path, { name, version }] of missing) {
  const versions = JSON.parse(execFileSync(npm, ['view', name, 'versions', '--json'], { encoding: 'utf8' }));
  const published = [versions].flat();
  const nearest = published.at(-1);
  const meta = JSON.parse(execFileSync(npm, ['view', `${name}@${nearest}`, 'os', 'cpu', 'libc', '--json'], { encoding: 'utf8' }) || '{}');
  const entry = { version, optional: true };
  for (const field of ['cpu', 'libc', 'os']) if (meta[field]) entry[field] = [meta[field]].flat();
  packages[path] = entry;
  process.stdout.write(`added ${name}@${version} (${[entry.os, entry.cpu, entry.libc].flat().filter(Boolean).join(', ') || 'any platform'})\n`);
}

lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
process.stdout.write(`${missing.size} entries added\n`);
