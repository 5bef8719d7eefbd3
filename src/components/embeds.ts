/**
 * The embeddable calculators: one per calculator in the catalogue (`./calculators`), each served
 * at `/embed/<anchor>/` with minimal chrome for other sites to frame (see `src/pages/embed/`).
 *
 * This module is small and data-only because the copy buttons in the browser read it; the worked
 * example each embed opens on is computed on the server, in `./embedProps`. Both are typed
 * against the catalogue, so a calculator added to it fails the type check until it has an entry
 * in each (and the e2e suite checks that the build has a page for every entry).
 */
import type * as catalogue from './calculators';

/** The name of a calculator in the catalogue: `TrainingEstimator`. */
export type CalculatorName = keyof typeof catalogue;

/** Where a calculator lives and how its state travels. */
export interface EmbedTarget {
  /** Its anchor on its article, which is also its embed's address: `/embed/training-estimator/`. */
  anchor: string;
  /** The URL namespace of its state (`train` for `?train.params=70B`); `null` if it keeps none in the URL. */
  namespace: string | null;
  /** The article it belongs to, root-absolute: the embed links back there. */
  article: `/${string}/`;
  /** Its name, for the embed's title and the iframe's accessible name. */
  title: string;
}

export const embedTargets = {
  TrainingEstimator: { anchor: 'training-estimator', namespace: 'train', article: '/training-steps/compute/', title: 'Training estimator' },
  AssumptionsPanel: { anchor: 'assumptions-panel', namespace: null, article: '/reference/assumptions/', title: 'Your assumptions' },
  MemoryCalculator: { anchor: 'memory-calculator', namespace: 'mem', article: '/basics/memory/', title: 'Training memory per device' },
  CostHistoryChart: { anchor: 'cost-history-chart', namespace: null, article: '/history/price-tag-of-progress/', title: 'The price tag of progress' },
  TokenizeCalculator: { anchor: 'tokenize-calculator', namespace: 'tok', article: '/training-steps/tokenize/', title: 'Tokens and storage' },
  InferenceCalculator: { anchor: 'inference-calculator', namespace: 'inf', article: '/training-steps/deploy/', title: 'Serving cost' },
  BudgetBuilder: { anchor: 'budget-builder', namespace: 'budget', article: '/training-steps/budget/', title: 'Project budget' },
  EnergyCalculator: { anchor: 'energy-calculator', namespace: 'energy', article: '/training-steps/energy/', title: 'Energy and carbon' },
  RentOrBuyCalculator: { anchor: 'rent-or-buy', namespace: 'rent', article: '/training-steps/rent-or-buy/', title: 'Rent or buy' },
  ParameterCounter: { anchor: 'parameter-counter', namespace: 'params', article: '/basics/counting-parameters/', title: 'Parameter counter' },
  AttentionShareChart: { anchor: 'attention-share', namespace: 'attn', article: '/basics/compute-per-token/', title: 'Attention’s share of training FLOPs' },
  DecisionHelper: { anchor: 'decision-helper', namespace: 'decide', article: '/recommendations/build-or-fine-tune/', title: 'Build or fine-tune?' },
  FineTuneCalculator: { anchor: 'fine-tune-calculator', namespace: 'ft', article: '/recommendations/what-fine-tuning-saves/', title: 'What fine-tuning saves' },
  LifetimeCost: { anchor: 'lifetime-cost', namespace: 'life', article: '/recommendations/build-or-fine-tune/', title: 'Lifetime cost of each path' },
  CostCutter: { anchor: 'cost-cutter', namespace: 'cut', article: '/recommendations/cutting-the-cost/', title: 'Cost cutter' },
} as const satisfies Record<CalculatorName, EmbedTarget>;

/** The embeddable calculator with this anchor, if any (a second copy on a page, e.g. `estimator-gpt3`, has none). */
export function embedTargetByAnchor(anchor: string): EmbedTarget | undefined {
  return Object.values(embedTargets).find((target) => target.anchor === anchor);
}

/** Site path of a calculator's embed, before the base path: `/embed/training-estimator/`. */
export function embedPath(target: Pick<EmbedTarget, 'anchor'>): `/${string}/` {
  return `/embed/${target.anchor}/`;
}

/** A pathname as a site path without the base path and leading slash: `/base/training-steps/compute/` → `training-steps/compute/`. */
export function sitePath(pathname: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  const path = base !== '' && pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : pathname;
  return path.replace(/^\/+/, '');
}

/** True for the address of a calculator embed (under `/embed/`, after the base path). */
export function isEmbedPath(pathname: string): boolean {
  return sitePath(pathname).startsWith('embed/');
}
