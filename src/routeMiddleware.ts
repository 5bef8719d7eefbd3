import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { render } from 'astro:content';
import katexMainRegular from 'katex/dist/fonts/KaTeX_Main-Regular.woff2?url';
import katexMathItalic from 'katex/dist/fonts/KaTeX_Math-Italic.woff2?url';
import type { KatexFont } from './plugins/rehypeKatexFonts';

const fontUrls: Record<KatexFont, string> = { 'Main-Regular': katexMainRegular, 'Math-Italic': katexMathItalic };

/**
 * Preloads, in the `<head>`, the KaTeX fonts a page's formulas use (recorded at build time by
 * `rehypeKatexFonts`). Otherwise the browser finds them only once the formulas are laid out, after
 * the first paint, and swapping them in moves the text below (a layout shift of 0.19 on Counting
 * parameters). Only the fonts a page uses: an unused preload makes the browser warn.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
  const { entry, head } = context.locals.starlightRoute;
  let fonts: unknown;
  try {
    fonts = (await render(entry)).remarkPluginFrontmatter.katexFonts;
  } catch {
    // A page without an entry in the docs collection (Starlight's built-in 404) has no formulas.
    return;
  }
  if (!Array.isArray(fonts)) return;
  for (const font of fonts as KatexFont[]) {
    head.push({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: fontUrls[font], crossorigin: '' } });
  }
});
