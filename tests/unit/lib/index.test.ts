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
    'countParameters',
    'modelShapes',
    'chinchillaOptimal',
    'predictedLoss',
    'trainingMemory',
    'minimumDevices',
    'inferenceMemoryBytes',
    'estimateEnergy',
    'projectBudget',
    'staffCostUsd',
    'rentVsBuy',
    'estimateFineTuning',
    'estimateInference',
    'fitExponentialTrend',
    'estimateCompute',
  ]) {
    expect(lib, name).toHaveProperty(name);
  }
});
