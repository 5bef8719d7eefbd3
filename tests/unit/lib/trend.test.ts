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

  test('a flat series over unevenly spaced years is exactly flat: factor 1, infinite doubling time', () => {
    // 5 in 2020, 2021 and 2023: every ln(value) equals the mean, so the slope is 0 exactly, however
    // far the years sit from their mean (here 2021⅓, which no float holds exactly).
    const trend = fitExponentialTrend([2020, 2021, 2023].map((year) => ({ year, value: 5 })));
    expect(trend.slope).toBe(0);
    expect(trend.factorPerYear).toBe(1);
    expect(trend.doublingYears).toBe(Infinity);
    expect(trend.intercept).toBe(Math.log(5));
  });

  test('a noisy series: slope, intercept and R² by hand (1, 4, 3 over 2020–2022)', () => {
    const trend = fitExponentialTrend([
      { year: 2020, value: 1 },
      { year: 2021, value: 4 },
      { year: 2022, value: 3 },
    ]);
    // x − x̄ = −1, 0, 1 (Sxx = 2); ln values 0, ln 4, ln 3, mean ȳ = ln 12 / 3 = 0.828302.
    // Sxy = ȳ + (ln 3 − ȳ) = ln 3, so slope = ln 3 / 2 and the factor is √3 a year.
    expectWithin(trend.slope, Math.log(3) / 2, 1e-12);
    expectWithin(trend.factorPerYear, Math.sqrt(3), 1e-12);
    // The line passes through (x̄, ȳ): the fitted value in 2021 is the geometric mean ∛12 = 2.2894.
    expectWithin(predictTrend(trend, 2021), Math.cbrt(12), 1e-9);
    expectWithin(trend.intercept, Math.log(12) / 3 - (Math.log(3) / 2) * 2021, 1e-12);
    // Syy = 0.828302² + 0.557992² + 0.270310² = 1.070507; R² = Sxy² / (Sxx·Syy) = 1.2069489 / 2.1410140 = 0.563728.
    expect(trend.rSquared).toBeCloseTo(0.563728, 6);
    expect(trend.count).toBe(3);
  });

  test('a falling series halves: negative doubling time, in days of 365.25', () => {
    const trend = fitExponentialTrend([
      { year: 2020, value: 8 },
      { year: 2023, value: 1 },
    ]);
    expectWithin(trend.factorPerYear, 0.5, 1e-12);
    expectWithin(trend.doublingYears, -1, 1e-12);
    // Growing 2× takes −1 year; shrinking to an eighth takes 3 years = 1,095.75 days.
    expectWithin(daysToGrow(trend, 2), -365.25, 1e-12);
    expectWithin(daysToGrow(trend, 1 / 8), 1095.75, 1e-12);
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
