import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { costRatio, getTrainingRun, tokensFromCompute, trainingRuns } from '~/lib';
import { costHistoryData } from '~/components/history/chartModel';
import { costBasis } from '~/components/history/methods';
import { estimatorPresetHref, runPageHref, runPagePath } from '~/components/history/runLinks';
import { listInWords } from '~/components/history/words';
import { runPagesGroup } from '~/sidebar';

describe('tokens a published compute implies, D = C ÷ 6N', () => {
  test('GPT-3: 3.14e23 FLOPs ÷ (6 × 174.6B) = 299.7B tokens, its published 300B (Brown et al. 2020, Table D.1)', () => {
    // By hand: 6 × 174.6e9 = 1.0476e12; 3.14e23 ÷ 1.0476e12 = 2.99733e11.
    expect(tokensFromCompute({ trainingFlops: 3.14e23, params: 174.6e9 })).toBeCloseTo(2.99733e11, -6);
  });

  test('the 2017 Transformer: 2.3e19 FLOPs (Vaswani et al. 2017, Table 2) ÷ (6 × 213M) = 18.0B tokens', () => {
    // By hand: 6 × 213e6 = 1.278e9; 2.3e19 ÷ 1.278e9 = 17,996,870,109.5.
    expect(tokensFromCompute({ trainingFlops: 2.3e19, params: 213e6 })).toBeCloseTo(17_996_870_109.5, 0);
  });

  test('gives back the tokens of 6·N·D for any size and data', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e6, max: 1e13, noNaN: true }), fc.double({ min: 1e9, max: 1e15, noNaN: true }), (params, tokens) => {
        expect(tokensFromCompute({ trainingFlops: 6 * params * tokens, params })).toBeCloseTo(tokens, -Math.floor(Math.log10(tokens)) + 9);
      }),
    );
  });

  test.each([0, -1, Number.NaN, Infinity])('a compute or size of %d is a programming error that names the input', (bad) => {
    expect(() => tokensFromCompute({ trainingFlops: bad, params: 1e9 })).toThrow(/tokensFromCompute.*trainingFlops/);
    expect(() => tokensFromCompute({ trainingFlops: 1e20, params: bad })).toThrow(/tokensFromCompute.*params/);
  });
});

describe('estimate ÷ published', () => {
  test('LLaMA 65B at $2 an hour against the source article’s $3.93: 0.504', () => {
    // By hand: 1,022,362 h × $2 = $2,044,724; ÷ $4,056,514.56 (2,048 × 21 × 24 × $3.93) = 0.50406.
    expect(costRatio({ estimateUsd: 2_044_724, publishedUsd: 4_056_514.56 })).toBeCloseTo(0.50406, 5);
  });

  test('a free estimate is 0×, and the ratio scales with the estimate', () => {
    expect(costRatio({ estimateUsd: 0, publishedUsd: 930 })).toBe(0);
    expect(costRatio({ estimateUsd: 1860, publishedUsd: 930 })).toBe(2);
  });

  test.each([
    [{ estimateUsd: -1, publishedUsd: 1 }, /estimateUsd/],
    [{ estimateUsd: Number.NaN, publishedUsd: 1 }, /estimateUsd/],
    [{ estimateUsd: 1, publishedUsd: 0 }, /publishedUsd/],
    [{ estimateUsd: 1, publishedUsd: Infinity }, /publishedUsd/],
  ])('%j is a programming error that names the input', (input, name) => {
    expect(() => costRatio(input)).toThrow(name);
  });
});

describe('links to a run', () => {
  test('a run’s page and the estimator opened on it', () => {
    expect(runPagePath('llama-65b')).toBe('/history/runs/llama-65b/');
    expect(runPageHref('llama-65b')).toBe('/history/runs/llama-65b/');
    expect(estimatorPresetHref('llama-3.1-405b')).toBe('/training-steps/compute/?train.preset=llama-3.1-405b#training-estimator');
  });

  test('the sidebar lists every run under Cost history, collapsed, by site path (Starlight adds the base path)', () => {
    const group = runPagesGroup();
    expect(group.collapsed).toBe(true);
    expect(group.items).toHaveLength(trainingRuns.length);
    expect(group.items[0]).toEqual({ label: 'Transformer (big)', link: '/history/runs/transformer-2017/' });
    expect(group.items.map((item) => item.link)).toContain('/history/runs/deepseek-r1/');
  });

  test('a cost’s basis names its method and its edition, or its date', () => {
    expect(costBasis(getTrainingRun('gpt-3').publishedCostUsd!)).toBe('third-party estimate (cloud rental), AI Index 2024');
    expect(costBasis(getTrainingRun('mpt-7b').publishedCostUsd!)).toBe('disclosed by the developer, as of May 2023');
    expect(costBasis(getTrainingRun('grok-3').publishedCostUsd!)).toBe('third-party estimate (hardware and energy), Epoch AI data, April 2026');
  });

  test.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ] as const)('%j in words is %j', (items, text) => {
    expect(listInWords(items)).toBe(text);
  });
});

describe('where each chart point leads', () => {
  const { published, repriceable } = costHistoryData(trainingRuns);
  const point = (id: string) => published.find((p) => p.runId === id)!;

  test('a run with a size opens the estimator on its preset; an estimate-only run or a post-training stage opens its page', () => {
    expect(point('transformer-2017')).toMatchObject({ opensEstimator: true, href: '/training-steps/compute/?train.preset=transformer-2017#training-estimator' });
    expect(point('gpt-4')).toMatchObject({ opensEstimator: false, href: '/history/runs/gpt-4/' });
    expect(point('grok-3')).toMatchObject({ opensEstimator: false, href: '/history/runs/grok-3/' });
    expect(point('deepseek-r1')).toMatchObject({ opensEstimator: false, href: '/history/runs/deepseek-r1/', inTrend: false });
  });

  test('every point links to its run’s page, and only the post-training stage is left out of the trend', () => {
    for (const p of [...published, ...repriceable]) {
      expect(p.pageHref).toBe(`/history/runs/${p.runId}/`);
      expect(p.inTrend).toBe(p.runId !== 'deepseek-r1');
    }
  });
});

describe('the chart’s time axis', () => {
  test('runs from the first run’s year to the end of the year the site is built in, or of the last run', () => {
    // The first run is the Transformer (June 2017); the last, SmolLM3 (July 2025).
    expect(costHistoryData(trainingRuns, new Date('2026-12-03T00:00:00Z'))).toMatchObject({ firstYear: 2017, lastYear: 2027 });
    expect(costHistoryData(trainingRuns, new Date('2024-01-01T00:00:00Z'))).toMatchObject({ firstYear: 2017, lastYear: 2026 });
  });
});
