import { describe, expect, test } from 'vitest';
import { expectWithin } from './helpers';
import {
  bytesPerGibibyte,
  bytesPerGigabyte,
  flopsPerPetaflopDay,
  hoursPerDay,
  hoursPerMonth,
  hoursPerWeek,
  hoursPerYear,
  secondsPerHour,
} from '../../../src/lib/units';

describe('unit constants', () => {
  test.each([
    ['secondsPerHour', secondsPerHour, 3600],
    ['hoursPerDay', hoursPerDay, 24],
    ['hoursPerWeek', hoursPerWeek, 168],
    ['hoursPerYear is the Julian year, 365.25 × 24', hoursPerYear, 8766],
    ['hoursPerMonth is a twelfth of it', hoursPerMonth, 730.5],
    ['bytesPerGigabyte is SI', bytesPerGigabyte, 1e9],
    ['bytesPerGibibyte is IEC', bytesPerGibibyte, 1073741824],
  ])('%s = %d', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });

  test('a petaflop/s-day makes GPT-3 3,640 PF-days ≈ 3.14e23 FLOPs (Brown et al. 2020, App. D)', () => {
    expectWithin(3640 * flopsPerPetaflopDay, 3.14e23, 0.005);
  });
});
