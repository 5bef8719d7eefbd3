import type { AssumptionPath, Assumptions, ScalarAssumptionKey } from '~/lib';

/**
 * `assumptions` as seen by a calculator's field defaults, noting in `paths` each assumption they
 * read (an accelerator's price, the MFU band, a scalar). Those are the assumptions the
 * calculator's link must carry when the reader has changed them; tracking the reads keeps that
 * list true without each calculator declaring it.
 */
export function recordingAssumptions(assumptions: Assumptions, paths: Set<AssumptionPath>): Assumptions {
  const prices = new Proxy(assumptions.pricePerHourUsd, {
    get(target, id, receiver) {
      if (typeof id === 'string' && id in target) paths.add(`price.${id as keyof Assumptions['pricePerHourUsd']}`);
      return Reflect.get(target, id, receiver);
    },
  });
  return new Proxy(assumptions, {
    get(target, key, receiver) {
      if (key === 'pricePerHourUsd') return prices;
      if (typeof key === 'string' && key in target) paths.add(key as 'mfu' | ScalarAssumptionKey);
      return Reflect.get(target, key, receiver);
    },
  });
}
