import { describe, expect, test } from 'vitest';
import { describeCount } from '~/lib';

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
