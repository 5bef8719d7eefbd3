import { formatAsOf, type CostEstimate, type CostMethod } from '~/lib';

/** How a plotted cost was made: a published method, or re-priced at the reader's prices. */
export type PlotMethod = CostMethod | 'repriced';

/** Words for each method, used by the table, the chart's legend and its details. */
export const methodLabels: Record<PlotMethod, string> = {
  'cloud-rental-estimate-third-party': 'third-party estimate (cloud rental)',
  'hardware-energy-estimate-third-party': 'third-party estimate (hardware and energy)',
  'developer-stated': 'disclosed by the developer',
  'recomputed-here': 'recomputed here from published hours',
  'article-stated': 'stated by a popular article, no primary source',
  repriced: 're-priced here: published hours × your price',
};

/** Marker shape per method, so the legend never relies on colour alone. */
export const methodShapes: Record<PlotMethod, 'circle' | 'square' | 'triangle' | 'diamond' | 'ring' | 'triangle-down'> = {
  'cloud-rental-estimate-third-party': 'circle',
  'hardware-energy-estimate-third-party': 'triangle-down',
  'developer-stated': 'square',
  'recomputed-here': 'triangle',
  'article-stated': 'diamond',
  repriced: 'ring',
};

/**
 * How a cost was made and when, in a few words: "third-party estimate (cloud rental), AI Index
 * 2024" or "recomputed here from published hours, as of 7 May 2026". A cost quoted from an
 * undated article has no date, so only its method is given.
 */
export function costBasis(cost: Pick<CostEstimate, 'method' | 'edition' | 'asOf'>): string {
  const when = cost.edition ?? (cost.asOf && `as of ${formatAsOf(cost.asOf)}`);
  return when ? `${methodLabels[cost.method]}, ${when}` : methodLabels[cost.method];
}
