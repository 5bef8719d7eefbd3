import { expect, test } from 'vitest';
import * as lib from '../../../src/lib';

test('the barrel re-exports the public names of every module', () => {
  for (const name of [
    'sources',
    'accelerators',
    'getAccelerator',
    'estimateTraining',
    'trainingFlops',
    'impliedUtilisation',
    'parseQuantity',
    'formatUsd',
    'formatCount',
    'formatFlops',
    'formatDuration',
    'formatHours',
    'formatPercent',
    'formatBytes',
    'describeCount',
    'hoursPerYear',
  ]) {
    expect(lib, name).toHaveProperty(name);
  }
});
