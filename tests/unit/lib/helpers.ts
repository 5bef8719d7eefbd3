import { expect } from 'vitest';

/** Asserts |actual − expected| ≤ tolerance × |expected| (a relative tolerance, e.g. 0.005 = 0.5%). */
export function expectWithin(actual: number, expected: number, tolerance: number): void {
  const error = Math.abs(actual - expected) / Math.abs(expected);
  expect(error, `${actual} should be within ${tolerance * 100}% of ${expected}`).toBeLessThanOrEqual(
    tolerance,
  );
}
