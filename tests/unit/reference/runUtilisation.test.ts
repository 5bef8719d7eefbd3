import { describe, expect, test } from 'vitest';
import { impliedUtilisationRange, runImpliedUtilisation } from '../../../src/lib/runUtilisation';
import { getTrainingRun, trainingRuns } from '../../../src/lib/trainingRuns';

describe('runImpliedUtilisation', () => {
  test.each([
    // [run, expected, source of the inputs]
    ['llama-65b', 0.477, 'Touvron et al. 2023, Table 15: 65.2B, 1.4T, 1,022,362 A100-80GB h; A100 312 TFLOP/s'],
    ['llama-2-7b', 0.391, 'Touvron et al. 2023b, Table 2: 6.74B, 2T, 184,320 h (the utilisation module’s own example)'],
    ['gpt-3', 0.197, 'Brown et al. 2020 Table D.1 and Patterson et al. 2021 Table 4: 10,000 V100 × 14.8 days at 125 TFLOP/s'],
  ])('%s implies ≈ %d of dense peak (%s)', (id, expected) => {
    expect(runImpliedUtilisation(getTrainingRun(id))).toBeCloseTo(expected, 3);
  });

  test('is undefined for a run that does not publish its hours or size', () => {
    expect(runImpliedUtilisation(getTrainingRun('gpt-4'))).toBeUndefined();
  });
});

describe('impliedUtilisationRange', () => {
  test('spans the published runs: every one between its low and high, all below dense peak', () => {
    const range = impliedUtilisationRange(trainingRuns);
    expect(range).toBeDefined();
    const values = trainingRuns.map(runImpliedUtilisation).filter((u) => u !== undefined);
    expect(range?.count).toBe(values.length);
    expect(values).toContain(range?.low);
    expect(values).toContain(range?.high);
    for (const u of values) {
      expect(u).toBeGreaterThanOrEqual(range?.low ?? NaN);
      expect(u).toBeLessThanOrEqual(range?.high ?? NaN);
    }
    expect(range?.high).toBeLessThan(1);
    expect(range?.low).toBeGreaterThan(0.1);
  });

  test('is undefined when no run publishes enough', () => {
    expect(impliedUtilisationRange([getTrainingRun('gpt-4')])).toBeUndefined();
    expect(impliedUtilisationRange([])).toBeUndefined();
  });
});
