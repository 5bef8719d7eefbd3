import { describe, expect, test } from 'vitest';
import { formatSeconds } from '../../../src/lib/secondsFormat';

describe('formatSeconds', () => {
  test.each([
    [0.023274, '23.3 ms'],
    [1.5, '1.5 s'],
    [0, '0 s'],
    [0.00004, '40 µs'],
    [0.001, '1 ms'],
    [90, '1.5 min'],
    // The boundaries belong to the larger unit: a whole minute, a whole second.
    [60, '1 min'],
    [1, '1 s'],
    [59.9, '59.9 s'],
    [-0.5, '-500 ms'],
    [Number.NaN, '—'],
  ])('%d s reads %s', (seconds, text) => {
    expect(formatSeconds(seconds)).toBe(text);
  });
});
