/**
 * Other well-documented runs: Megatron-Turing NLG, BLOOM, MPT-7B, Falcon-180B, DeepSeek-V3.
 */
import { epochHardwareEnergy } from './epoch';
import { cite, type TrainingRun } from './types';

/** MT-NLG 530B, BLOOM-176B, MPT-7B, Falcon-180B, DeepSeek-V3. */
export const openRuns: readonly TrainingRun[] = [
  {
    id: 'mt-nlg-530b',
    name: 'Megatron-Turing NLG 530B',
    organization: 'Microsoft and NVIDIA',
    year: 2022,
    date: '2022-01',
    params: cite(530e9, 'smith-2022-mt-nlg'),
    tokens: cite(270e9, 'hoffmann-2022-chinchilla', 'Table 1', 'Trained on 270B tokens of a 339B-token dataset (Smith et al. 2022).'),
    accelerator: 'a100-80gb',
    acceleratorCount: cite(
      4480,
      'smith-2022-mt-nlg',
      undefined,
      'The Selene supercomputer: 560 DGX A100 nodes × 8 A100-80GB.',
    ),
    publishedCostUsd: {
      ...cite(
        6_405_653,
        'stanford-2024-ai-index',
        'ch. 1, "Estimated training cost of select AI models"',
        'Inflation-adjusted cloud-rental estimate (Epoch AI); the AI Index files it under 2021.',
      ),
      method: 'cloud-rental-estimate-third-party',
      edition: 'AI Index 2024',
      asOf: '2024-04',
    },
  },
  {
    id: 'bloom-176b',
    name: 'BLOOM 176B',
    organization: 'BigScience (Hugging Face and partners)',
    year: 2022,
    date: '2022-07',
    params: cite(176e9, 'bigscience-bloom-model-card'),
    tokens: cite(366e9, 'bigscience-2022-bloom'),
    accelerator: 'a100-80gb',
    acceleratorCount: cite(384, 'bigscience-bloom-model-card', 'Training', '48 nodes × 8 GPUs.'),
    acceleratorHours: cite(1_082_990, 'luccioni-2022-bloom-carbon', 'Table 1'),
    energyMwh: cite(
      433,
      'luccioni-2022-bloom-carbon',
      'Table 1',
      'Dynamic GPU energy only (1,082,990 h × 0.4 kW = 433,196 kWh); idle and infrastructure ' +
        'power add about 257 MWh more.',
    ),
    co2Tonnes: cite(
      24.7,
      'luccioni-2022-bloom-carbon',
      'Abstract',
      'Dynamic power only, on the low-carbon French grid; 50.5 t with idle power and manufacturing.',
    ),
    notes:
      'Trained on the Jean Zay cluster (France), March to July 2022. The LLaMA paper (Table 15) ' +
      'lists 1,082,880 GPU-hours for BLOOM, within 0.01% of Luccioni et al.',
  },
  {
    id: 'mpt-7b',
    name: 'MPT-7B',
    organization: 'MosaicML',
    year: 2023,
    date: '2023-05',
    params: cite(6.7e9, 'mosaicml-2023-mpt-7b'),
    tokens: cite(1e12, 'mosaicml-2023-mpt-7b'),
    accelerator: 'a100-40gb',
    acceleratorCount: cite(440, 'mosaicml-2023-mpt-7b'),
    acceleratorHours: cite(
      440 * 9.5 * 24,
      'mosaicml-2023-mpt-7b',
      undefined,
      '440 GPUs × 9.5 days (derived): 100,320 GPU-hours.',
    ),
    wallClockDays: cite(9.5, 'mosaicml-2023-mpt-7b'),
    publishedCostUsd: {
      ...cite(
        200_000,
        'mosaicml-2023-mpt-7b',
        undefined,
        '"At a cost of ~$200k" on MosaicML’s platform, i.e. about $2 per A100-40GB-hour.',
      ),
      method: 'developer-stated',
      asOf: '2023-05',
    },
    notes: 'Trained "with zero human intervention"; the model matches LLaMA-7B quality.',
  },
  {
    id: 'falcon-180b',
    name: 'Falcon-180B',
    organization: 'Technology Innovation Institute',
    year: 2023,
    date: '2023-09',
    params: cite(180e9, 'tii-falcon-180b-model-card'),
    tokens: cite(3.5e12, 'hf-2023-falcon-180b'),
    accelerator: 'a100-40gb',
    acceleratorCount: cite(
      4096,
      'tii-falcon-180b-model-card',
      'Training Procedure',
      '"Up to 4,096 A100 40GB GPUs" (AWS P4d instances).',
    ),
    acceleratorHours: cite(7e6, 'hf-2023-falcon-180b', undefined, '"~7,000,000 GPU hours".'),
    publishedCostUsd: epochHardwareEnergy(10_340_911.71, '2025-06', 'Falcon-180B'),
    notes: 'The largest openly documented pre-training run of 2023 (Almazrouei et al. 2023).',
  },
  {
    id: 'deepseek-v3',
    name: 'DeepSeek-V3',
    organization: 'DeepSeek-AI',
    year: 2024,
    date: '2024-12',
    params: cite(37e9, 'deepseek-2024-v3', 'Abstract', 'Active parameters per token (mixture of experts).'),
    totalParams: cite(671e9, 'deepseek-2024-v3', 'Abstract'),
    tokens: cite(14.8e12, 'deepseek-2024-v3', 'Abstract'),
    accelerator: 'h800',
    acceleratorCount: cite(2048, 'deepseek-2024-v3', '§3.1'),
    acceleratorHours: cite(
      2.788e6,
      'deepseek-2024-v3',
      'Table 1',
      'Pre-training 2,664K + context extension 119K + post-training 5K H800 GPU-hours.',
    ),
    publishedCostUsd: {
      ...cite(
        5.576e6,
        'deepseek-2024-v3',
        'Table 1',
        'At an assumed $2 per H800 GPU-hour; excludes prior research and ablation experiments.',
      ),
      method: 'developer-stated',
      asOf: '2024-12',
    },
    notes:
      'A mixture-of-experts model: compute, and so cost, follows the 37B active parameters, not ' +
      'the 671B total. Trained largely in FP8, so utilisation against the BF16 peak is approximate.',
  },
];
