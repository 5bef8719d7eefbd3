import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sliderPosition, sliderValue, type SliderScale } from '../../../src/lib/quantity/slider';

const params: SliderScale = { min: 1e8, max: 1e12, scale: 'log', steps: 100 };
const mfu: SliderScale = { min: 0.05, max: 0.8, scale: 'linear', steps: 75 };

describe('a log track gives each decade the same length', () => {
  test.each<[number, number]>([
    [1e8, 0],
    [1e9, 25],
    [1e10, 50],
    [1e11, 75],
    [1e12, 100],
    // 65.2B: log10(652) = 2.814, so 2.814 / 4 × 100 = 70.4 → 70.
    [65.2e9, 70],
    // Off the track: pinned to its ends.
    [1e6, 0],
    [1e15, 100],
  ])('%d sits at position %d', (value, position) => {
    expect(sliderPosition(value, params)).toBe(position);
  });

  test.each<[number, number]>([
    [0, 1e8],
    [25, 1e9],
    [100, 1e12],
    // 10^(8 + 4 × 0.7) = 10^10.8 = 6.31e10, two significant digits: 6.3e10.
    [70, 6.3e10],
    [-5, 1e8],
    [120, 1e12],
  ])('position %d is %d', (position, value) => {
    expect(sliderValue(position, params)).toBe(value);
  });
});

describe('a linear track gives each step the same difference', () => {
  test.each<[number, number]>([
    [0.05, 0],
    [0.477, 43],
    [0.8, 75],
    [0.9, 75],
    [0, 0],
  ])('%d sits at position %d', (value, position) => {
    expect(sliderPosition(value, mfu)).toBe(position);
  });

  test.each<[number, number]>([
    [0, 0.05],
    // 0.05 + 0.75 × 47 / 75 = 0.52.
    [47, 0.52],
    [75, 0.8],
  ])('position %d is %d', (position, value) => {
    expect(sliderValue(position, mfu)).toBe(value);
  });
});

test('a value that is not a number sits at the start', () => {
  expect(sliderPosition(Number.NaN, params)).toBe(0);
  expect(sliderPosition(-1, params)).toBe(0);
});

test('every position maps to a value whose position is that position (within one step)', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 100 }), (position) => {
      expect(Math.abs(sliderPosition(sliderValue(position, params), params) - position)).toBeLessThanOrEqual(1);
    }),
  );
});
