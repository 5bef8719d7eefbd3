import { atom } from 'nanostores';
import { assumptionDefaults, emptyAssumptionOverlay, readAssumptionParams, withOverlay, type AssumptionOverlay, type Assumptions } from '~/lib';
import { $assumptions, maxPricePerHourUsd } from './assumptions';

/**
 * The shared assumptions the opened link sets (`?a.price.h100-sxm=2`), read once when the page
 * loads. They apply to this page view only: the reader's stored assumptions change only when
 * they choose to keep them. Its initial value sets nothing, as on the server, so islands hydrate
 * on the markup the server rendered (`useStore(…, { ssr: 'initial' })`).
 */
export const $linkAssumptions = atom<AssumptionOverlay>(emptyAssumptionOverlay);
if (typeof window !== 'undefined') $linkAssumptions.set(readAssumptionParams(window.location.search, { maxPricePerHourUsd }));

/**
 * What calculators compute with: the reader's stored assumptions with the link's put over them.
 * Its initial value is the defaults, as on the server, so islands hydrate on the markup the
 * server rendered and then move to the reader's values.
 */
export const $effectiveAssumptions = atom<Assumptions>(assumptionDefaults);

if (typeof window !== 'undefined') {
  const update = () => $effectiveAssumptions.set(withOverlay($assumptions.get(), $linkAssumptions.get()));
  $assumptions.subscribe(update);
  $linkAssumptions.subscribe(update);
}

/** Keeps the link's assumptions for the whole guide: they become the reader's stored ones. */
export function keepLinkAssumptions() {
  $assumptions.set(withOverlay($assumptions.get(), $linkAssumptions.get()));
  $linkAssumptions.set(emptyAssumptionOverlay);
}

/** Sets the link's assumptions aside: the page computes with the reader's own again. */
export function ignoreLinkAssumptions() {
  $linkAssumptions.set(emptyAssumptionOverlay);
}
