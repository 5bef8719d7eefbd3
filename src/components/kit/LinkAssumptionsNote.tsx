import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { describeOverlay, isEmptyOverlay, withOverlay } from '~/lib';
import { $assumptions } from '~/stores/assumptions';
import { $linkAssumptions, ignoreLinkAssumptions, keepLinkAssumptions } from '~/stores/linkAssumptions';

const list = new Intl.ListFormat('en-US', { type: 'conjunction' });

/**
 * Tells a reader who opened a link that it sets some shared assumptions ("This link uses NVIDIA
 * H100 SXM at $2/h"), so the results match the sender's, and lets them keep those values for the
 * whole guide or go back to their own. Nothing is stored until they choose.
 */
export function LinkAssumptionsNote() {
  const overlay = useStore($linkAssumptions, { ssr: 'initial' });
  const stored = useStore($assumptions, { ssr: 'initial' });
  // A link that sets what the reader already has changes nothing: no need to ask.
  const changesNothing = isEmptyOverlay(overlay) || JSON.stringify(withOverlay(stored, overlay)) === JSON.stringify(stored);
  const [outcome, setOutcome] = useState('');
  const choose = (act: () => void, said: string) => () => {
    act();
    setOutcome(said);
  };
  return (
    <>
      {changesNothing ? null : (
        <div class="tot-link-assumptions">
          <p>This link uses {list.format(describeOverlay(overlay))}, as its sender had set them.</p>
          <p class="tot-link-assumptions-actions">
            <button type="button" onClick={choose(keepLinkAssumptions, 'Kept: every page of the guide now uses these values.')}>
              Keep these for the whole guide
            </button>
            <button type="button" onClick={choose(ignoreLinkAssumptions, 'Now using your own assumptions.')}>
              Use my own
            </button>
          </p>
        </div>
      )}
      <span role="status" class="tot-link-assumptions-status">
        {outcome}
      </span>
    </>
  );
}
