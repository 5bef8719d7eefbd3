// Serves dist/ on http://127.0.0.1:4321 (or PORT), under BASE_PATH when set: `npm run build && npm run preview`.
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';

const root = fileURLToPath(new URL('../dist/', import.meta.url));
const { url } = await startStaticServer({
  root,
  base: process.env.BASE_PATH || '/',
  port: Number(process.env.PORT) || 4321,
});
process.stdout.write(`Serving dist/ at ${url}\n`);
