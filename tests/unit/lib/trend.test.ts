import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { daysToGrow, decimalYear, fitExponentialTrend, predictTrend } from '../../../src/lib/trend';
import { expectWithin } from './helpers';

describe('fitExponentialTrend', () => {
  test('exactly 3× a year gives 3, a perfect fit', () => {
    const trend = fitExponentialTrend([2016, 2017, 2018, 2019, 2020].map((year, i) => ({ year, value: 1000 * 3 ** i })));
    expectWithin(trend.factorPerYear, 3, 1e-12);
    expectWithin(trend.rSquared, 1, 1e-12);
    expectWithin(predictTrend(trend, 2021), 1000 * 3 ** 5, 1e-9);
    expectWithin(trend.doublingYears, Math.LN2 / Math.log(3), 1e-12);
    expect(trend.count).toBe(5);
  });

  test("Epoch's 2.4× a year doubles about every 9.5 months (Cottier et al. 2024)", () => {
    const trend = fitExponentialTrend([
      { year: 2016, value: 1 },
      { year: 2024, value: 2.4 ** 8 },
    ]);
    expectWithin(trend.factorPerYear, 2.4, 1e-12);
    expectWithin((trend.doublingYears * 12), 9.5, 0.01);
    expectWithin(daysToGrow(trend, 2), trend.doublingYears * 365.25, 1e-12);
  });

  test('the factor does not depend on units or on noise-free scaling of the values', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 10, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        fc.array(fc.double({ min: 1990, max: 2030, noNaN: true }), { minLength: 2, maxLength: 30 }),
        (factor, scale, years) => {
          fc.pre(Math.max(...years) - Math.min(...years) > 0.5);
          const trend = fitExponentialTrend(years.map((year) => ({ year, value: scale * factor ** (year - 2000) })));
          expectWithin(trend.factorPerYear, factor, 1e-6);
        },
      ),
    );
  });

  test('a flat series has factor 1, infinite doubling time and rSquared 1', () => {
    const trend = fitExponentialTrend([{ year: 2020, value: 5 }, { year: 2021, value: 5 }]);
    expect(trend.factorPerYear).toBe(1);
    expect(trend.doublingYears).toBe(Infinity);
    expect(trend.rSquared).toBe(1);
  });

  test('noise lowers rSquared below 1', () => {
    const trend = fitExponentialTrend([
      { year: 2020, value: 1 },
      { year: 2021, value: 4 },
      { year: 2022, value: 3 },
    ]);
    expect(trend.rSquared).toBeLessThan(1);
    expect(trend.rSquared).toBeGreaterThan(0);
  });

  test.each([
    [[{ year: 2020, value: 1 }], /at least 2 points, received 1/],
    [[{ year: 2020, value: 1 }, { year: 2021, value: 0 }], /values > 0, received year 2021, value 0/],
    [[{ year: 2020, value: 1 }, { year: NaN, value: 2 }], /finite years/],
    [[{ year: 2020, value: 1 }, { year: 2020, value: 2 }], /two different years/],
  ])('programming error %#', (points, message) => {
    expect(() => fitExponentialTrend(points)).toThrow(message);
  });
});

describe('decimalYear', () => {
  test.each([
    ['2023-01-01T00:00:00Z', 2023],
    ['2023-07-02T12:00:00Z', 2023.5],
    ['2024-12-31T12:00:00Z', 2024 + 365.5 / 366],
  ])('%s → %d', (iso, year) => {
    expectWithin(decimalYear(new Date(iso)), year, 1e-12);
  });

  test('an invalid date is a programming error', () => {
    expect(() => decimalYear(new Date('not a date'))).toThrow(/invalid/);
  });
});
