import { describe, expect, test } from 'vitest';
import { impliedUtilisation } from '../../../src/lib/utilisation';
import { expectWithin } from './helpers';

describe('impliedUtilisation = 6·N·D / (hours × 3600 × dense peak)', () => {
  test.each([
    // Llama 2 paper Table 2: 184,320 A100-80GB hours, 2T tokens. 6.74e9 gives 39.1%; the often
    // quoted 40.6% is what a rounded N = 7e9 gives.
    ['Llama 2 7B, N = 6.74B (Touvron et al. 2023b, Table 2)', 6.74e9, 2e12, 184_320, 312e12, 0.3907],
    ['Llama 2 7B, N rounded to 7B', 7e9, 2e12, 184_320, 312e12, 0.4057],
    ['LLaMA 65B (Touvron et al. 2023, Table 15): ≈ 48%', 65.2e9, 1.4e12, 1_022_362, 312e12, 0.4765],
    ['Llama 2 70B (Table 2)', 70e9, 2e12, 1_720_320, 312e12, 0.4349],
  ])('%s', (_source, params, tokens, acceleratorHours, peakFlops, expected) => {
    expectWithin(impliedUtilisation({ params, tokens, acceleratorHours, peakFlops }), expected, 0.001);
  });

  test('with the run’s attention shape, PaLM’s model FLOPs: LLaMA 65B at 2,048 tokens implies 49.7%', () => {
    // (6 × 65.2e9 + 12 × 80 × 64 × 128 × 2048) × 1.4e12 / (1,022,362 × 3600 × 312e12) = 0.4966
    const attention = { layers: 80, heads: 64, headDim: 128, sequenceLength: 2048 };
    expectWithin(impliedUtilisation({ params: 65.2e9, tokens: 1.4e12, acceleratorHours: 1_022_362, peakFlops: 312e12, attention }), 0.4966, 0.001);
  });

  test('throws on zero hours, naming the argument', () => {
    expect(() =>
      impliedUtilisation({ params: 1, tokens: 1, acceleratorHours: 0, peakFlops: 1 }),
    ).toThrow(/impliedUtilisation: expected acceleratorHours to be a finite number > 0, received 0/);
  });
});
