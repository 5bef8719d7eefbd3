import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { estimateServing } from '../../../src/lib/inference';
import {
  apiUsdPerToken,
  crossoverTokensPerMonth,
  lifetimeCosts,
  lifetimePaths,
  referenceReplica,
  referenceServing,
  replicaOf,
  servedPerMonth,
  type LifetimeInput,
} from '../../../src/lib/lifetimeCost';
import { modelShapes } from '../../../src/lib/modelShapes';

/** A request of 2,000 prompt tokens and 500 generated: a volume is 80% prompt, 20% generated. */
const request = { inputTokens: 2000, outputTokens: 500 };
/** Llama 3.3 70B at WaveSpeed, $0.10 in and $0.32 out per million (the guide's cheapest stored price). */
const api = { inputUsdPerMillion: 0.1, outputUsdPerMillion: 0.32 };

describe('apiUsdPerToken: prompt and generated tokens mixed as a request mixes them', () => {
  test('WaveSpeed’s Llama 3.3 70B at 2,000 in and 500 out: (2000 · 0.1 + 500 · 0.32) ÷ 2500 = $0.144 per million', () => {
    expect(apiUsdPerToken(api, request)).toBeCloseTo(1.44e-7, 20);
  });
  test('a request of prompt only costs the input price; generated only, the output price', () => {
    expect(apiUsdPerToken(api, { inputTokens: 10, outputTokens: 0 })).toBeCloseTo(1e-7, 20);
    expect(apiUsdPerToken(api, { inputTokens: 0, outputTokens: 10 })).toBeCloseTo(3.2e-7, 20);
  });
  test('an empty request or a negative price is a programming error', () => {
    expect(() => apiUsdPerToken(api, { inputTokens: 0, outputTokens: 0 })).toThrow(/inputTokens \+ outputTokens/);
    expect(() => apiUsdPerToken({ ...api, inputUsdPerMillion: -1 }, request)).toThrow(/inputUsdPerMillion/);
    expect(() => apiUsdPerToken({ ...api, outputUsdPerMillion: -1 }, request)).toThrow(/outputUsdPerMillion/);
  });
});

describe('replicaOf: a replica’s rent and monthly tokens', () => {
  test('1 GPU at $2/h generating 100 tokens/s for requests of 300 in, 100 out', () => {
    // Rent: 1 × $2 × 730.5 h = $1,461. Tokens: 100/s × (400/100) × 3600 × 730.5 = 1,051,920,000.
    expect(replicaOf({ devicesPerReplica: 1, outputTokensPerSecond: 100 }, { inputTokens: 300, outputTokens: 100 }, 2)).toEqual({
      costPerMonthUsd: 1461,
      tokensPerMonth: 1_051_920_000,
    });
  });
  test('rent scales with devices, capacity does not', () => {
    // 4 × $3.78 × 730.5 = $11,045.16.
    const replica = replicaOf({ devicesPerReplica: 4, outputTokensPerSecond: 50 }, { inputTokens: 0, outputTokens: 1 }, 3.78);
    expect(replica.costPerMonthUsd).toBeCloseTo(11_045.16, 6);
    // 50 × 1 × 3600 × 730.5 = 131,490,000.
    expect(replica.tokensPerMonth).toBeCloseTo(131_490_000, 3);
  });
  test('no output tokens or no throughput is a programming error', () => {
    expect(() => replicaOf({ devicesPerReplica: 1, outputTokensPerSecond: 100 }, { inputTokens: 1, outputTokens: 0 }, 2)).toThrow(/outputTokens/);
    expect(() => replicaOf({ devicesPerReplica: 1, outputTokensPerSecond: 0 }, request, 2)).toThrow(/outputTokensPerSecond/);
    expect(() => replicaOf({ devicesPerReplica: 0, outputTokensPerSecond: 1 }, request, 2)).toThrow(/devicesPerReplica/);
    expect(() => replicaOf({ devicesPerReplica: 1, outputTokensPerSecond: 1 }, request, -2)).toThrow(/pricePerHourUsd/);
  });
});

describe('servedPerMonth: whole replicas, at least one', () => {
  const replica = { costPerMonthUsd: 1000, tokensPerMonth: 1e9 };
  test.each([
    [0, 1, 1000],
    [1, 1, 1000],
    [1e9, 1, 1000],
    [1e9 + 1, 2, 2000],
    [2.5e9, 3, 3000],
  ])('%d tokens a month → %d replicas, $%d', (volume, replicas, costUsd) => {
    expect(servedPerMonth(replica, volume)).toEqual({ replicas, costUsd });
  });
  test('a replica with no capacity is a programming error', () => {
    expect(() => servedPerMonth({ costPerMonthUsd: 1, tokensPerMonth: 0 }, 1)).toThrow(/tokensPerMonth/);
    expect(() => servedPerMonth({ costPerMonthUsd: -1, tokensPerMonth: 1 }, 1)).toThrow(/costPerMonthUsd/);
    expect(() => servedPerMonth(replica, -1)).toThrow(/tokensPerMonth/);
  });
});

describe('lifetimeCosts: the four paths over the horizon', () => {
  const input: LifetimeInput = {
    months: 24,
    tokensPerMonth: 5e9,
    request,
    api,
    replica: { costPerMonthUsd: 2761.29, tokensPerMonth: 2e9 },
    upfrontUsd: { 'fine-tune': 850, 'continued-pretraining': 8_500, 'from-scratch': 4_914_000 },
  };

  test('hand-derived totals for 24 months at 5B tokens a month', () => {
    // API: 5e9 × $1.44e-7 = $720 a month; × 24 = $17,280.
    // Own: ceil(5e9 / 2e9) = 3 replicas × $2,761.29 = $8,283.87 a month; × 24 = $198,812.88, plus the upfront.
    const rows = lifetimeCosts(input);
    expect(rows.map((r) => r.path)).toEqual(lifetimePaths);
    expect(rows[0]!).toMatchObject({ path: 'hosted-api', upfrontUsd: 0, replicas: 0 });
    expect(rows[0]!.monthlyUsd).toBeCloseTo(720, 9);
    expect(rows[0]!.totalUsd).toBeCloseTo(17_280, 8);
    expect(rows[1]!).toMatchObject({ path: 'fine-tune', upfrontUsd: 850, replicas: 3 });
    expect(rows[1]!.monthlyUsd).toBeCloseTo(8_283.87, 9);
    expect(rows[1]!.totalUsd).toBeCloseTo(199_662.88, 8);
    expect(rows[2]!.totalUsd).toBeCloseTo(207_312.88, 8);
    expect(rows[3]!.totalUsd).toBeCloseTo(5_112_812.88, 7);
  });

  test('post-training adds to the up-front cost of the paths that need it, and shows as its own part', () => {
    // From scratch: $4,914,000 training + $425,456.04 post-training = $5,339,456.04 up front; + $198,812.88 of serving.
    const rows = lifetimeCosts({ ...input, postTrainingUsd: { 'continued-pretraining': 425_456.04, 'from-scratch': 425_456.04 } });
    expect(rows.map((r) => r.postTrainingUsd)).toEqual([0, 0, 425_456.04, 425_456.04]);
    expect(rows.map((r) => r.trainingUsd)).toEqual([0, 850, 8_500, 4_914_000]);
    expect(rows[1]!.upfrontUsd).toBe(850);
    expect(rows[2]!.upfrontUsd).toBeCloseTo(433_956.04, 6);
    expect(rows[3]!.upfrontUsd).toBeCloseTo(5_339_456.04, 6);
    expect(rows[3]!.totalUsd).toBeCloseTo(5_538_268.92, 6);
    expect(() => lifetimeCosts({ ...input, postTrainingUsd: { 'from-scratch': -1 } })).toThrow(/^lifetimeCosts: .*postTrainingUsd.from-scratch/);
  });

  test('a horizon of zero months costs only the upfront', () => {
    expect(lifetimeCosts({ ...input, months: 0 }).map((r) => r.totalUsd)).toEqual([0, 850, 8_500, 4_914_000]);
  });

  test('bad input is a programming error naming the field', () => {
    expect(() => lifetimeCosts({ ...input, months: -1 })).toThrow(/months/);
    expect(() => lifetimeCosts({ ...input, tokensPerMonth: Number.NaN })).toThrow(/tokensPerMonth/);
    expect(() => lifetimeCosts({ ...input, upfrontUsd: { ...input.upfrontUsd, 'from-scratch': -1 } })).toThrow(/upfrontUsd.from-scratch/);
  });

  test('property: every own-model path costs the same a month, and more volume never lowers a total', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e13, noNaN: true }), fc.double({ min: 1, max: 10, noNaN: true }), (volume, factor) => {
        const low = lifetimeCosts({ ...input, tokensPerMonth: volume });
        const high = lifetimeCosts({ ...input, tokensPerMonth: volume * factor });
        expect(new Set(low.slice(1).map((r) => r.monthlyUsd)).size).toBe(1);
        low.forEach((row, i) => expect(high[i]!.totalUsd).toBeGreaterThanOrEqual(row.totalUsd));
      }),
    );
  });
});

describe('crossoverTokensPerMonth: the volume from which serving your own pays', () => {
  const replica = { costPerMonthUsd: 1000, tokensPerMonth: 1e10 };

  test('no upfront: one replica’s rent over the API price per token, $1,000 ÷ $1e-6 = 1B tokens', () => {
    expect(crossoverTokensPerMonth({ apiUsdPerToken: 1e-6, replica, upfrontUsd: 0, months: 12 })).toBeCloseTo(1e9, 0);
  });

  test('an upfront cost spread over the months moves it up: ($12,000 ÷ 12 + $1,000) ÷ $1e-6 = 2B tokens', () => {
    expect(crossoverTokensPerMonth({ apiUsdPerToken: 1e-6, replica, upfrontUsd: 12_000, months: 12 })).toBeCloseTo(2e9, 0);
  });

  test('an upfront larger than one replica saves: the crossover needs a second replica', () => {
    // One replica at full capacity saves 1e10 × 1e-6 − 1,000 = $9,000 a month. Upfront $240,000 over 24 months
    // = $10,000 a month > $9,000, so k = ceil(10,000 / 9,000) = 2: V = (10,000 + 2 × 1,000) ÷ 1e-6 = 12B tokens.
    const v = crossoverTokensPerMonth({ apiUsdPerToken: 1e-6, replica, upfrontUsd: 240_000, months: 24 });
    expect(v).toBeCloseTo(12e9, 0);
    // Both sides agree there, and the API is cheaper just below it.
    const costs = (volume: number) =>
      lifetimeCosts({ months: 24, tokensPerMonth: volume, request: { inputTokens: 1, outputTokens: 0 }, api: { inputUsdPerMillion: 1, outputUsdPerMillion: 0 }, replica, upfrontUsd: { 'fine-tune': 240_000, 'continued-pretraining': 0, 'from-scratch': 0 } });
    const at = costs(v!);
    expect(at[1]!.totalUsd).toBeCloseTo(at[0]!.totalUsd, 4);
    const below = costs(v! * 0.99);
    expect(below[0]!.totalUsd).toBeLessThan(below[1]!.totalUsd);
  });

  test('never, when a full replica costs more than its tokens through the API', () => {
    // 1e10 × 1e-7 = $1,000: equal to the rent saves nothing.
    expect(crossoverTokensPerMonth({ apiUsdPerToken: 1e-7, replica, upfrontUsd: 0, months: 12 })).toBeUndefined();
    expect(crossoverTokensPerMonth({ apiUsdPerToken: 1.0000001e-7, replica, upfrontUsd: 0, months: 12 })).toBeCloseTo(9_999_999_000, -3);
    expect(crossoverTokensPerMonth({ apiUsdPerToken: 0, replica, upfrontUsd: 0, months: 12 })).toBeUndefined();
  });

  test('bad input is a programming error naming the field', () => {
    expect(() => crossoverTokensPerMonth({ apiUsdPerToken: 1e-6, replica, upfrontUsd: 0, months: 0 })).toThrow(/months/);
    expect(() => crossoverTokensPerMonth({ apiUsdPerToken: -1, replica, upfrontUsd: 0, months: 1 })).toThrow(/apiUsdPerToken/);
    expect(() => crossoverTokensPerMonth({ apiUsdPerToken: 1, replica, upfrontUsd: -1, months: 1 })).toThrow(/upfrontUsd/);
    expect(() => crossoverTokensPerMonth({ apiUsdPerToken: 1, replica: { costPerMonthUsd: -1, tokensPerMonth: 1 }, upfrontUsd: 0, months: 1 })).toThrow(/costPerMonthUsd/);
    expect(() => crossoverTokensPerMonth({ apiUsdPerToken: 1, replica: { costPerMonthUsd: 1, tokensPerMonth: 0 }, upfrontUsd: 0, months: 1 })).toThrow(/tokensPerMonth/);
  });

  test('property: at the crossover the own path costs what the API costs, and the API is cheaper just below', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-8, max: 1e-5, noNaN: true }),
        fc.double({ min: 100, max: 1e5, noNaN: true }),
        fc.double({ min: 1e8, max: 1e11, noNaN: true }),
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        fc.integer({ min: 1, max: 60 }),
        (perToken, rent, capacity, upfront, months) => {
          const r = { costPerMonthUsd: rent, tokensPerMonth: capacity };
          const v = crossoverTokensPerMonth({ apiUsdPerToken: perToken, replica: r, upfrontUsd: upfront, months });
          if (v === undefined) {
            expect(perToken * capacity).toBeLessThanOrEqual(rent);
            return;
          }
          const own = (volume: number) => upfront + months * servedPerMonth(r, volume).costUsd;
          expect(Math.abs(own(v) - months * perToken * v)).toBeLessThanOrEqual(1e-9 * own(v));
          expect(months * perToken * v * 0.999).toBeLessThan(own(v * 0.999));
        },
      ),
    );
  });
});

/** Llama 3 8B in bf16 on one H100 SXM at $3.78/h and 30%, 64 requests of 2,000 in and 500 out, from the serving model. */
function llama3On1H100() {
  const serving = estimateServing({
    shape: modelShapes['llama3-8b'].shape,
    weightBytesPerParam: 2,
    kvBytesPerValue: 2,
    accelerator: 'h100-sxm',
    devices: 1,
    batchSize: 64,
    ...request,
    computeUtilisation: 0.3,
    pricePerHour: 3.78,
  });
  if (!serving.fits) throw new Error('expected Llama 3 8B to fit one H100');
  return serving;
}

describe('serving your own model: Llama 3 8B on one H100, from the library’s serving model', () => {
  test('a replica handles billions of tokens a month, so the crossover with a cheap API is in the billions', () => {
    const replica = replicaOf(llama3On1H100(), request, 3.78);
    // $3.78 × 730.5 h = $2,761.29 a month.
    expect(replica.costPerMonthUsd).toBeCloseTo(2_761.29, 6);
    expect(replica.tokensPerMonth).toBeGreaterThan(1e10);
    // No upfront: $2,761.29 ÷ $1.44e-7 = 19.176B tokens a month.
    expect(crossoverTokensPerMonth({ apiUsdPerToken: apiUsdPerToken(api, request), replica, upfrontUsd: 0, months: 24 })).toBeCloseTo(19_175_625_000, -3);
  });
});

describe('referenceReplica: the documented set-up, from the serving model', () => {
  test('is estimateServing for Llama 3 8B in bf16 on one H100, 64 requests of 2,000 in and 500 out', () => {
    expect(referenceServing).toEqual({ shape: 'llama3-8b', devices: 1, batchSize: 64, request: { inputTokens: 2000, outputTokens: 500 } });
    const replica = referenceReplica({ pricePerHourUsd: 3.78, computeUtilisation: 0.3 });
    expect(replica).toEqual(replicaOf(llama3On1H100(), request, 3.78));
  });

  test('rent is one H100 for a month; capacity sits below the memory-bandwidth ceiling', () => {
    const replica = referenceReplica({ pricePerHourUsd: 2, computeUtilisation: 0.3 });
    // $2 × 730.5 h = $1,461.
    expect(replica.costPerMonthUsd).toBeCloseTo(1461, 9);
    // Each decode step reads at least the 8.03B bf16 weights (16.06 GB) at 3.35 TB/s: ≥ 4.79 ms for 64
    // tokens, so at most 13,350 generated tokens/s, × 5 for the prompt, × 3600 × 730.5 ≈ 1.76e11 a month.
    expect(replica.tokensPerMonth).toBeLessThan(1.76e11);
    expect(replica.tokensPerMonth).toBeGreaterThan(1e10);
    // Utilisation only speeds up prefill and compute-bound steps: more of it never serves fewer tokens.
    expect(referenceReplica({ pricePerHourUsd: 2, computeUtilisation: 0.6 }).tokensPerMonth).toBeGreaterThan(replica.tokensPerMonth);
  });
});
