/**
 * Links and embed code for a calculator in its current state, as the copy buttons hand them out.
 * The state is the calculator's own query parameters (`?train.params=70B`) and the shared
 * assumptions the page's link carries (`a.`): an embed and its article read the same ones, so
 * either address reproduces what the reader sees.
 */
import { assumptionParamNamespace } from '~/lib';
import { embedPath, type EmbedTarget } from '../embeds';
import { writeCalculatorParams } from './urlState';
import { withBase } from './withBase';

/** Room an embed needs around its calculator: the title above, the link to the article below, the page's padding. */
export const embedChromePx = 200;

/**
 * `namespace`'s parameters of `search` and the shared assumptions it carries (`a.`), as `''` or
 * `?train.params=70B&a.mfu=35-45`: what reproduces one calculator, without its neighbours' state.
 */
export function calculatorSearch(search: string, namespace: string | null): string {
  const params = new URLSearchParams(search);
  const own = (prefix: string | null) => {
    const entries: Record<string, string> = {};
    if (prefix === null) return entries;
    for (const [name, value] of params) {
      if (name.startsWith(`${prefix}.`)) entries[name.slice(prefix.length + 1)] = value;
    }
    return entries;
  };
  return writeCalculatorParams(writeCalculatorParams('', namespace ?? assumptionParamNamespace, own(namespace)), assumptionParamNamespace, own(assumptionParamNamespace));
}

/** The calculator's embed with the state in `pageUrl`, absolute: `https://…/embed/training-estimator/?train.params=70B`. */
export function embedUrl(target: EmbedTarget, pageUrl: string): string {
  const url = new URL(withBase(embedPath(target)), pageUrl);
  url.search = calculatorSearch(new URL(pageUrl).search, target.namespace);
  return url.href;
}

/** The calculator on its article with the state in `pageUrl`: `https://…/training-steps/compute/?train.params=70B#training-estimator`. */
export function articleUrl(target: EmbedTarget, pageUrl: string): string {
  const url = new URL(withBase(target.article), pageUrl);
  url.search = calculatorSearch(new URL(pageUrl).search, target.namespace);
  url.hash = target.anchor;
  return url.href;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * HTML that frames the embed on another site: full width, `heightPx` tall (rounded up to 10 px),
 * lazily loaded, allowed to write the clipboard so its own copy buttons work inside the frame.
 */
export function embedCode(options: { src: string; title: string; heightPx: number }): string {
  const height = Math.ceil(Math.max(options.heightPx, 0) / 10) * 10;
  return `<iframe src="${escapeAttribute(options.src)}" title="${escapeAttribute(`${options.title} (Train or Tune)`)}" loading="lazy" style="width: 100%; height: ${height}px; border: 0;" allow="clipboard-write"></iframe>`;
}
