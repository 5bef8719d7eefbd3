import { describe, expect, test } from 'vitest';
import { getAccelerator, isAcceleratorId } from '../../../src/lib/accelerators';
import { checkedArticleIds, getSource, isSourceId } from '../../../src/lib/sources';
import {
  getTrainingRun,
  trainingRuns,
  type CostEstimate,
  type PublishedFigure,
  type TrainingRun,
} from '../../../src/lib/trainingRuns';
import { impliedUtilisation } from '../../../src/lib/utilisation';

/** Every cited number of a run, labelled by field. */
function figuresOf(run: TrainingRun): [string, PublishedFigure<number>][] {
  const single = {
    params: run.params,
    totalParams: run.totalParams,
    tokens: run.tokens,
    acceleratorCount: run.acceleratorCount,
    acceleratorHours: run.acceleratorHours,
    trainingFlops: run.trainingFlops,
    publishedCostUsd: run.publishedCostUsd,
    energyMwh: run.energyMwh,
    co2Tonnes: run.co2Tonnes,
    wallClockDays: run.wallClockDays,
  };
  const out: [string, PublishedFigure<number>][] = [];
  for (const [field, figure] of Object.entries(single)) {
    if (figure !== undefined) out.push([field, figure]);
  }
  (run.otherCostEstimatesUsd ?? []).forEach((c, i) => out.push([`otherCostEstimatesUsd[${i}]`, c]));
  return out;
}

const costsOf = (run: TrainingRun): CostEstimate[] =>
  [run.publishedCostUsd, ...(run.otherCostEstimatesUsd ?? [])].filter(
    (c): c is CostEstimate => c !== undefined,
  );

describe('training-run dataset', () => {
  test('holds at least 30 runs, at least 8 from 2024 on and at least 3 from 2025 on', () => {
    expect(trainingRuns.length).toBeGreaterThanOrEqual(30);
    expect(trainingRuns.filter((r) => r.year >= 2024).length).toBeGreaterThanOrEqual(8);
    expect(trainingRuns.filter((r) => r.year >= 2025).length).toBeGreaterThanOrEqual(3);
  });

  test('runs of one month sort by size as numbers, not as text (7B, 13B, 33B, 65B)', () => {
    const ids = trainingRuns.map((r) => r.id);
    const order = (list: string[]) => list.map((id) => ids.indexOf(id));
    const ascending = (list: number[]) => list.every((v, i) => i === 0 || v > (list[i - 1] ?? -1));
    expect(ascending(order(['llama-7b', 'llama-13b', 'llama-33b', 'llama-65b']))).toBe(true);
    expect(ascending(order(['llama-2-7b', 'llama-2-13b', 'llama-2-34b', 'llama-2-70b']))).toBe(true);
    expect(ascending(order(['llama-3.1-8b', 'llama-3.1-70b', 'llama-3.1-405b']))).toBe(true);
    // Same active size (17B): by name, so Maverick before Scout.
    expect(ascending(order(['llama-4-maverick', 'llama-4-scout']))).toBe(true);
  });

  test('ids are unique', () => {
    const ids = trainingRuns.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('runs are in date order', () => {
    const dates = trainingRuns.map((r) => r.date);
    expect([...dates].sort()).toEqual(dates);
  });

  test.each([
    ['transformer-2017', 'seed 000'],
    ['bert-large', 'seed 000'],
    ['roberta-large', 'seed 000'],
    ['gpt-3', 'seeds 000, 002'],
    ['gpt-4', 'seed 000'],
    ['gemini-ultra', 'seed 000'],
    ['llama-65b', 'seed 001'],
    ['palm-540b', 'seed 001'],
    ['llama-2-7b', 'seed 003'],
    ['llama-2-70b', 'seed 003'],
    ['llama-7b', 'brief'],
    ['llama-13b', 'brief'],
    ['llama-33b', 'brief'],
    ['llama-2-13b', 'brief'],
    ['llama-2-34b', 'brief'],
    ['mpt-7b', 'brief'],
    ['gopher', 'brief'],
    ['chinchilla', 'brief'],
    ['mt-nlg-530b', 'brief'],
    ['opt-175b', 'brief'],
    ['bloom-176b', 'brief'],
    ['falcon-180b', 'brief'],
    ['llama-3.1-405b', 'brief'],
    ['deepseek-v3', 'brief'],
    ['llama-3-8b', 'issue 13'],
    ['llama-3-70b', 'issue 13'],
    ['llama-3.1-8b', 'issue 13'],
    ['llama-3.1-70b', 'issue 13'],
    ['llama-4-scout', 'issue 13'],
    ['llama-4-maverick', 'issue 13'],
    ['phi-4', 'issue 13'],
    ['smollm3', 'issue 13'],
    ['nemotron-4-340b', 'issue 13'],
    ['olmo-2-7b', 'issue 13'],
    ['olmo-2-13b', 'issue 13'],
    ['deepseek-r1', 'issue 13'],
    ['claude-3.5-sonnet', 'issue 13'],
    ['grok-2', 'issue 13'],
    ['gpt-4.5', 'issue 13'],
    ['grok-3', 'issue 13'],
  ])('contains %s (named by %s)', (id) => {
    expect(getTrainingRun(id).id).toBe(id);
  });

  describe.each(trainingRuns.map((r) => [r.id, r] as const))('%s', (_id, run) => {
    test('the id is kebab-case (dots allowed in version numbers)', () => {
      expect(run.id).toMatch(/^[a-z0-9.]+(-[a-z0-9.]+)*$/);
    });

    test('the date is YYYY-MM and agrees with the year', () => {
      expect(run.date).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
      expect(run.date.slice(0, 4)).toBe(String(run.year));
    });

    test('every published figure is a positive finite number whose citation resolves', () => {
      for (const [field, figure] of figuresOf(run)) {
        expect(Number.isFinite(figure.value) && figure.value > 0, field).toBe(true);
        expect(isSourceId(figure.citation.source), `${field}: ${figure.citation.source}`).toBe(true);
      }
    });

    test('names a catalogued accelerator, if any', () => {
      if (run.accelerator !== undefined) expect(isAcceleratorId(run.accelerator)).toBe(true);
    });

    test('only an estimate-only run may lack a parameter count', () => {
      if (run.params === undefined) expect(run.estimateOnly).toBe(true);
    });

    test('a mixture-of-experts run has more total than active parameters', () => {
      if (run.totalParams !== undefined) {
        expect(run.params).toBeDefined();
        expect(run.totalParams.value).toBeGreaterThan(run.params?.value ?? Infinity);
      }
    });

    test('every cost says how it was made and when (YYYY or YYYY-MM), unless its source is undated', () => {
      for (const cost of costsOf(run)) {
        expect(['developer-stated', 'recomputed-here', 'cloud-rental-estimate-third-party', 'hardware-energy-estimate-third-party', 'article-stated']).toContain(cost.method);
        if (getSource(cost.citation.source).year === undefined) expect(cost.asOf).toBeUndefined();
        else expect(cost.asOf).toMatch(/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/);
      }
    });

    test('a headline cost is always dated', () => {
      if (run.publishedCostUsd) expect(run.publishedCostUsd.asOf).toMatch(/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/);
    });

    test('a recurring report names its edition; a figure from a checked article is marked article-stated or recomputed', () => {
      for (const cost of costsOf(run)) {
        if (cost.citation.source === 'stanford-2024-ai-index') expect(cost.edition).toBe('AI Index 2024');
        if (cost.citation.source === 'epoch-2025-training-cost-trends') expect([cost.edition, cost.asOf]).toEqual(['Epoch AI data, June 2025', '2025-06']);
        if (cost.citation.source === 'epoch-2026-notable-models') expect([cost.edition, cost.asOf]).toEqual(['Epoch AI data, April 2026', '2026-04']);
        if ((checkedArticleIds as readonly string[]).includes(cost.citation.source)) {
          expect(['article-stated', 'recomputed-here']).toContain(cost.method);
        }
      }
    });
  });
});

describe('runs without disclosure', () => {
  test.each([['gpt-4'], ['gemini-ultra']])(
    '%s is estimate-only, with a third-party cloud-rental estimate and no parameter count',
    (id) => {
      const run = getTrainingRun(id);
      expect(run.estimateOnly).toBe(true);
      expect(run.publishedCostUsd?.method).toBe('cloud-rental-estimate-third-party');
      expect(run.params).toBeUndefined();
    },
  );
});

describe('closed frontier models of 2024–2025 (Epoch AI estimates)', () => {
  test.each([
    // [id, 2023 USD, where it was read]
    ['claude-3.5-sonnet', 25_870_993.12, 'Epoch notable models, April 2026: "Training compute cost (2023 USD)" 25870993.12'],
    ['grok-2', 31_602_310.53, 'Epoch notable models, April 2026: 31602310.53'],
    ['gpt-4.5', 339_957_479.94, 'Epoch notable models, April 2026: 339957479.94'],
    ['grok-3', 217_835_545.53, 'Epoch notable models, April 2026: 217835545.53'],
  ] as const)('%s is estimate-only, at Epoch AI’s amortized hardware and energy cost $%d (%s)', (id, usd, _source) => {
    const run = getTrainingRun(id);
    expect(run.estimateOnly).toBe(true);
    expect(run.params).toBeUndefined();
    expect(run.publishedCostUsd?.method).toBe('hardware-energy-estimate-third-party');
    expect(run.publishedCostUsd?.value).toBe(usd);
    expect(run.publishedCostUsd?.costYearUsd).toBe(2023);
  });

  test.each([
    // [id, method, value, where it was read]
    ['grok-3', 'cloud-rental-estimate-third-party', 849_737_163.95, 'Epoch, April 2026: "Training compute cost (cloud)"'],
    ['llama-3.1-405b', 'hardware-energy-estimate-third-party', 52_885_433.95, 'Epoch, April 2026: 2023 USD'],
    ['llama-3.1-405b', 'cloud-rental-estimate-third-party', 175_966_627.18, 'Epoch, April 2026: cloud'],
    ['nemotron-4-340b', 'cloud-rental-estimate-third-party', 67_898_317.23, 'Epoch, April 2026: cloud'],
    ['gpt-4', 'hardware-energy-estimate-third-party', 40_586_592.58, 'Epoch snapshot of 20 June 2025: $40586592.58'],
    ['gemini-ultra', 'hardware-energy-estimate-third-party', 29_827_341.92, 'Epoch snapshot of 20 June 2025: $29827341.92'],
  ] as const)('%s also carries Epoch AI’s %s of $%d (%s)', (id, method, usd, _source) => {
    const other = getTrainingRun(id).otherCostEstimatesUsd ?? [];
    expect(other.filter((c) => c.method === method).map((c) => c.value)).toContain(usd);
  });
});

describe('the seed article’s cost table (Stanford AI Index 2024, Epoch AI estimates)', () => {
  test.each([
    ['transformer-2017', 930, 'seed 000: ~$930'],
    ['bert-large', 3288, 'seed 000: ~$3,288'],
    ['roberta-large', 160_018, 'seed 000: ~$160,018'],
    ['gpt-3', 4.3e6, 'seed 000: ~$4.3 million'],
    ['gpt-4', 78.4e6, 'seed 000: ~$78.4 million'],
    ['gemini-ultra', 191.4e6, 'seed 000: ~$191.4 million'],
  ] as const)('%s costs ≈ $%d (%s)', (id, usd, _seed) => {
    const cost = getTrainingRun(id).publishedCostUsd;
    expect(cost?.citation.source).toBe('stanford-2024-ai-index');
    expect(cost?.method).toBe('cloud-rental-estimate-third-party');
    // The seed rounds GPT-3's $4,324,883 to "$4.3 million": allow rounding to the digits shown.
    expect(Math.abs((cost?.value ?? 0) - usd) / usd).toBeLessThan(0.006);
  });
});

describe('figures the guide reproduces', () => {
  test.each([
    ['llama-65b', 'publishedCostUsd', 4.06e6, 'seed 001: 2048 × 21 d × 24 h × $3.93'],
    ['palm-540b', 'publishedCostUsd', 27.06e6, 'seed 001: $3.22 × (6144 × 1200 + 3072 × 336)'],
    ['palm-540b', 'acceleratorHours', 8_404_992, 'PaLM App. B (derived)'],
    ['llama-65b', 'acceleratorHours', 1_022_362, 'LLaMA Table 15'],
    ['llama-2-7b', 'acceleratorHours', 184_320, 'Llama 2 Table 2'],
    ['llama-2-70b', 'acceleratorHours', 1_720_320, 'Llama 2 model card'],
    ['llama-3.1-405b', 'acceleratorHours', 30.84e6, 'Llama 3.1 model card'],
    ['deepseek-v3', 'acceleratorHours', 2.788e6, 'DeepSeek-V3 Table 1'],
    ['deepseek-v3', 'publishedCostUsd', 5.576e6, 'DeepSeek-V3 Table 1, at $2/GPU-h'],
    ['mpt-7b', 'publishedCostUsd', 200_000, 'MosaicML MPT-7B post'],
    ['gpt-3', 'energyMwh', 1287, 'Patterson et al. 2021 Table 4'],
    ['gpt-3', 'co2Tonnes', 552, 'Patterson et al. 2021 Table 4'],
    ['llama-65b', 'energyMwh', 449, 'LLaMA Table 15'],
    ['llama-65b', 'co2Tonnes', 173, 'LLaMA Table 15'],
  ] as const)('%s %s ≈ %d (%s)', (id, field, expected, _source) => {
    const figure = getTrainingRun(id)[field];
    expect(Math.abs((figure?.value ?? 0) - expected) / expected).toBeLessThan(0.002);
  });

  test.each([
    // [id, field, exact value, source]
    ['llama-3-8b', 'acceleratorHours', 1.3e6, 'Llama 3 model card, Carbon Footprint: "1.3M" H100-80GB hours'],
    ['llama-3-8b', 'co2Tonnes', 390, 'Llama 3 model card, Carbon Footprint: 390 tCO2eq'],
    ['llama-3-70b', 'acceleratorHours', 6.4e6, 'Llama 3 model card, Carbon Footprint: "6.4M"'],
    ['llama-3-70b', 'co2Tonnes', 1900, 'Llama 3 model card, Carbon Footprint: 1900 tCO2eq'],
    ['llama-3-70b', 'tokens', 15e12, 'Llama 3 model card: "15T+"'],
    ['llama-3.1-8b', 'acceleratorHours', 1.46e6, 'Llama 3.1 model card, Training Energy Use: "1.46M"'],
    ['llama-3.1-8b', 'co2Tonnes', 420, 'Llama 3.1 model card: 420 t location-based'],
    ['llama-3.1-70b', 'acceleratorHours', 7.0e6, 'Llama 3.1 model card, Training Energy Use: "7.0M"'],
    ['llama-3.1-70b', 'co2Tonnes', 2040, 'Llama 3.1 model card: 2,040 t location-based'],
    ['llama-4-scout', 'params', 17e9, 'Llama 4 model card: 17B activated'],
    ['llama-4-scout', 'totalParams', 109e9, 'Llama 4 model card: 109B total'],
    ['llama-4-scout', 'tokens', 40e12, 'Llama 4 model card: ~40T tokens'],
    ['llama-4-scout', 'acceleratorHours', 5.0e6, 'Llama 4 model card, Training Energy Use: "5.0M"'],
    ['llama-4-scout', 'co2Tonnes', 1354, 'Llama 4 model card: 1,354 t location-based'],
    ['llama-4-maverick', 'params', 17e9, 'Llama 4 model card: 17B activated'],
    ['llama-4-maverick', 'totalParams', 400e9, 'Llama 4 model card: 400B total'],
    ['llama-4-maverick', 'tokens', 22e12, 'Llama 4 model card: ~22T tokens'],
    ['llama-4-maverick', 'acceleratorHours', 2.38e6, 'Llama 4 model card, Training Energy Use: "2.38M"'],
    ['llama-4-maverick', 'co2Tonnes', 645, 'Llama 4 model card: 645 t location-based'],
    ['phi-4', 'params', 14e9, 'Phi-4 model card, Model Summary: "14B parameters"'],
    ['phi-4', 'tokens', 9.8e12, 'Phi-4 model card: "9.8T tokens"'],
    ['phi-4', 'acceleratorCount', 1920, 'Phi-4 model card: "1920 H100-80G"'],
    ['phi-4', 'wallClockDays', 21, 'Phi-4 model card: "21 days"'],
    ['phi-4', 'acceleratorHours', 967_680, 'Phi-4 model card: 1,920 × 21 d × 24 h, by hand'],
    ['smollm3', 'params', 3e9, 'SmolLM3 blog: "3B model"'],
    ['smollm3', 'tokens', 11.2e12, 'SmolLM3 blog: "11.2T tokens"'],
    ['smollm3', 'acceleratorCount', 384, 'SmolLM3 blog: "384 H100 GPUs"'],
    ['smollm3', 'wallClockDays', 24, 'SmolLM3 blog: "for 24 days"'],
    ['smollm3', 'acceleratorHours', 221_184, 'SmolLM3 blog: 384 × 24 d × 24 h, by hand'],
  ] as const)('%s %s = %d (%s)', (id, field, expected, _source) => {
    expect(getTrainingRun(id)[field]?.value).toBe(expected);
  });

  test.each([
    // Published H100-hours × $3.20, the low end of the default H100 band (Hyperstack on-demand, 2026-08-26).
    ['phi-4', 3_096_576, '967,680 h × $3.20'],
    ['smollm3', 707_788.8, '221,184 h × $3.20'],
    ['llama-3.1-8b', 4_672_000, '1,460,000 h × $3.20'],
    ['llama-4-scout', 16_000_000, '5,000,000 h × $3.20'],
  ] as const)('%s: cost recomputed here from published hours = $%d (%s), dated by the price', (id, usd, _hand) => {
    const cost = getTrainingRun(id).publishedCostUsd;
    expect(cost?.method).toBe('recomputed-here');
    expect(cost?.value).toBeCloseTo(usd, 2);
    expect(cost?.asOf).toBe('2026-08-26');
    expect(cost?.note).toContain('$3.20 per hour (Hyperstack, on-demand at a specialist cloud, as of 2026-08-26; the low end');
  });

  test.each([
    // [id, field, exact value, source]
    ['nemotron-4-340b', 'params', 340e9, 'Nemotron-4 340B report, Table 1: 9.4B + 331.6B'],
    ['nemotron-4-340b', 'tokens', 9e12, 'Nemotron-4 340B report, §2: 8T + 1T continued'],
    ['nemotron-4-340b', 'acceleratorCount', 6144, 'Nemotron-4 340B report, §2.3: 768 DGX H100 × 8'],
    ['nemotron-4-340b', 'publishedCostUsd', 21_271_017.96, 'Epoch, April 2026: 2023 USD'],
    ['olmo-2-7b', 'params', 7e9, 'OLMo 2 card: "OLMo 2 7B"'],
    ['olmo-2-7b', 'tokens', 4.15e12, 'OLMo 2 card: 4T + 3 × 50B, by hand'],
    ['olmo-2-7b', 'trainingFlops', 1.8e23, 'OLMo 2 card: "1.8·10²³"'],
    ['olmo-2-13b', 'params', 13e9, 'OLMo 2 card: "OLMo 2 13B"'],
    ['olmo-2-13b', 'tokens', 5.6e12, 'OLMo 2 card: 5T + 3 × 100B + 300B, by hand'],
    ['olmo-2-13b', 'trainingFlops', 4.6e23, 'OLMo 2 card: "4.6·10²³"'],
    ['deepseek-r1', 'acceleratorHours', 147_000, 'DeepSeek-R1 v2, Table 7: 101K + 5K + 41K'],
    ['deepseek-r1', 'publishedCostUsd', 294_000, 'DeepSeek-R1 v2, Table 7: $202K + $10K + $82K'],
    ['falcon-180b', 'publishedCostUsd', 10_340_911.71, 'Epoch snapshot of 20 June 2025: $10340911.71'],
  ] as const)('%s %s = %d (%s)', (id, field, expected, _source) => {
    expect(getTrainingRun(id)[field]?.value).toBe(expected);
  });

  test('DeepSeek-R1’s RL stage: a developer-stated cost of its H800-hours at $2, marked post-training', () => {
    const run = getTrainingRun('deepseek-r1');
    expect(run.stage).toBe('post-training');
    expect(run.tokens).toBeUndefined();
    expect(run.publishedCostUsd?.method).toBe('developer-stated');
    // 147,000 H800-hours × $2 = $294,000 (Table 7 prints both).
    expect(run.publishedCostUsd?.value).toBe(147_000 * 2);
  });

  test('DeepSeek-V3’s developer-stated cost is its GPU-hours at $2', () => {
    const run = getTrainingRun('deepseek-v3');
    expect(run.publishedCostUsd?.method).toBe('developer-stated');
    expect(run.publishedCostUsd?.value).toBeCloseTo((run.acceleratorHours?.value ?? 0) * 2, 0);
  });
});

/**
 * Implied utilisation = 6·N·D / (hours × 3600 × dense peak): the published hours include restarts
 * and evaluation, so published runs land well inside 10–70% (≈ 20% GPT-3 to ≈ 52% LLaMA-13B).
 * A figure outside that band means a wrong unit, a sparse peak, or a total-parameter count for MoE.
 */
const utilisationRows = trainingRuns
  .filter((r) => r.params && r.tokens && r.accelerator && r.acceleratorHours)
  .map((r) => {
    const u = impliedUtilisation({
      params: r.params?.value ?? 0,
      tokens: r.tokens?.value ?? 0,
      acceleratorHours: r.acceleratorHours?.value ?? 1,
      peakFlops: getAccelerator(r.accelerator ?? '').peakFlops,
    });
    return [r.id, r.accelerator, Math.round(u * 1000) / 10, u] as const;
  });

describe('implied utilisation of runs that publish N, D, accelerator and hours', () => {
  test('at least fifteen runs publish all four', () => {
    expect(utilisationRows.length).toBeGreaterThanOrEqual(15);
  });

  test.each(utilisationRows)('%s on %s: %d% of dense peak, within 10–70%', (_id, _acc, _pct, u) => {
    expect(u).toBeGreaterThan(0.1);
    expect(u).toBeLessThan(0.7);
  });

  test('the Transformer (2017) is excluded: its training tokens are not published', () => {
    expect(utilisationRows.map(([id]) => id)).not.toContain('transformer-2017');
  });
});

describe('getTrainingRun', () => {
  test('an unknown id throws, naming what was received and the valid ids', () => {
    expect(() => getTrainingRun('llama')).toThrow(/"llama".*llama-65b/);
  });
});
