import type { CostMethod } from '~/lib';

/** How a plotted cost was made: a published method, or re-priced at the reader's prices. */
export type PlotMethod = CostMethod | 'repriced';

/** Words for each method, used by the table, the chart's legend and its details. */
export const methodLabels: Record<PlotMethod, string> = {
  'cloud-rental-estimate-third-party': 'third-party estimate (cloud rental)',
  'developer-stated': 'disclosed by the developer',
  'recomputed-here': 'recomputed here from published hours',
  'article-stated': 'stated by a popular article, no primary source',
  repriced: 're-priced here: published hours × your price',
};

/** Marker shape per method, so the legend never relies on colour alone. */
export const methodShapes: Record<PlotMethod, 'circle' | 'square' | 'triangle' | 'diamond' | 'ring'> = {
  'cloud-rental-estimate-third-party': 'circle',
  'developer-stated': 'square',
  'recomputed-here': 'triangle',
  'article-stated': 'diamond',
  repriced: 'ring',
};
