import { describe, expect, test } from 'vitest';
import { euAiAct, presumedSystemicRisk, systemicRiskShare } from '../../../src/lib/regulation';

describe('EU AI Act thresholds (Regulation (EU) 2024/1689)', () => {
  test('Art. 51(2): systemic risk is presumed above 10²⁵ FLOP of cumulative training compute', () => {
    expect(euAiAct.systemicRiskFlops).toBe(1e25);
    expect(euAiAct.citations.systemicRisk).toEqual({ source: 'eu-2024-ai-act', locator: 'Art. 51(2) and 55(1)' });
    expect(euAiAct.citations.providerObligations).toEqual({ source: 'eu-2024-ai-act', locator: 'Art. 53(1) and 113(b)' });
  });

  test('"greater than": exactly 10²⁵ FLOP is not presumed, the next representable number is', () => {
    expect(presumedSystemicRisk(1e25)).toBe(false);
    expect(presumedSystemicRisk(1.0000000000000002e25)).toBe(true);
    expect(presumedSystemicRisk(0)).toBe(false);
    // Llama 3.1 405B's published 3.8e25 FLOP (Dubey et al. 2024, §1) is above it.
    expect(presumedSystemicRisk(3.8e25)).toBe(true);
  });

  test('Art. 113(b): the general-purpose AI chapter applies from 2 August 2025', () => {
    expect(euAiAct.gpaiObligationsFrom).toBe('2025-08-02');
  });

  test('the share of the threshold: Llama 3 8B’s 6 · 8e9 · 15e12 = 7.2e23 FLOP is 7.2% of it', () => {
    expect(systemicRiskShare(7.2e23)).toBeCloseTo(0.072, 15);
    expect(systemicRiskShare(3.8e25)).toBeCloseTo(3.8, 15);
  });

  test('negative or non-finite compute is a programming error', () => {
    expect(() => presumedSystemicRisk(-1)).toThrow(/flops/);
    expect(() => systemicRiskShare(Number.NaN)).toThrow(/flops/);
  });
});
