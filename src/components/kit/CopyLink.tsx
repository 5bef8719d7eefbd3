import { useState } from 'preact/hooks';

export interface CopyLinkProps {
  /** The calculator's anchor, so the copied link scrolls to it. */
  anchor: string;
}

/**
 * Copies a link to this calculator in its current state (the URL already carries the
 * non-default inputs) and confirms it in a polite status line.
 */
export function CopyLink({ anchor }: CopyLinkProps) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    const url = new URL(window.location.href);
    url.hash = anchor;
    try {
      await navigator.clipboard.writeText(url.href);
      setStatus('Link copied');
    } catch {
      setStatus(`Copy this link: ${url.href}`);
    }
  };
  return (
    <div class="tot-copy-link">
      <button type="button" onClick={copy}>
        Copy link to this calculator
      </button>
      <span role="status" class="tot-copy-status">
        {status}
      </span>
    </div>
  );
}
