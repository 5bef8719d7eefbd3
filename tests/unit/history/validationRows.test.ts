import { describe, expect, test } from 'vitest';
import { assumptionDefaults, getAccelerator, runAttention, trainingRuns, validationRows, type TrainingRun } from '~/lib';
import { cite } from '~/lib/runs/types';

const band = assumptionDefaults.mfu;
// Computed inside each test, not once at load: mutation testing credits a test only with the
// library code that runs while it runs.
const rows = () => validationRows(trainingRuns, band);

describe('validation rows: the estimate against published accelerator-hours', () => {
  test('one row for each run that publishes params, tokens, a catalogued accelerator and hours', () => {
    const expected = trainingRuns
      .filter((r) => r.params && r.tokens && r.accelerator && r.acceleratorHours)
      .map((r) => r.id);
    expect(rows().map((r) => r.runId)).toEqual(expected);
    expect(rows().length).toBeGreaterThanOrEqual(15);
  });

  test('each row, recomputed independently: hours = (6N + attention)·D / (peak × MFU × 3600), ratio = estimate / published', () => {
    for (const row of rows()) {
      const run = trainingRuns.find((r) => r.id === row.runId)!;
      // PaLM App. B: 12·L·H·Q·T per token when queries and values are Q wide; 6·L·H·(Q_qk + Q_v)·T in general.
      const shape = runAttention[run.id]?.attention;
      const attention = shape ? 6 * shape.layers * shape.heads * (shape.headDim + (shape.valueHeadDim ?? shape.headDim)) * shape.sequenceLength : 0;
      const flops = (6 * run.params!.value + attention) * run.tokens!.value;
      const peak = getAccelerator(run.accelerator!).peakFlops;
      const published = run.acceleratorHours!.value;
      const atHigh = flops / (peak * band.high * 3600);
      const atLow = flops / (peak * band.low * 3600);
      expect(row.publishedHours).toBe(published);
      expect(row.estimatedHours.low).toBeCloseTo(atHigh, 3);
      expect(row.estimatedHours.high).toBeCloseTo(atLow, 3);
      expect(row.ratio.low).toBeCloseTo(atHigh / published, 9);
      expect(row.ratio.high).toBeCloseTo(atLow / published, 9);
      expect(row.impliedUtilisation).toBeCloseTo(flops / (published * 3600 * peak), 9);
      expect(row.estimatedHoursAtImplied / published).toBeCloseTo(1, 9);
    }
  });

  test.each([
    // run, implied utilisation with PaLM's attention term (hand arithmetic in runUtilisation.test.ts), source of the published hours
    ['llama-2-7b', 0.4529, 'Llama 2 paper, Table 2: 184,320 A100-80GB hours, 6.74B params, 2T tokens'],
    ['llama-65b', 0.4966, 'LLaMA paper, Table 15: 1,022,362 GPU-hours, 65.2B params, 1.4T tokens'],
    ['gpt-3', 0.2021, 'Patterson et al. 2021, Table 4: 10,000 V100 × 14.8 days'],
  ])('%s implies about %f utilisation (%s)', (runId, implied) => {
    expect(rows().find((r) => r.runId === runId)!.impliedUtilisation).toBeCloseTo(implied, 2);
  });

  test('a ratio above 1 means the estimate exceeds the published hours: only when the implied utilisation is above the band', () => {
    for (const row of rows()) {
      expect(row.ratio.high > 1).toBe(row.impliedUtilisation > band.low);
      expect(row.ratio.low < 1).toBe(row.impliedUtilisation < band.high);
    }
  });

  test.each([
    [{ low: 0, high: 0.5 }],
    [{ low: 0.5, high: 0.3 }],
    [{ low: 0.3, high: 1.2 }],
  ])('a band outside (0, 1] or inverted is a programming error (%j)', (bad) => {
    expect(() => validationRows(trainingRuns, bad)).toThrow(/mfu/);
  });
});

describe('validation rows, worked by hand on a made-up run', () => {
  // 1.04B params × 180B tokens on A100 80GB (312 TFLOP/s dense bf16, NVIDIA A100 datasheet):
  // 6·N·D = 6 × 1.04e9 × 1.8e11 = 1.1232e21 FLOPs; one hour at full peak is 312e12 × 3600 =
  // 1.1232e18 FLOPs, so the run takes 1,000 accelerator-hours at 100% MFU, 2,000 at 50% and
  // 2,500 at 40%. No attention shape is catalogued for the id, so 6·N·D is the whole estimate.
  const run = (id: string, published: number, omit?: 'params' | 'tokens' | 'accelerator' | 'acceleratorHours'): TrainingRun => {
    const full: TrainingRun = {
      id,
      name: `Run ${id}`,
      organization: 'Test',
      year: 2026,
      date: '2026-01',
      params: cite(1.04e9, 'nvidia-a100-datasheet'),
      tokens: cite(1.8e11, 'nvidia-a100-datasheet'),
      accelerator: 'a100-80gb',
      acceleratorHours: cite(published, 'nvidia-a100-datasheet'),
    };
    if (omit) delete full[omit];
    return full;
  };

  test('published 2,000 h at a 40–50% band: implied 50%, estimate 2,000–2,500 h, ratio 1–1.25', () => {
    const [row] = validationRows([run('made-up', 2000)], { low: 0.4, high: 0.5 });
    expect(row).toMatchObject({ runId: 'made-up', name: 'Run made-up', accelerator: 'a100-80gb', publishedHours: 2000 });
    expect(row!.impliedUtilisation).toBeCloseTo(0.5, 12);
    expect(row!.estimatedHours.low).toBeCloseTo(2000, 9);
    expect(row!.estimatedHours.high).toBeCloseTo(2500, 9);
    expect(row!.estimatedHoursAtImplied).toBeCloseTo(2000, 9);
    expect(row!.ratio.low).toBeCloseTo(1, 12);
    expect(row!.ratio.high).toBeCloseTo(1.25, 12);
  });

  test('a run faster than peak (500 h published, implied 200%) is estimated at 100%: 1,000 h', () => {
    const [row] = validationRows([run('too-fast', 500)], { low: 0.4, high: 0.5 });
    expect(row!.impliedUtilisation).toBeCloseTo(2, 12);
    expect(row!.estimatedHoursAtImplied).toBeCloseTo(1000, 9);
  });

  test('the band may be a single point, and may reach 100%', () => {
    const [point] = validationRows([run('point', 2000)], { low: 0.5, high: 0.5 });
    expect(point!.estimatedHours.low).toBeCloseTo(2000, 9);
    expect(point!.estimatedHours.high).toBeCloseTo(2000, 9);
    const [full] = validationRows([run('full', 2000)], { low: 0.5, high: 1 });
    expect(full!.estimatedHours.low).toBeCloseTo(1000, 9);
    expect(full!.ratio.low).toBeCloseTo(0.5, 12);
  });

  test.each(['params', 'tokens', 'accelerator', 'acceleratorHours'] as const)('a run without %s gets no row', (field) => {
    const rows = validationRows([run('kept', 2000), run('dropped', 2000, field)], { low: 0.4, high: 0.5 });
    expect(rows.map((r) => r.runId)).toEqual(['kept']);
  });

  test.each([
    [{ low: 0, high: 0.5 }, '0–0.5'],
    [{ low: -0.1, high: 0.5 }, '-0.1–0.5'],
    [{ low: 0.5, high: 0.3 }, '0.5–0.3'],
    [{ low: 0.3, high: 1.2 }, '0.3–1.2'],
  ])('the band %j is refused by validationRows itself, naming it', (bad, shown) => {
    expect(() => validationRows([run('any', 2000)], bad)).toThrow(
      `validationRows: expected 0 < mfu.low ≤ mfu.high ≤ 1, received ${shown}`,
    );
  });
});
