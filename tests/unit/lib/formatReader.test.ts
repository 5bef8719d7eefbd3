import { describe, expect, test } from 'vitest';
import { describeCount, formatFlopsPerSecond } from '~/lib';

describe('describeCount', () => {
  test.each([
    [1024, 'GPUs', '1,024 GPUs'],
    [2048, 'accelerators', '2,048 accelerators'],
    [999_999, 'tokens', '999,999 tokens'],
    [1_000_000, 'tokens', '1 million tokens'],
    [1500.5, 'tokens', '1.5 thousand tokens'],
    [65.2e9, 'parameters', '65.2 billion parameters'],
    [-3, 'units', '-3 units'],
  ])('%d %s reads as "%s"', (n, noun, text) => {
    expect(describeCount(n, noun)).toBe(text);
  });
});

describe('formatFlopsPerSecond', () => {
  test.each([
    [312e12, '312 TFLOP/s'], // NVIDIA A100 datasheet, dense BF16
    [989e12, '989 TFLOP/s'], // NVIDIA H100 SXM, dense BF16
    [2.25e15, '2.25 PFLOP/s'],
    [24.6e12, '24.6 TFLOP/s'], // GPT-3 paper: measured per V100
    [-1e12, '-1 TFLOP/s'],
    [Number.NaN, '—'],
  ])('%d reads as %s', (value, text) => {
    expect(formatFlopsPerSecond(value)).toBe(text);
  });
});
