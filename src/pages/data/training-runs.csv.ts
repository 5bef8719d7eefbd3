/**
 * `/data/training-runs.csv`: the training-run dataset, one row per run, built from `trainingRuns`
 * at build time (columns documented on /history/data/).
 */
import type { APIRoute } from 'astro';
import { trainingRuns, trainingRunsCsv } from '~/lib';

export const GET: APIRoute = () =>
  new Response(trainingRunsCsv(trainingRuns), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
