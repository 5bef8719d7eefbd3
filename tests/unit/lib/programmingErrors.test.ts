/**
 * A value that reaches a formula from code and is out of range is a programming error: the
 * message names the function, the argument, what was expected and what was received (STYLE §10),
 * so whoever passed it can find the call. One row per checked argument, word for word.
 */
import { describe, expect, test } from 'vitest';
import { activationBytes } from '../../../src/lib/activations';
import { experimentsMultiplierFromFinalRunShare, storageCostUsd } from '../../../src/lib/budget';
import { apiUsdPerToken, crossoverTokensPerMonth, lifetimeCosts, replicaOf, servedPerMonth } from '../../../src/lib/lifetimeCost';
import { presumedSystemicRisk, systemicRiskShare } from '../../../src/lib/regulation';
import { costRatio } from '../../../src/lib/runCosts';
import { attentionParityContextLength, flopsPerToken } from '../../../src/lib/attentionShare';
import { chinchillaOptimal, lossOptimalAllocation, predictedLoss } from '../../../src/lib/chinchilla';
import { applyCostLevers, noCostLevers } from '../../../src/lib/costCutting';
import { energyKwh, estimateEnergy } from '../../../src/lib/energy';
import { evaluationFlops } from '../../../src/lib/evaluation';
import { maxFineTuningTokensForSaving } from '../../../src/lib/fineTuneComparison';
import { attentionFlopsPerToken } from '../../../src/lib/flops';
import { fineTuningFlops, fineTuningMemory } from '../../../src/lib/fineTuning';
import { interruptionOverhead, interruptionsPerDayFor } from '../../../src/lib/interruptions';
import { kvCacheBytes, maxContextTokens } from '../../../src/lib/kvCache';
import { loraAdapterParams } from '../../../src/lib/lora';
import { trainingMemory } from '../../../src/lib/memory';
import { modelShapes } from '../../../src/lib/modelShapes';
import { countParameters } from '../../../src/lib/parameters';
import { rentalCostUsd } from '../../../src/lib/rental';
import { attendedTokens, attentionDims, moeLayerCount, type LatentAttention } from '../../../src/lib/shapeDims';
import { getSource } from '../../../src/lib/sources';
import { estimateCompute, estimateTraining, fp8UtilisationFor, peakFlopsOf } from '../../../src/lib/training';
import { datasetStorage, tokenIdBytes, tokensFromText } from '../../../src/lib/tokenize';
import { fitExponentialTrend } from '../../../src/lib/trend';
import { impliedUtilisation } from '../../../src/lib/utilisation';

const nonNegative = 'a finite number ≥ 0';
const positive = 'a finite number > 0';
const shape = modelShapes['llama2-7b'].shape;
const deepseek = modelShapes['deepseek-v3'].shape;
const latent = (change: Partial<LatentAttention>) => ({ ...deepseek, latentAttention: { ...deepseek.latentAttention!, ...change } });
const mixtralShape = modelShapes['mixtral-8x7b'].shape;
const mixtral = (change: Partial<NonNullable<typeof mixtralShape.mixtureOfExperts>>) => ({ ...mixtralShape, mixtureOfExperts: { ...mixtralShape.mixtureOfExperts!, ...change } });
const activation = { layers: 2, dModel: 8, heads: 2, sequenceLength: 4, microBatchSize: 1 };
const attention = { layers: 32, heads: 32, headDim: 128, sequenceLength: 4096 };
const memory = { params: 7e9, precision: 'bf16', optimizer: 'adamw', zeroStage: 0, devices: 8, recomputation: 'none' } as const;
const run = { params: 7e9, tokens: 1e12, accelerator: 'a100-80gb', count: 8, mfu: 0.4, pricePerHour: 2 } as const;
const interruptions = { productiveHours: 100, interruptionsPerDay: 1, checkpointIntervalHours: 1, restartHours: 1 };
const api = { inputUsdPerMillion: 1, outputUsdPerMillion: 4 };
const storage = { textBytes: 4e12, bytesPerToken: 4, vocabularySize: 32_000, params: 7e9, checkpointsKept: 3 };

describe('programming errors name the function, the argument, the expectation and the value', () => {
  test.each<[string, () => unknown, string]>([
    ['chinchillaOptimal flops', () => chinchillaOptimal({ flops: -1 }), `chinchillaOptimal: expected flops to be ${nonNegative}, received -1`],
    ['predictedLoss params', () => predictedLoss({ params: 0, tokens: 1e12 }), `predictedLoss: expected params to be ${positive}, received 0`],
    ['predictedLoss tokens', () => predictedLoss({ params: 7e9, tokens: 0 }), `predictedLoss: expected tokens to be ${positive}, received 0`],
    ['lossOptimalAllocation flops', () => lossOptimalAllocation({ flops: 0 }), `lossOptimalAllocation: expected flops to be ${positive}, received 0`],
    ...(
      [
        ['modelSizeFraction', 0, positive],
        ['tokenFraction', 0, positive],
        ['spotShare', 2, 'a fraction in [0, 1]'],
        ['spotDiscountFraction', -0.5, 'a fraction in [0, 1]'],
        ['preemptionOverheadFraction', -1, nonNegative],
        ['committedDiscountFraction', 1.5, 'a fraction in [0, 1]'],
        ['mfu', 0, 'a fraction in (0, 1], e.g. 0.4 for 40%'],
      ] as const
    ).map(([lever, value, expected]): [string, () => unknown, string] => [
      `applyCostLevers ${lever}`,
      () => applyCostLevers({ run, levers: { ...noCostLevers, [lever]: value } }),
      `applyCostLevers: expected ${lever} to be ${expected}, received ${value}`,
    ]),
    ['energyKwh acceleratorHours', () => energyKwh({ acceleratorHours: -1, watts: 400, pue: 1.1 }), `energyKwh: expected acceleratorHours to be ${nonNegative}, received -1`],
    ['energyKwh watts', () => energyKwh({ acceleratorHours: 1, watts: -1, pue: 1.1 }), `energyKwh: expected watts to be ${nonNegative}, received -1`],
    ['energyKwh pue', () => energyKwh({ acceleratorHours: 1, watts: 400, pue: -1 }), `energyKwh: expected pue to be ${nonNegative}, received -1`],
    ['energyKwh pue below 1', () => energyKwh({ acceleratorHours: 1, watts: 400, pue: 0.99 }), 'energyKwh: expected pue to be ≥ 1 (facility over IT energy), received 0.99'],
    [
      'estimateEnergy gridKgCo2PerKwh',
      () => estimateEnergy({ acceleratorHours: 1, watts: 400, pue: 1.1, gridKgCo2PerKwh: -1 }),
      `estimateEnergy: expected gridKgCo2PerKwh to be ${nonNegative}, received -1`,
    ],
    [
      'estimateEnergy electricityUsdPerKwh',
      () => estimateEnergy({ acceleratorHours: 1, watts: 400, pue: 1.1, gridKgCo2PerKwh: 0.4, electricityUsdPerKwh: -1 }),
      `estimateEnergy: expected electricityUsdPerKwh to be ${nonNegative}, received -1`,
    ],
    ['evaluationFlops params', () => evaluationFlops({ params: -1, tokens: 1 }), `evaluationFlops: expected params to be ${nonNegative}, received -1`],
    ['evaluationFlops tokens', () => evaluationFlops({ params: 1, tokens: -1 }), `evaluationFlops: expected tokens to be ${nonNegative}, received -1`],
    [
      'maxFineTuningTokensForSaving pretrainingTokens',
      () => maxFineTuningTokensForSaving({ pretrainingTokens: -1, saving: 0.9, method: 'full' }),
      `maxFineTuningTokensForSaving: expected pretrainingTokens to be ${nonNegative}, received -1`,
    ],
    [
      'maxFineTuningTokensForSaving saving',
      () => maxFineTuningTokensForSaving({ pretrainingTokens: 2e12, saving: 1.1, method: 'full' }),
      'maxFineTuningTokensForSaving: expected saving to be a fraction in [0, 1], received 1.1',
    ],
    ['fineTuningFlops params', () => fineTuningFlops({ params: -1, tokens: 1, method: 'full' }), `fineTuningFlops: expected params to be ${nonNegative}, received -1`],
    ['fineTuningFlops tokens', () => fineTuningFlops({ params: 1, tokens: -1, method: 'full' }), `fineTuningFlops: expected tokens to be ${nonNegative}, received -1`],
    [
      'fineTuningFlops method',
      () => fineTuningFlops({ params: 1, tokens: 1, method: 'prefix' as never }),
      'fineTuningFlops: expected method to be one of full, lora, qlora, received "prefix"',
    ],
    ['fineTuningMemory params', () => fineTuningMemory({ params: -1, method: 'full' }), `fineTuningMemory: expected params to be ${nonNegative}, received -1`],
    ['fineTuningMemory adapterParams', () => fineTuningMemory({ params: 1, method: 'lora' }), `fineTuningMemory: expected adapterParams to be ${nonNegative}, received NaN`],
    ['interruptionsPerDayFor accelerators', () => interruptionsPerDayFor({ accelerators: -1 }), `interruptionsPerDayFor: expected accelerators to be ${nonNegative}, received -1`],
    ...(['productiveHours', 'interruptionsPerDay', 'checkpointIntervalHours', 'restartHours'] as const).map(
      (field): [string, () => unknown, string] => [
        `interruptionOverhead ${field}`,
        () => interruptionOverhead({ ...interruptions, [field]: -1 }),
        `interruptionOverhead: expected ${field} to be ${nonNegative}, received -1`,
      ],
    ),
    ['loraAdapterParams rank', () => loraAdapterParams({ shape, rank: 0, targets: 'qv' }), 'loraAdapterParams: expected rank to be an integer ≥ 1, received 0'],
    [
      'loraAdapterParams shape.dModel',
      () => loraAdapterParams({ shape: { ...shape, dModel: 0.5 }, rank: 8, targets: 'qv' }),
      'loraAdapterParams: expected shape.dModel to be an integer ≥ 1, received 0.5',
    ],
    [
      'loraAdapterParams shape.heads',
      () => loraAdapterParams({ shape: { ...shape, heads: 0 }, rank: 8, targets: 'qv' }),
      // The head count is checked where the attention widths are derived from it.
      'attentionDims: expected heads to be an integer ≥ 1, received 0',
    ],
    [
      'loraAdapterParams shape.layers',
      () => loraAdapterParams({ shape: { ...shape, layers: 0 }, rank: 8, targets: 'qv' }),
      'loraAdapterParams: expected shape.layers to be an integer ≥ 1, received 0',
    ],
    [
      'loraAdapterParams targets',
      () => loraAdapterParams({ shape, rank: 8, targets: 'mlp' as never }),
      'loraAdapterParams: expected targets to be one of qv, attention, all-linear, received "mlp"',
    ],
    ...(['accelerators', 'hours', 'pricePerHourUsd'] as const).map((field): [string, () => unknown, string] => [
      `rentalCostUsd ${field}`,
      () => rentalCostUsd({ accelerators: 64, hours: 730.5, pricePerHourUsd: 1.67, [field]: -1 }),
      `rentalCostUsd: expected ${field} to be ${nonNegative}, received -1`,
    ]),
    ['tokensFromText textBytes', () => tokensFromText({ textBytes: -1, bytesPerToken: 4 }), `tokensFromText: expected textBytes to be ${nonNegative}, received -1`],
    ['tokensFromText bytesPerToken', () => tokensFromText({ textBytes: 1, bytesPerToken: 0 }), `tokensFromText: expected bytesPerToken to be ${positive}, received 0`],
    ['tokenIdBytes vocabularySize', () => tokenIdBytes(0), `tokenIdBytes: expected vocabularySize to be ${positive}, received 0`],
    ...(['textBytes', 'params', 'checkpointsKept'] as const).map((field): [string, () => unknown, string] => [
      `datasetStorage ${field}`,
      () => datasetStorage({ ...storage, [field]: -1 }),
      `datasetStorage: expected ${field} to be ${nonNegative}, received -1`,
    ]),
    ...(
      [
        // Parameters and tokens are checked by trainingFlops, which counts the 6·N·D it divides.
        ['params', -1, nonNegative, 'trainingFlops'],
        ['tokens', -1, nonNegative, 'trainingFlops'],
        ['acceleratorHours', 0, positive, 'impliedUtilisation'],
        ['peakFlops', 0, positive, 'impliedUtilisation'],
      ] as const
    ).map(([field, value, expected, where]): [string, () => unknown, string] => [
      `impliedUtilisation ${field}`,
      () => impliedUtilisation({ params: 7e9, tokens: 2e12, acceleratorHours: 184_320, peakFlops: 312e12, [field]: value }),
      `${where}: expected ${field} to be ${expected}, received ${value}`,
    ]),
    ['attentionDims dModel', () => attentionDims({ ...shape, dModel: 0 }), 'attentionDims: expected dModel to be an integer ≥ 1, received 0'],
    ['attentionDims kvHeads', () => attentionDims({ ...shape, kvHeads: 0 }), 'attentionDims: expected kvHeads to be an integer ≥ 1, received 0'],
    ['attentionDims headDim', () => attentionDims({ ...shape, headDim: 0.5 }), 'attentionDims: expected headDim to be an integer ≥ 1, received 0.5'],
    ['attentionDims latentAttention.qkRopeHeadDim', () => attentionDims(latent({ qkRopeHeadDim: -1 })), 'attentionDims: expected latentAttention.qkRopeHeadDim to be an integer ≥ 0, received -1'],
    ['attentionDims latentAttention.queryRank', () => attentionDims(latent({ queryRank: -1 })), 'attentionDims: expected latentAttention.queryRank to be an integer ≥ 0, received -1'],
    ['attentionDims latentAttention.qkNopeHeadDim', () => attentionDims(latent({ qkNopeHeadDim: 0 })), 'attentionDims: expected latentAttention.qkNopeHeadDim to be an integer ≥ 1, received 0'],
    ['attentionDims latentAttention.valueHeadDim', () => attentionDims(latent({ valueHeadDim: 0 })), 'attentionDims: expected latentAttention.valueHeadDim to be an integer ≥ 1, received 0'],
    ['attentionDims latentAttention.kvRank', () => attentionDims(latent({ kvRank: 0 })), 'attentionDims: expected latentAttention.kvRank to be an integer ≥ 1, received 0'],
    ['moeLayerCount layers', () => moeLayerCount({ ...deepseek, layers: 0 }), 'moeLayerCount: expected layers to be an integer ≥ 1, received 0'],
    ['moeLayerCount mixtureOfExperts.denseLayers', () => moeLayerCount({ ...deepseek, mixtureOfExperts: { ...deepseek.mixtureOfExperts!, denseLayers: -1 } }), 'moeLayerCount: expected mixtureOfExperts.denseLayers to be an integer ≥ 0, received -1'],
    ['attendedTokens layers', () => attendedTokens({ layers: 0 }, 10), 'attendedTokens: expected layers to be an integer ≥ 1, received 0'],
    ['attendedTokens localAttention.layers', () => attendedTokens({ layers: 4, localAttention: { layers: -1, windowTokens: 4 } }, 10), 'attendedTokens: expected localAttention.layers to be an integer ≥ 0, received -1'],
    ['attendedTokens localAttention.windowTokens', () => attendedTokens({ layers: 4, localAttention: { layers: 2, windowTokens: 0 } }, 10), 'attendedTokens: expected localAttention.windowTokens to be an integer ≥ 1, received 0'],
    ['kvCacheBytes contextTokens', () => kvCacheBytes({ shape, contextTokens: -1, bytesPerValue: 2 }), 'kvCacheBytes: expected contextTokens to be a finite number ≥ 0, received -1'],
    ['kvCacheBytes bytesPerValue', () => kvCacheBytes({ shape, contextTokens: 1, bytesPerValue: 0 }), 'kvCacheBytes: expected bytesPerValue to be a finite number > 0, received 0'],
    ['maxContextTokens budgetBytes', () => maxContextTokens({ shape, budgetBytes: -1, bytesPerValue: 2 }), 'maxContextTokens: expected budgetBytes to be a finite number ≥ 0, received -1'],
    ['flopsPerToken params', () => flopsPerToken({ params: -1, attention }), `flopsPerToken: expected params to be ${nonNegative}, received -1`],
    ['attentionParityContextLength params', () => attentionParityContextLength({ params: -1, attention }), `attentionParityContextLength: expected params to be ${nonNegative}, received -1`],
    ['attentionFlopsPerToken heads', () => attentionFlopsPerToken({ ...attention, heads: 0 }), 'attentionFlopsPerToken: expected heads to be an integer ≥ 1, received 0'],
    ['attentionFlopsPerToken headDim', () => attentionFlopsPerToken({ ...attention, headDim: 0 }), 'attentionFlopsPerToken: expected headDim to be an integer ≥ 1, received 0'],
    ['attentionFlopsPerToken valueHeadDim', () => attentionFlopsPerToken({ ...attention, valueHeadDim: 0 }), 'attentionFlopsPerToken: expected valueHeadDim to be an integer ≥ 1, received 0'],
    ['attentionFlopsPerToken sequenceLength', () => attentionFlopsPerToken({ ...attention, sequenceLength: 0 }), 'attentionFlopsPerToken: expected sequenceLength to be an integer ≥ 1, received 0'],
    ['trainingMemory expertParams', () => trainingMemory({ ...memory, expertParams: -1 }), 'trainingMemory: expected expertParams to be a finite number ≥ 0, received -1'],
    ['trainingMemory gradientPrecision', () => trainingMemory({ ...memory, gradientPrecision: 'fp64' as never }), 'trainingMemory: expected gradientPrecision to be one of fp32, bf16, fp16, fp8, received "fp64"'],
    ['trainingMemory pipelineParallel', () => trainingMemory({ ...memory, pipelineParallel: 0 }), 'trainingMemory: expected pipelineParallel to be an integer ≥ 1, received 0'],
    ['trainingMemory expertParallel', () => trainingMemory({ ...memory, expertParallel: 0 }), 'trainingMemory: expected expertParallel to be an integer ≥ 1, received 0'],
    ['activationBytes sequenceLength', () => activationBytes({ ...activation, sequenceLength: 0 }, { recomputation: 'none' }), 'activationBytes: expected sequenceLength to be an integer ≥ 1, received 0'],
    ['activationBytes microBatchSize', () => activationBytes({ ...activation, microBatchSize: 0 }, { recomputation: 'none' }), 'activationBytes: expected microBatchSize to be an integer ≥ 1, received 0'],
    ['activationBytes dModel', () => activationBytes({ ...activation, dModel: 0 }, { recomputation: 'none' }), 'activationBytes: expected dModel to be an integer ≥ 1, received 0'],
    ['activationBytes heads', () => activationBytes({ ...activation, heads: 0 }, { recomputation: 'none' }), 'activationBytes: expected heads to be an integer ≥ 1, received 0'],
    ['activationBytes layers', () => activationBytes({ ...activation, layers: 0 }, { recomputation: 'none' }), 'activationBytes: expected layers to be an integer ≥ 1, received 0'],
    ['activationBytes tensorParallel', () => activationBytes(activation, { recomputation: 'none', tensorParallel: 0 }), 'activationBytes: expected tensorParallel to be an integer ≥ 1, received 0'],
    ['activationBytes vocab', () => activationBytes({ ...activation, vocab: 0 }, { recomputation: 'none' }), 'activationBytes: expected vocab to be an integer ≥ 1, received 0'],
    ['activationBytes mixtureOfExperts.layers', () => activationBytes({ ...activation, mixtureOfExperts: { layers: -1, expertsPerToken: 1, sharedExperts: 0, expertFfnDim: 8 } }, { recomputation: 'none' }), 'activationBytes: expected mixtureOfExperts.layers to be an integer ≥ 0, received -1'],
    ['countParameters dModel', () => countParameters({ ...shape, dModel: 0 }), 'countParameters: expected dModel to be an integer ≥ 1, received 0'],
    ['countParameters vocab', () => countParameters({ ...shape, vocab: 0 }), 'countParameters: expected vocab to be an integer ≥ 1, received 0'],
    ['countParameters ffnDim', () => countParameters({ ...shape, ffnDim: 0 }), 'countParameters: expected ffnDim to be an integer ≥ 1, received 0'],
    ['countParameters mixtureOfExperts.expertFfnDim', () => countParameters(mixtral({ expertFfnDim: 0 })), 'countParameters: expected mixtureOfExperts.expertFfnDim to be an integer ≥ 1, received 0'],
    ['countParameters mixtureOfExperts.experts', () => countParameters(mixtral({ experts: 0 })), 'countParameters: expected mixtureOfExperts.experts to be an integer ≥ 1, received 0'],
    ['countParameters mixtureOfExperts.expertsPerToken', () => countParameters(mixtral({ expertsPerToken: 0 })), 'countParameters: expected mixtureOfExperts.expertsPerToken to be an integer ≥ 1, received 0'],
    ['countParameters mixtureOfExperts.sharedExperts', () => countParameters(mixtral({ sharedExperts: -1 })), 'countParameters: expected mixtureOfExperts.sharedExperts to be an integer ≥ 0, received -1'],
    ['peakFlopsOf accelerator.peakFlops', () => peakFlopsOf({ peakFlops: 0 }), 'densePeakFlops: expected accelerator.peakFlops to be a finite number > 0, received 0'],
    ['estimateCompute flops', () => estimateCompute({ ...run, flops: -1 }), 'estimateCompute: expected flops to be a finite number ≥ 0, received -1'],
    ['estimateTraining totalParams', () => estimateTraining({ ...run, totalParams: 6e9 }), 'estimateTraining: expected totalParams ≥ params (7000000000), received 6000000000'],
    ['fitExponentialTrend points', () => fitExponentialTrend([{ year: 2020, value: 1 }]), 'fitExponentialTrend: expected at least 2 points, received 1'],
    [
      'fitExponentialTrend values',
      () => fitExponentialTrend([{ year: 2020, value: 1 }, { year: 2021, value: -2 }]),
      'fitExponentialTrend: expected finite years and values > 0, received year 2021, value -2',
    ],
    [
      'fitExponentialTrend years',
      () => fitExponentialTrend([{ year: 2020, value: 1 }, { year: 2020, value: 2 }]),
      'fitExponentialTrend: expected points in at least two different years',
    ],
    ['experimentsMultiplierFromFinalRunShare 0', () => experimentsMultiplierFromFinalRunShare(0), `experimentsMultiplierFromFinalRunShare: expected finalRunShare to be ${positive}, received 0`],
    ['experimentsMultiplierFromFinalRunShare 2', () => experimentsMultiplierFromFinalRunShare(2), 'experimentsMultiplierFromFinalRunShare: expected finalRunShare to be a fraction in [0, 1], received 2'],
    ['storageCostUsd months', () => storageCostUsd({ terabytes: 44, usdPerGbMonth: 0.06, months: -1 }), `storageCostUsd: expected months to be ${nonNegative}, received -1`],
    ['fp8UtilisationFor speedup', () => fp8UtilisationFor({ accelerator: 'h100-sxm', bf16Mfu: 0.5, speedup: 0 }), `fp8UtilisationFor: expected speedup to be ${positive}, received 0`],
    ['costRatio publishedUsd', () => costRatio({ estimateUsd: 1, publishedUsd: 0 }), `costRatio: expected publishedUsd to be ${positive}, received 0`],
    ['presumedSystemicRisk flops', () => presumedSystemicRisk(-1), `presumedSystemicRisk: expected flops to be ${nonNegative}, received -1`],
    ['systemicRiskShare flops', () => systemicRiskShare(Number.NaN), `systemicRiskShare: expected flops to be ${nonNegative}, received NaN`],
    ['apiUsdPerToken inputTokens', () => apiUsdPerToken(api, { inputTokens: -1, outputTokens: 1 }), 'apiUsdPerToken: expected inputTokens to be an integer ≥ 0, received -1'],
    ['apiUsdPerToken outputTokens', () => apiUsdPerToken(api, { inputTokens: 1, outputTokens: 0.5 }), 'apiUsdPerToken: expected outputTokens to be an integer ≥ 0, received 0.5'],
    ['replicaOf inputTokens', () => replicaOf({ devicesPerReplica: 1, outputTokensPerSecond: 1 }, { inputTokens: -1, outputTokens: 1 }, 2), 'replicaOf: expected inputTokens to be an integer ≥ 0, received -1'],
    ['servedPerMonth tokensPerMonth', () => servedPerMonth({ costPerMonthUsd: 1, tokensPerMonth: 1 }, -1), `servedPerMonth: expected tokensPerMonth to be ${nonNegative}, received -1`],
    [
      'lifetimeCosts months',
      () => lifetimeCosts({ months: -1, tokensPerMonth: 1, request: { inputTokens: 1, outputTokens: 1 }, api, replica: { costPerMonthUsd: 1, tokensPerMonth: 1 }, upfrontUsd: { 'fine-tune': 0, 'continued-pretraining': 0, 'from-scratch': 0 } }),
      `lifetimeCosts: expected months to be ${nonNegative}, received -1`,
    ],
    ['crossoverTokensPerMonth months', () => crossoverTokensPerMonth({ apiUsdPerToken: 1e-6, replica: { costPerMonthUsd: 1, tokensPerMonth: 1 }, upfrontUsd: 0, months: 0 }), `crossoverTokensPerMonth: expected months to be ${positive}, received 0`],
  ])('%s', (_name, call, message) => {
    expect(call).toThrow(message);
  });

  test('an unknown source id lists the known ones, comma-separated', () => {
    expect(() => getSource('nope')).toThrow(/^Unknown source id "nope"; expected one of: [a-z0-9-]+, [a-z0-9-]+, /);
  });
});
