/**
 * Open models of 2024–2025 that publish part of what an estimate needs: Nemotron-4 340B (size,
 * data and cluster, no hours), OLMo 2 7B and 13B (size, data and compute, no hardware), and the
 * reinforcement-learning stage of DeepSeek-R1 (hours and a dollar figure, on top of DeepSeek-V3).
 */
import { epochCloud, epochHardwareEnergy } from './epoch';
import { cite, type TrainingRun } from './types';

const nemotron = 'nvidia-2024-nemotron4-340b' as const;
const olmo2 = 'ai2-olmo2-model-card' as const;
const r1 = 'guo-2025-deepseek-r1' as const;

/** Nemotron-4 340B, OLMo 2 7B and 13B, DeepSeek-R1 (RL stage). */
export const openRecentRuns: readonly TrainingRun[] = [
  {
    id: 'nemotron-4-340b',
    name: 'Nemotron-4 340B',
    organization: 'NVIDIA',
    year: 2024,
    date: '2024-06',
    params: cite(340e9, nemotron, 'Table 1', '9.4B embedding and 331.6B other parameters.'),
    tokens: cite(9e12, nemotron, '§2', '8T tokens of pre-training, then 1T of continued training on higher-quality data.'),
    accelerator: 'h100-sxm',
    acceleratorCount: cite(
      6144,
      nemotron,
      '§2.3, Table 2',
      '768 DGX H100 nodes of 8 GPUs; the first 400B tokens ran on 1,536 and then 3,072 of them.',
    ),
    publishedCostUsd: epochHardwareEnergy(
      21_271_017.96,
      '2026-04',
      'Nemotron-4 340B',
      'Epoch AI infer about 2,200 hours of training from the iteration times in Table 2, since NVIDIA published no total.',
    ),
    otherCostEstimatesUsd: [epochCloud(67_898_317.23, 'Nemotron-4 340B')],
    notes: 'NVIDIA reports 41.0–42.4% model FLOPs utilisation over the three stages (Table 2) but no total GPU-hours.',
  },
  {
    id: 'olmo-2-7b',
    name: 'OLMo 2 7B',
    organization: 'Allen Institute for AI',
    year: 2024,
    date: '2024-11',
    params: cite(7e9, olmo2, 'Model details', 'Printed as "OLMo 2 7B".'),
    tokens: cite(
      4e12 + 3 * 50e9,
      olmo2,
      'Pretraining',
      'Stage 1, "4 trillion tokens (1 epoch)", plus stage 2, three runs of 50B tokens whose weights are averaged: 4.15T (derived).',
    ),
    trainingFlops: cite(1.8e23, olmo2, 'Evaluation, "Train FLOPs"', 'Printed as 1.8·10²³; 6·N·D with the rounded 7B gives 3% less, so the count behind it is nearer 7.2B.'),
    notes: 'A fully open run: data, code, logs and intermediate checkpoints are published; the card gives no hardware or hours.',
  },
  {
    id: 'olmo-2-13b',
    name: 'OLMo 2 13B',
    organization: 'Allen Institute for AI',
    year: 2024,
    date: '2024-11',
    params: cite(13e9, olmo2, 'Model details', 'Printed as "OLMo 2 13B".'),
    tokens: cite(
      5e12 + 3 * 100e9 + 300e9,
      olmo2,
      'Pretraining',
      'Stage 1, "5 trillion tokens (1.2 epochs)", plus stage 2, three runs of 100B tokens and one of 300B whose weights are averaged: 5.6T (derived).',
    ),
    trainingFlops: cite(4.6e23, olmo2, 'Evaluation, "Train FLOPs"', 'Printed as 4.6·10²³; 6·N·D with the rounded 13B gives 5% less, so the count behind it is nearer 13.7B.'),
    notes: 'A fully open run: data, code, logs and intermediate checkpoints are published; the card gives no hardware or hours.',
  },
  {
    id: 'deepseek-r1',
    name: 'DeepSeek-R1 (RL stage)',
    organization: 'DeepSeek-AI',
    year: 2025,
    date: '2025-01',
    params: cite(37e9, 'deepseek-2024-v3', 'Abstract', 'Active parameters per token of DeepSeek-V3-Base, the model the reinforcement learning starts from.'),
    totalParams: cite(671e9, 'deepseek-2024-v3', 'Abstract'),
    accelerator: 'h800',
    acceleratorHours: cite(
      147e3,
      r1,
      'Table 7',
      'DeepSeek-R1-Zero 101K + creating the fine-tuning data 5K + DeepSeek-R1 41K H800 GPU-hours.',
    ),
    publishedCostUsd: {
      ...cite(294e3, r1, 'Table 7', 'At an assumed rental price of $2 per H800 GPU-hour; the pre-training of DeepSeek-V3 is not included.'),
      method: 'developer-stated',
      asOf: '2025-09',
    },
    stage: 'post-training',
    notes:
      'Reinforcement learning on top of DeepSeek-V3-Base, not a training run from scratch: the pre-training it builds on is the DeepSeek-V3 run. ' +
      'The hours and cost were first published with the Nature paper in September 2025.',
  },
];
