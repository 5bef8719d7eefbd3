import { useState } from 'preact/hooks';
import { embedTargetByAnchor, isEmbedPath } from '../embeds';
import { articleUrl, embedChromePx, embedCode, embedUrl } from './embedCode';
import { flushUrlWrites } from './urlState';

export interface CopyLinkProps {
  /** The calculator's anchor, so the copied link scrolls to it. */
  anchor: string;
}

/**
 * Copies a link to this calculator in its current state (the URL already carries the
 * non-default inputs) and confirms it in a polite status line. A calculator that has an embed
 * (`src/components/embeds.ts`) also offers its embed code: an `<iframe>` of `/embed/<anchor>/`
 * with the same state. Inside an embed, the link copied is the one to the article.
 */
export function CopyLink({ anchor }: CopyLinkProps) {
  const [status, copy] = useClipboard();
  const target = embedTargetByAnchor(anchor);
  const copyLink = () => {
    // An edit or a shared assumption may still be waiting for the debounced URL write.
    flushUrlWrites();
    const here = window.location.href;
    if (target !== undefined && isEmbedPath(window.location.pathname)) return copy(articleUrl(target, here), 'Link copied', 'Copy this link');
    const url = new URL(here);
    url.hash = anchor;
    return copy(url.href, 'Link copied', 'Copy this link');
  };
  const copyEmbed = (embed: NonNullable<typeof target>) => () => {
    flushUrlWrites();
    // Tall enough for the calculator as it is laid out now, plus the embed's title and link.
    const inEmbed = isEmbedPath(window.location.pathname);
    const heightPx = inEmbed ? document.documentElement.scrollHeight : (document.getElementById(anchor)?.offsetHeight ?? 0) + embedChromePx;
    const code = embedCode({ src: embedUrl(embed, window.location.href), title: embed.title, heightPx });
    return copy(code, 'Embed code copied', 'Copy this code');
  };
  return (
    <div class="tot-copy-link">
      <button type="button" onClick={copyLink}>
        Copy link to this calculator
      </button>
      {target === undefined ? null : (
        <button type="button" onClick={copyEmbed(target)}>
          Copy embed code
        </button>
      )}
      <span role="status" class="tot-copy-status">
        {status}
      </span>
    </div>
  );
}

/**
 * Copies text to the clipboard and says so in a status line; where the browser refuses, the
 * status shows the text to copy by hand.
 */
export function useClipboard(): [status: string, copy: (text: string, done: string, byHand: string) => Promise<void>] {
  const [status, setStatus] = useState('');
  const copy = async (text: string, done: string, byHand: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      setStatus(`${byHand}: ${text}`);
    }
  };
  return [status, copy];
}
