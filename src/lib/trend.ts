/**
 * Growth rate of a quantity over time (training cost, compute) by a log-linear least-squares fit:
 * ln(value) = intercept + slope · year, so the value multiplies by e^slope each year. Epoch AI fit
 * frontier training costs this way and find ≈ 2.4× a year since 2016 (Cottier et al. 2024,
 * arXiv 2405.21015).
 */
import { daysPerYear } from './units';

/** One observation: when (a decimal year, e.g. 2023.5) and how much (> 0). */
export interface TrendPoint {
  year: number;
  value: number;
}

/** Result of {@link fitExponentialTrend}. */
export interface ExponentialTrend {
  /** Multiplier per year, e^slope (3 means "3× a year"). */
  factorPerYear: number;
  /** Years for the value to double (negative when it halves instead; Infinity when flat). */
  doublingYears: number;
  /** Slope of ln(value) per year. */
  slope: number;
  /** ln(value) at year 0 of the fit. */
  intercept: number;
  /** Share of the variance in ln(value) the line explains (1 when every point is on it). */
  rSquared: number;
  /** Number of points fitted. */
  count: number;
}

/**
 * A decimal year from a date (UTC), for {@link TrendPoint.year}.
 * @example decimalYear(new Date('2023-07-02T12:00:00Z')) //=> 2023.5
 */
export function decimalYear(date: Date): number {
  const time = date.getTime();
  if (!Number.isFinite(time)) throw new RangeError('decimalYear: expected a valid Date, received an invalid one');
  const year = date.getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  return year + (time - start) / (end - start);
}

/**
 * Least-squares fit of ln(value) against year. Throws (programming error) for fewer than two
 * points, a value that is not > 0 (its logarithm does not exist), or all points in one year.
 * @example
 * fitExponentialTrend([{ year: 2020, value: 1 }, { year: 2021, value: 3 }, { year: 2022, value: 9 }])
 *   .factorPerYear //=> 3
 */
export function fitExponentialTrend(points: readonly TrendPoint[]): ExponentialTrend {
  const where = 'fitExponentialTrend';
  if (points.length < 2) throw new RangeError(`${where}: expected at least 2 points, received ${points.length}`);
  for (const { year, value } of points) {
    if (!Number.isFinite(year) || !Number.isFinite(value) || value <= 0) {
      throw new RangeError(`${where}: expected finite years and values > 0, received year ${year}, value ${value}`);
    }
  }
  const n = points.length;
  const logs = points.map((p) => ({ x: p.year, y: Math.log(p.value) }));
  const meanX = logs.reduce((s, p) => s + p.x, 0) / n;
  const meanY = logs.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const { x, y } of logs) {
    sxx += (x - meanX) ** 2;
    sxy += (x - meanX) * (y - meanY);
    syy += (y - meanY) ** 2;
  }
  if (sxx === 0) throw new RangeError(`${where}: expected points in at least two different years`);
  const slope = sxy / sxx;
  return {
    factorPerYear: Math.exp(slope),
    doublingYears: slope === 0 ? Infinity : Math.LN2 / slope,
    slope,
    intercept: meanY - slope * meanX,
    rSquared: syy === 0 ? 1 : (sxy * sxy) / (sxx * syy),
    count: n,
  };
}

/**
 * The fitted value at a decimal year.
 * @example
 * const trend = fitExponentialTrend([{ year: 2020, value: 1 }, { year: 2021, value: 3 }]);
 * predictTrend(trend, 2023) //=> 27
 */
export function predictTrend(trend: ExponentialTrend, year: number): number {
  return Math.exp(trend.intercept + trend.slope * year);
}

/**
 * Days for the value to grow by `factor` along the trend (e.g. 10× takes ln 10 / slope years).
 * @example
 * const trend = fitExponentialTrend([{ year: 2020, value: 1 }, { year: 2021, value: 2 }]);
 * daysToGrow(trend, 2) //=> 365.25
 */
export function daysToGrow(trend: ExponentialTrend, factor: number): number {
  return (Math.log(factor) / trend.slope) * daysPerYear;
}
