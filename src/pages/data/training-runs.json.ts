/**
 * `/data/training-runs.json`: the training-run dataset with every citation resolved to its
 * bibliography entry, built from `trainingRuns` at build time.
 */
import type { APIRoute } from 'astro';
import { resolveRunSources, trainingRuns } from '~/lib';

export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify(
      {
        title: 'Train or Tune: published training runs',
        license:
          'Compilation CC BY 4.0 (Train or Tune). Each figure belongs to the source cited with it.',
        runs: trainingRuns.map(resolveRunSources),
      },
      null,
      2,
    )}\n`,
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
