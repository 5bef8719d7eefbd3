import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { kvCacheBytes, maxContextTokens } from '../../../src/lib/kvCache';
import { modelShapes } from '../../../src/lib/modelShapes';

const bf16 = 2;

describe('KV-cache bytes per token, from the shape', () => {
  test.each([
    // [preset, bytes per token in bf16, the arithmetic]
    ['llama3.1-70b', 327_680, '2 (K, V) × 8 KV heads × 128 × 80 layers × 2 bytes'],
    ['llama2-7b', 524_288, '2 × 32 heads × 128 × 32 layers × 2 bytes: multi-head attention'],
    ['deepseek-v3', 70_272, '(512 latent + 64 rotary key) × 61 layers × 2 bytes (DeepSeek-V2 §2.1.2)'],
    ['gemma-2-9b', 344_064, '2 × 8 × 256 × 42 layers × 2 bytes'],
  ] as const)('%s: %d bytes (%s)', (id, bytes, _arithmetic) => {
    expect(kvCacheBytes({ shape: modelShapes[id].shape, contextTokens: 1, bytesPerValue: bf16 })).toBe(bytes);
  });

  test('fp8 halves it', () => {
    expect(kvCacheBytes({ shape: modelShapes['llama3.1-70b'].shape, contextTokens: 1000, bytesPerValue: 1 })).toBe(163_840_000);
  });

  test('windowed layers stop growing: Mistral 7B holds 4,096 tokens per layer at most; Gemma 2 half its layers', () => {
    const mistral = (context: number) => kvCacheBytes({ shape: modelShapes['mistral-7b'].shape, contextTokens: context, bytesPerValue: bf16 });
    expect(mistral(32_768)).toBe(mistral(4096));
    expect(mistral(4096)).toBe(2 * 2048 * 32 * 4096);
    // Gemma 2 at 8,192: 21 global layers at 8,192, 21 local at 4,096, 8,192 bytes a layer-token.
    expect(kvCacheBytes({ shape: modelShapes['gemma-2-9b'].shape, contextTokens: 8192, bytesPerValue: bf16 })).toBe(8192 * 21 * (8192 + 4096));
  });
});

describe('maxContextTokens', () => {
  test('Llama 3.1 70B: 327,680,000 bytes hold exactly 1,000 tokens', () => {
    expect(maxContextTokens({ shape: modelShapes['llama3.1-70b'].shape, budgetBytes: 327_680_000, bytesPerValue: bf16 })).toBe(1000);
    expect(maxContextTokens({ shape: modelShapes['llama3.1-70b'].shape, budgetBytes: 327_679_999, bytesPerValue: bf16 })).toBe(999);
  });

  test('past the window only global layers grow (Gemma 2); an all-windowed model is never full (Mistral)', () => {
    const gemma = modelShapes['gemma-2-9b'].shape;
    // Up to 4,096 tokens: 344,064 bytes a token; beyond, 21 global layers × 8,192 = 172,032 bytes a token.
    const atWindow = 344_064 * 4096;
    expect(maxContextTokens({ shape: gemma, budgetBytes: atWindow + 172_032 * 10, bytesPerValue: bf16 })).toBe(4106);
    expect(maxContextTokens({ shape: modelShapes['mistral-7b'].shape, budgetBytes: 1e12, bytesPerValue: bf16 })).toBe(Infinity);
  });

  test('property: the longest context fits and one more token does not', () => {
    fc.assert(
      fc.property(fc.constantFrom('llama3.1-70b', 'gemma-2-9b', 'deepseek-v3', 'qwen2.5-7b') , fc.integer({ min: 1, max: 1e11 }), (id, budgetBytes) => {
        const shape = modelShapes[id as 'gemma-2-9b'].shape;
        const tokens = maxContextTokens({ shape, budgetBytes, bytesPerValue: bf16 });
        expect(kvCacheBytes({ shape, contextTokens: tokens, bytesPerValue: bf16 })).toBeLessThanOrEqual(budgetBytes);
        expect(kvCacheBytes({ shape, contextTokens: tokens + 1, bytesPerValue: bf16 })).toBeGreaterThan(budgetBytes);
      }),
    );
  });
});
