/**
 * What the EU AI Act (Regulation (EU) 2024/1689) asks of a team that trains a general-purpose AI
 * model and places it on the EU market: the provider's obligations of Article 53, which apply from
 * 2 August 2025 (Article 113(b)), and the training-compute presumption of systemic risk of
 * Article 51(2), above which Article 55 adds evaluations, risk mitigation, incident reporting and
 * cybersecurity duties.
 */
import type { Citation } from './sources';
import { requireNonNegative } from './validate';

/**
 * The Act's figures this guide uses, each with its article.
 * @example euAiAct.systemicRiskFlops //=> 1e25
 */
export const euAiAct = {
  /** Art. 51(2): a model is presumed to have high-impact capabilities when its cumulative training compute is greater than 10^25 FLOP. */
  systemicRiskFlops: 1e25,
  /** Art. 113(b): Chapter V (general-purpose AI models) applies from this date. */
  gpaiObligationsFrom: '2025-08-02',
  citations: {
    /** The provider's duties and the date they apply from. */
    providerObligations: { source: 'eu-2024-ai-act', locator: 'Art. 53(1) and 113(b)' },
    /** The compute presumption and the duties it adds. */
    systemicRisk: { source: 'eu-2024-ai-act', locator: 'Art. 51(2) and 55(1)' },
  } satisfies Record<string, Citation>,
} as const;

/**
 * Whether a model trained with `flops` is presumed to carry systemic risk: strictly more than
 * 10^25 FLOP (Art. 51(2) says "greater than").
 * @example presumedSystemicRisk(1e25) //=> false
 */
export function presumedSystemicRisk(flops: number): boolean {
  return requireNonNegative(flops, 'presumedSystemicRisk', 'flops') > euAiAct.systemicRiskFlops;
}

/**
 * Training compute as a share of the systemic-risk threshold (1 = exactly 10^25 FLOP).
 * @example systemicRiskShare(7.2e23) //=> 0.072
 */
export function systemicRiskShare(flops: number): number {
  return requireNonNegative(flops, 'systemicRiskShare', 'flops') / euAiAct.systemicRiskFlops;
}
