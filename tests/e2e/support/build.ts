import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const astroBin = fileURLToPath(new URL('../../../node_modules/astro/bin/astro.mjs', import.meta.url));

/**
 * Runs `astro build` as a host would: a production build (vitest sets NODE_ENV to `test`, and a
 * build that inherits it is not the production site: Starlight, for one, then replaces its
 * search with "only available in production"), telemetry off. Throws with the build's output
 * when it fails.
 */
export function buildSite(options: { outDir?: string; env: { BASE_PATH: string; SITE_URL: string } & Record<string, string> }): void {
  const build = spawnSync(process.execPath, [astroBin, 'build', ...(options.outDir ? ['--outDir', options.outDir] : [])], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, ...options.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) {
    throw new Error(`astro build${options.outDir ? ` --outDir ${options.outDir}` : ''} failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
  }
}
