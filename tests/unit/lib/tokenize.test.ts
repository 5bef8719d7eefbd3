import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  checkpointBytesPerParam,
  datasetStorage,
  englishCharsPerToken,
  pileBytesPerToken,
  pileCorpus,
  tokenIdBytes,
  tokensFromText,
} from '../../../src/lib/tokenize';

describe('tokens from text size', () => {
  test('OpenAI rule of thumb: 4 characters of English per token, so 100 tokens per 400 bytes', () => {
    expect(englishCharsPerToken).toBe(4);
    expect(tokensFromText({ textBytes: 400, bytesPerToken: englishCharsPerToken })).toBe(100);
  });

  test('a script that needs more tokens per byte gives more tokens from the same bytes', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e15, noNaN: true }), fc.double({ min: 0.1, max: 3.9, noNaN: true }), (bytes, dense) => {
        expect(tokensFromText({ textBytes: bytes, bytesPerToken: dense })).toBeGreaterThan(
          tokensFromText({ textBytes: bytes, bytesPerToken: 4 }),
        );
      }),
    );
  });

  test.each([NaN, -1, Infinity])('rejects text size %s', (bytes) => {
    expect(() => tokensFromText({ textBytes: bytes, bytesPerToken: 4 })).toThrow(/textBytes/);
  });

  test('rejects zero bytes per token rather than returning Infinity', () => {
    expect(() => tokensFromText({ textBytes: 1, bytesPerToken: 0 })).toThrow(/bytesPerToken/);
  });
});

describe('storage of the tokenized data and the checkpoints', () => {
  test.each([
    ['GPT-2 (Radford et al. 2019)', 50_257, 2],
    ['LLaMA (Touvron et al. 2023)', 32_000, 2],
    ['exactly 2^16', 65_536, 2],
    ['Llama 3 (Dubey et al. 2024)', 128_256, 4],
  ])('%s vocabulary of %d ids stores %d bytes per token', (_name, vocabulary, bytes) => {
    expect(tokenIdBytes(vocabulary)).toBe(bytes);
  });

  test('a checkpoint that resumes training is 12 B/param of Adam state (ZeRO §3.1, K = 12) plus 2 B of 16-bit weights; no gradients', () => {
    expect(checkpointBytesPerParam).toEqual({ optimizerState: 12, trainingState: 14, weightsOnly: 2 });
    const storage = datasetStorage({ textBytes: 0, bytesPerToken: 4, vocabularySize: 32_000, params: 65.2e9, checkpointsKept: 0 });
    // LLaMA 65B: 65.2e9 × 14 = 912.8 GB, not the 1.04 TB that counting gradients gives.
    expect(storage.checkpointBytes).toBeCloseTo(912.8e9, 3);
    expect(storage.weightsBytes).toBeCloseTo(130.4e9, 3);
  });

  test('the total is raw text + tokenized copy + kept checkpoints', () => {
    const storage = datasetStorage({ textBytes: 4e12, bytesPerToken: 4, vocabularySize: 32_000, params: 7e9, checkpointsKept: 3 });
    expect(storage.tokens).toBe(1e12);
    expect(storage.tokenizedBytes).toBe(2e12);
    expect(storage.totalBytes).toBe(4e12 + 2e12 + 3 * 98e9);
  });
});

describe('the Pile as the calibration point', () => {
  test('825.18 GiB (Gao et al. 2020, §1.1) over Pythia’s 299,892,736,000 tokens (Pythia README) is 2.95 bytes per token', () => {
    expect(pileCorpus.textBytes).toBeCloseTo(886_030_278_328.32, 2);
    expect(pileCorpus.tokens).toBe(299_892_736_000);
    // 825.18 × 2^30 = 886,030,278,328 bytes ÷ 299,892,736,000 = 2.95449…
    expect(pileBytesPerToken).toBeCloseTo(2.95449, 5);
  });
});
