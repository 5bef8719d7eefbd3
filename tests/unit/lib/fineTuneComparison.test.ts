import { describe, expect, test } from 'vitest';
import { compareFineTuning, maxFineTuningTokensForSaving } from '../../../src/lib/fineTuneComparison';
import { modelShapes } from '../../../src/lib/modelShapes';
import { impliedUtilisation } from '../../../src/lib/utilisation';
import { expectWithin } from './helpers';

/** Llama 2 7B: 2T tokens, 184,320 A100-80GB hours (Touvron et al. 2023b, Tables 1–2). */
const mfu = impliedUtilisation({ params: 6.74e9, tokens: 2e12, acceleratorHours: 184_320, peakFlops: 312e12 });
const compare = (fineTuningTokens: number) =>
  compareFineTuning({
    shape: modelShapes['llama2-7b'].shape,
    pretrainingTokens: 2e12,
    fineTuningTokens,
    loraRank: 8,
    loraTargets: 'qv',
    accelerator: 'a100-80gb',
    mfu,
    pricePerHour: 3.93,
  });

describe('compareFineTuning: pre-training vs full, LoRA, QLoRA', () => {
  test('round trip: at the utilisation Llama 2 7B’s published 184,320 GPU-hours imply, the pre-training row gives those hours back', () => {
    // 6.738B counted parameters vs the 6.74B the paper prints: 0.02% apart.
    expectWithin(compare(100e6).rows.pretraining.acceleratorHours, 184_320, 0.001);
  });

  test('a full fine-tune saves 1 − D_ft / D_pt; LoRA and QLoRA do 4·N·D instead of 6·N·D', () => {
    const { rows } = compare(100e9);
    expectWithin(rows.full.savingFraction, 1 - 100e9 / 2e12, 1e-12);
    expectWithin(rows.lora.flops / rows.full.flops, 4 / 6, 1e-12);
    expect(rows.qlora.flops).toBe(rows.lora.flops);
  });

  test('adapters save memory far more than time: devices 2 → 1, hours only −33%', () => {
    const { rows } = compare(100e6);
    expect(rows.full.devices).toBe(2); // 16 B × 6.74B = 108 GB > 80 GB
    expect(rows.lora.devices).toBe(1);
    expect(rows.qlora.memoryBytes).toBeLessThan(rows.lora.memoryBytes / 3);
    expect(rows.lora.memoryBytes).toBeLessThan(rows.full.memoryBytes / 7);
    expectWithin(rows.lora.acceleratorHours / rows.full.acceleratorHours, 2 / 3, 1e-12);
  });

  test('saving grows as the fine-tuning set shrinks', () => {
    const sizes = [1e6, 1e8, 1e10, 1e12];
    const savings = sizes.map((tokens) => compare(tokens).rows.full.savingFraction);
    expect([...savings].sort((a, b) => b - a)).toEqual(savings);
  });
});

describe('maxFineTuningTokensForSaving: where seed 002’s “up to 90%” stops holding', () => {
  test.each([
    ['full', 2e11],
    ['lora', 3e11],
  ] as const)('%s fine-tuning of a 2T-token model saves 90% up to %d tokens', (method, tokens) => {
    expectWithin(maxFineTuningTokensForSaving({ pretrainingTokens: 2e12, saving: 0.9, method }), tokens, 1e-12);
    expectWithin(compare(tokens).rows[method].savingFraction, 0.9, 1e-9);
  });
});
