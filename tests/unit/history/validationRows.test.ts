import { describe, expect, test } from 'vitest';
import { assumptionDefaults, getAccelerator, runAttention, trainingRuns, validationRows } from '~/lib';

const band = assumptionDefaults.mfu;
const rows = validationRows(trainingRuns, band);

describe('validation rows: the estimate against published accelerator-hours', () => {
  test('one row for each run that publishes params, tokens, a catalogued accelerator and hours', () => {
    const expected = trainingRuns
      .filter((r) => r.params && r.tokens && r.accelerator && r.acceleratorHours)
      .map((r) => r.id);
    expect(rows.map((r) => r.runId)).toEqual(expected);
    expect(rows.length).toBeGreaterThanOrEqual(15);
  });

  test('each row, recomputed independently: hours = (6N + attention)·D / (peak × MFU × 3600), ratio = estimate / published', () => {
    for (const row of rows) {
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
    expect(rows.find((r) => r.runId === runId)!.impliedUtilisation).toBeCloseTo(implied, 2);
  });

  test('a ratio above 1 means the estimate exceeds the published hours: only when the implied utilisation is above the band', () => {
    for (const row of rows) {
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
