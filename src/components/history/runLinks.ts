/**
 * Where a run's own page is, and the link that opens the training estimator on it: one place,
 * so the runs table, the chart, the run pages and the sidebar agree.
 */
import { withBase } from '../kit/withBase';

/** Site path of a run's page, without the base: `/history/runs/llama-65b/`. */
export const runPagePath = (runId: string): `/${string}` => `/history/runs/${runId}/`;

/** A run's page, with the base path. */
export const runPageHref = (runId: string) => withBase(runPagePath(runId));

/**
 * The training estimator opened on a run's preset: `…/training-steps/compute/?train.preset=llama-65b#training-estimator`.
 * The preset fills every field the run publishes; the estimator's note says which.
 */
export const estimatorPresetHref = (runId: string) =>
  `${withBase('/training-steps/compute/')}?train.preset=${encodeURIComponent(runId)}#training-estimator`;
