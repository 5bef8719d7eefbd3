/**
 * The reader's last training estimate as a point on the cost-history chart: when it was made and
 * what it came to, with the link back to the estimator in the state that produced it.
 */
import { decimalYear } from '~/lib/trend';
import type { LastEstimate } from '~/stores/lastEstimate';
import { withBase } from '../kit/withBase';

export interface YourRunPoint {
  /** Decimal year, at most the chart's last year (the point sits at the right edge if later). */
  year: number;
  lowUsd: number;
  highUsd: number;
  savedOn: string;
  href: string;
}

/**
 * The "your run" point for a stored estimate, or `undefined` when there is none or it cost
 * nothing (a log axis has no place for $0).
 */
export function yourRunPoint(estimate: LastEstimate | undefined, lastYear: number): YourRunPoint | undefined {
  if (estimate === undefined || !(estimate.lowUsd > 0)) return undefined;
  return {
    year: Math.min(decimalYear(new Date(`${estimate.savedOn}T12:00:00Z`)), lastYear),
    lowUsd: estimate.lowUsd,
    highUsd: estimate.highUsd,
    savedOn: estimate.savedOn,
    href: `${withBase('/training-steps/compute/')}?${estimate.query}#training-estimator`,
  };
}
