import { lifetimeCosts, lifetimePaths, type LifetimeInput, type LifetimePath } from '~/lib/lifetimeCost';

/** Volumes the chart spans, tokens a month: a million to ten trillion, five points a decade. */
export const chartVolumes: readonly number[] = Array.from({ length: 36 }, (_, i) => 10 ** (6 + i / 5));

/** Each path's total over the horizon at every charted volume (the reader's volume is not among them). */
export function lifetimeSeries(input: Omit<LifetimeInput, 'tokensPerMonth'>): Record<LifetimePath, { volume: number; totalUsd: number }[]> {
  const rows = chartVolumes.map((volume) => ({ volume, rows: lifetimeCosts({ ...input, tokensPerMonth: volume }) }));
  return Object.fromEntries(
    lifetimePaths.map((path, index) => [path, rows.map(({ volume, rows: costs }) => ({ volume, totalUsd: costs[index]!.totalUsd }))]),
  ) as Record<LifetimePath, { volume: number; totalUsd: number }[]>;
}

/** What each path is called in the table and the chart's legend. */
export const lifetimePathLabels: Record<LifetimePath, string> = {
  'hosted-api': 'Hosted API',
  'fine-tune': 'Fine-tune an open model, serve it',
  'continued-pretraining': 'Continue pre-training, serve it',
  'from-scratch': 'Train your own, serve it',
};
