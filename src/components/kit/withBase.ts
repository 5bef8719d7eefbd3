/** A root-absolute site path under the deployment's base path (`BASE_PATH`). */
export function withBase(path: `/${string}`): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  return `${base}${path}`;
}
