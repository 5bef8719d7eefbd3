import { describe, expect, test } from 'vitest';
import {
  defaultPriceBandUsd,
  fitExponentialTrend,
  priceBandEnds,
  getTrainingRun,
  repriceRun,
  runDecimalYear,
  trainingRuns,
  type AcceleratorId,
} from '~/lib';
import { costHistoryData } from '~/components/history/chartModel';

describe('the trend fit used by the cost-history chart', () => {
  test('runs whose cost grows exactly 3× a year give a factor of 3', () => {
    const dates = ['2018-03', '2019-03', '2020-03', '2021-03'];
    // Mid-March of consecutive years are not exactly 1.000 year apart (leap years): use the
    // decimal years the chart uses, and a cost that is exactly 3^(year − 2018).
    const points = dates.map((date) => {
      const year = runDecimalYear(date);
      return { year, value: 1000 * 3 ** (year - 2018) };
    });
    const trend = fitExponentialTrend(points);
    expect(trend.factorPerYear).toBeCloseTo(3, 10);
    expect(trend.rSquared).toBeCloseTo(1, 10);
  });

  test.each([
    ['2017-06', 2017 + (151 + 15) / 365],
    ['2024-12', 2024 + (335 + 15.5) / 366],
    ['2023-01', 2023 + 15.5 / 365],
  ])('%s sits at the middle of its month (%f)', (date, expected) => {
    expect(runDecimalYear(date)).toBeCloseTo(expected, 6);
  });

  test.each(['2023', '2023-13', '2023-00', 'July 2023', '', '2023-07-16', 'c. 2023-07'])('rejects a date that is not YYYY-MM (%j)', (date) => {
    expect(() => runDecimalYear(date)).toThrow(/YYYY-MM/);
  });
});

describe('the trend refitted over the chart’s published figures (2017–2025)', () => {
  const points = costHistoryData(trainingRuns).published;
  const fitted = points.filter((p) => p.inTrend);
  const trend = fitExponentialTrend(fitted.map((p) => ({ year: p.year, value: p.costUsd })));

  test('28 runs carry a headline cost; DeepSeek-R1’s RL stage is plotted but left out of the fit', () => {
    expect(points.length).toBe(28);
    expect(points.filter((p) => !p.inTrend).map((p) => p.runId)).toEqual(['deepseek-r1']);
  });

  // Computed independently in Python (datetime mid-month decimal years, least squares of ln cost
  // on year over the 27 whole-run headline costs: the AI Index 2024 estimates, the source articles'
  // LLaMA and PaLM sums, MosaicML's and DeepSeek-V3's own figures, Epoch AI's hardware-and-energy
  // estimates for Falcon-180B, Nemotron-4 340B, Claude 3.5 Sonnet, Grok-2, GPT-4.5 and Grok 3, and
  // the H100 runs' published hours × $3.20, the low end of the default H100 band): slope 1.04943…
  // per year, so e^slope = 2.856014…, R² = 0.548732…
  test('grows 2.8560× a year with R² 0.5487', () => {
    expect(trend.factorPerYear).toBeCloseTo(2.8560143497, 6);
    expect(trend.rSquared).toBeCloseTo(0.5487322769, 6);
    expect(trend.count).toBe(27);
  });
});

/** One price per priced accelerator: the hyperscaler end of each default band. */
const defaultPricePerHourUsd = priceBandEnds(defaultPriceBandUsd, 'high') as Partial<Record<AcceleratorId, number>>;

describe('re-pricing a run at the reader’s prices', () => {
  test('LLaMA 65B: 1,022,362 published GPU-hours × $2 (Touvron et al. 2023, Table 15)', () => {
    const repriced = repriceRun(getTrainingRun('llama-65b'), { ...defaultPricePerHourUsd, 'a100-80gb': 2 });
    expect(repriced).toEqual({ acceleratorHours: 1_022_362, accelerator: 'a100-80gb', pricePerHourUsd: 2, costUsd: 2_044_724 });
  });

  test('DeepSeek-V3 at its own $2 per H800-hour reproduces its published $5.576M (Table 1)', () => {
    const run = getTrainingRun('deepseek-v3');
    const repriced = repriceRun(run, { ...defaultPricePerHourUsd, h800: 2 });
    expect(repriced?.costUsd).toBeCloseTo(run.publishedCostUsd!.value, 6);
  });

  test('runs without published hours, a catalogued accelerator or a price for it cannot be re-priced', () => {
    for (const id of ['gpt-4', 'gemini-ultra', 'roberta-large', 'bert-large', 'chinchilla', 'mt-nlg-530b']) {
      expect(repriceRun(getTrainingRun(id), defaultPricePerHourUsd)).toBeNull();
    }
  });

  test('every run with hours and a catalogued accelerator can be, and cost is linear in price', () => {
    const doubled = Object.fromEntries(Object.entries(defaultPricePerHourUsd).map(([id, usd]) => [id, usd * 2])) as Partial<Record<AcceleratorId, number>>;
    for (const run of trainingRuns) {
      const base = repriceRun(run, defaultPricePerHourUsd);
      const priced = run.accelerator !== undefined && defaultPricePerHourUsd[run.accelerator] !== undefined;
      expect(base === null).toBe(run.acceleratorHours === undefined || !priced);
      if (base) expect(repriceRun(run, doubled)!.costUsd).toBeCloseTo(2 * base.costUsd, 6);
    }
  });

  test('a price of $0 is allowed: the run costs nothing', () => {
    expect(repriceRun(getTrainingRun('llama-65b'), { ...defaultPricePerHourUsd, 'a100-80gb': 0 })?.costUsd).toBe(0);
  });

  test('a missing or negative price is a programming error that names the accelerator', () => {
    expect(() => repriceRun(getTrainingRun('llama-7b'), { ...defaultPricePerHourUsd, 'a100-80gb': -1 })).toThrow(/a100-80gb/);
    expect(() => repriceRun(getTrainingRun('llama-7b'), { ...defaultPricePerHourUsd, 'a100-80gb': Number.NaN })).toThrow(/price/);
  });
});
