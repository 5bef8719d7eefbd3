import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { interruptionOverhead, interruptionsPerDayFor, llama3InterruptionsPerDay } from '../../../src/lib/interruptions';

describe('interruptions: T / (1 − rate × (interval/2 + restart))', () => {
  test('Llama 3 405B snapshot: 419 unexpected interruptions in 54 days (Dubey et al. 2024, §3.3.4)', () => {
    expect(llama3InterruptionsPerDay * 54).toBeCloseTo(419, 10);
  });

  test('the rate scales with the cluster: 16,384 GPUs see Llama 3’s rate, 2,048 an eighth of it', () => {
    expect(interruptionsPerDayFor({ accelerators: 16_384 })).toBeCloseTo(llama3InterruptionsPerDay, 12);
    expect(interruptionsPerDayFor({ accelerators: 2048 })).toBeCloseTo(llama3InterruptionsPerDay / 8, 12);
  });

  test('no faults: no overhead', () => {
    const result = interruptionOverhead({ productiveHours: 500, interruptionsPerDay: 0, checkpointIntervalHours: 1, restartHours: 1 });
    expect(result).toEqual({ finishes: true, totalHours: 500, interruptions: 0, lostHours: 0, effectiveFraction: 1 });
  });

  test('one fault a day losing 2.4 h each costs 10% of the time', () => {
    const result = interruptionOverhead({ productiveHours: 900, interruptionsPerDay: 1, checkpointIntervalHours: 2.4, restartHours: 1.2 });
    if (!result.finishes) throw new Error('expected a finite run');
    expect(result.effectiveFraction).toBeCloseTo(0.9, 12);
    expect(result.totalHours).toBeCloseTo(1000, 9);
    expect(result.interruptions).toBeCloseTo(1000 / 24, 9);
  });

  test('at Llama 3’s fault rate, 30-minute checkpoints and 15-minute restarts keep above 80% effective time', () => {
    const result = interruptionOverhead({ productiveHours: 54 * 24, interruptionsPerDay: llama3InterruptionsPerDay, checkpointIntervalHours: 0.5, restartHours: 0.25 });
    if (!result.finishes) throw new Error('expected a finite run');
    expect(result.effectiveFraction).toBeGreaterThan(0.8);
    expect(result.effectiveFraction).toBeLessThan(0.9);
  });

  test('faults that outpace progress are a typed result, never Infinity', () => {
    expect(interruptionOverhead({ productiveHours: 10, interruptionsPerDay: 24, checkpointIntervalHours: 2, restartHours: 0 })).toEqual({
      finishes: false,
      reason: 'faults-outpace-progress',
    });
  });

  test('more frequent checkpoints never make a run longer', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 4, noNaN: true }), fc.double({ min: 0.01, max: 4, noNaN: true }), (a, b) => {
        const run = (interval: number) =>
          interruptionOverhead({ productiveHours: 100, interruptionsPerDay: 2, checkpointIntervalHours: interval, restartHours: 0.1 });
        const [short, long] = [run(Math.min(a, b)), run(Math.max(a, b))];
        if (short.finishes && long.finishes) expect(short.totalHours).toBeLessThanOrEqual(long.totalHours);
      }),
    );
  });

  test.each([NaN, -1])('rejects a fault rate of %s', (rate) => {
    expect(() => interruptionOverhead({ productiveHours: 1, interruptionsPerDay: rate, checkpointIntervalHours: 1, restartHours: 1 })).toThrow(/interruptionsPerDay/);
  });
});
