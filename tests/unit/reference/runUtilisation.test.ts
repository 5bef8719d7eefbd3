import { describe, expect, test } from 'vitest';
import { impliedUtilisationRange, runImpliedUtilisation } from '../../../src/lib/runUtilisation';
import { getTrainingRun, trainingRuns } from '../../../src/lib/trainingRuns';

describe('runImpliedUtilisation', () => {
  test.each([
    // [run, expected, source of the inputs] — model FLOPs as PaLM App. B counts them, 6N + 12·L·H·Q·T per token:
    // LLaMA 65B: (6·65.2e9 + 12·80·64·128·2048 = 4.0731e11) × 1.4e12 / (1,022,362 h × 3600 × 312e12) = 0.4966
    ['llama-65b', 0.497, 'Touvron et al. 2023, Tables 2 and 15: 65.2B, 80 × 64 heads × 128, 2,048 tokens, 1.4T, 1,022,362 A100-80GB h'],
    // Llama 2 7B: (6·6.74e9 + 12·32·32·128·4096 = 4.6882e10) × 2e12 / (184,320 × 3600 × 312e12) = 0.4529
    ['llama-2-7b', 0.453, 'Touvron et al. 2023b, Tables 1–2: 6.74B, 4k context, 2T, 184,320 h'],
    // GPT-3: (6·174.6e9 + 12·96·96·128·2048 = 1.0766e12) × 300e9 / (3,552,000 × 3600 × 125e12) = 0.2021
    ['gpt-3', 0.202, 'Brown et al. 2020 Table 2.1 and Patterson et al. 2021 Table 4: 10,000 V100 × 14.8 days at 125 TFLOP/s'],
    // Phi-4, the running example: (6·14e9 + 12·40·40·128·4096 = 9.4066e10) × 9.8e12 / (1,920 × 21 × 24 = 967,680 h × 3600 × 989e12) = 0.2676
    ['phi-4', 0.268, 'Phi-4 model card: 14B, 9.8T, 1,920 H100 × 21 days; Abdin et al. 2024 §3 and config.json: 40 × 40 heads × 128, 4,096 tokens'],
    // SmolLM3: (6·3e9 + 12·36·16·128·4096 = 2.1624e10) × 11.2e12 / (384 × 24 × 24 = 221,184 h × 3600 × 989e12) = 0.3075
    ['smollm3', 0.308, 'SmolLM3 blog: 3B, 11.2T, 384 H100 × 24 days; stage configs: 36 × 16 heads × 128, 4,096 tokens'],
    // Llama 3.1 70B: (6·70e9 + 12·80·64·128·8192 = 4.8442e11) × 15e12 / (7.0e6 h × 3600 × 989e12) = 0.2916
    ['llama-3.1-70b', 0.292, 'Llama 3.1 model card: 70B, 15T, 7.0M H100 h; Dubey et al. 2024 Table 3: 80 × 64 heads × 128, 8K tokens'],
    // Falcon-180B: (6·180e9 + 12·80·232·64·2048 = 1.1092e12) × 3.5e12 / (7e6 h × 3600 × 312e12) = 0.4938
    ['falcon-180b', 0.494, 'Falcon-180B model card and blog: 180B, 3.5T, ~7M A100-40GB h; config.json: 80 × 232 heads × 64, 2,048 tokens'],
  ])('%s implies ≈ %d of dense peak (%s)', (id, expected) => {
    expect(runImpliedUtilisation(getTrainingRun(id))).toBeCloseTo(expected, 3);
  });

  test('is undefined for a run that does not publish its hours or size', () => {
    expect(runImpliedUtilisation(getTrainingRun('gpt-4'))).toBeUndefined();
  });
});

describe('impliedUtilisationRange', () => {
  test('spans the published runs: every one between its low and high, all below dense peak', () => {
    const range = impliedUtilisationRange(trainingRuns);
    expect(range).toBeDefined();
    const values = trainingRuns.map(runImpliedUtilisation).filter((u) => u !== undefined);
    expect(range?.count).toBe(values.length);
    expect(values).toContain(range?.low);
    expect(values).toContain(range?.high);
    for (const u of values) {
      expect(u).toBeGreaterThanOrEqual(range?.low ?? NaN);
      expect(u).toBeLessThanOrEqual(range?.high ?? NaN);
    }
    expect(range?.high).toBeLessThan(1);
    expect(range?.low).toBeGreaterThan(0.1);
  });

  test('is undefined when no run publishes enough', () => {
    expect(impliedUtilisationRange([getTrainingRun('gpt-4')])).toBeUndefined();
    expect(impliedUtilisationRange([])).toBeUndefined();
  });
});
