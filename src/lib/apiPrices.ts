/**
 * Prices of hosted APIs for open-weight models, per million tokens, each as its provider's own
 * page lists it on the date it was read, to set against the cost of serving a model yourself.
 */
import type { ModelShapeId } from './modelShapes';
import type { Citation } from './sources';

/** One hosted model's list price. */
export interface HostedApiPrice {
  provider: string;
  /** The model as the provider names it. */
  model: string;
  /** The preset with the same weights, when there is one. */
  shape?: ModelShapeId;
  /** US dollars per million input (prompt) tokens, uncached. */
  inputUsdPerMillion: number;
  /** US dollars per million output (generated) tokens. */
  outputUsdPerMillion: number;
  /** Which of the provider's prices this is. */
  priceKind: string;
  citation: Citation;
  /** YYYY-MM-DD the page was read. */
  asOf: string;
}

/**
 * Hosted prices, cheapest input first.
 * @example hostedApiPrices.find((p) => p.provider === 'Venice')?.outputUsdPerMillion //=> 2.8
 */
export const hostedApiPrices: readonly HostedApiPrice[] = [
  {
    provider: 'WaveSpeed',
    model: 'meta-llama/llama-3.3-70b-instruct',
    shape: 'llama3.1-70b',
    inputUsdPerMillion: 0.1,
    outputUsdPerMillion: 0.32,
    priceKind: 'pay as you go',
    citation: { source: 'wavespeed-llama-3-3-70b-pricing' },
    asOf: '2026-12-03',
  },
  {
    provider: 'DeepSeek',
    model: 'deepseek-flash (DeepSeek-V4.1-Flash-1017)',
    inputUsdPerMillion: 0.3,
    outputUsdPerMillion: 1.2,
    priceKind: 'peak hours, cache miss; half off-peak',
    citation: { source: 'deepseek-api-pricing', locator: 'pricing table' },
    asOf: '2026-12-03',
  },
  {
    provider: 'Venice',
    model: 'llama-3.3-70b (served in FP8)',
    shape: 'llama3.1-70b',
    inputUsdPerMillion: 0.7,
    outputUsdPerMillion: 2.8,
    priceKind: 'standard',
    citation: { source: 'venice-llama-3-3-70b-pricing' },
    asOf: '2026-12-03',
  },
  {
    provider: 'DeepSeek',
    model: 'deepseek-v4-pro (DeepSeek-V4-Pro-0813)',
    inputUsdPerMillion: 1.32,
    outputUsdPerMillion: 3.96,
    priceKind: 'peak hours, cache miss; half off-peak',
    citation: { source: 'deepseek-api-pricing', locator: 'pricing table' },
    asOf: '2026-12-03',
  },
];
