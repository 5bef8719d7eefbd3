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
    'kvCacheBytes',
    'maxContextTokens',
    'activationBytes',
    'attentionFlopsPerToken',
    'hostedApiPrices',
    'runAttentionShape',
    'expectedExpertsTouched',
    'estimateEnergy',
    'projectBudget',
    'staffCostUsd',
    'rentVsBuy',
    'estimateFineTuning',
    'estimateServing',
    'fitExponentialTrend',
    'estimateCompute',
  ]) {
    expect(lib, name).toHaveProperty(name);
  }
});
