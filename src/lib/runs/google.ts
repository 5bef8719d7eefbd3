/**
 * Google and DeepMind runs on TPUs: Gopher, Chinchilla, PaLM, Gemini Ultra.
 */
import { epochHardwareEnergy } from './epoch';
import { cite, type TrainingRun } from './types';

/** PaLM App. B: 6144 TPU v4 chips for 1200 h, then 3072 chips for 336 h. */
const palmChipHours = 6144 * 1200 + 3072 * 336;

/** Gopher 280B, Chinchilla 70B, PaLM 540B, Gemini Ultra. */
export const googleRuns: readonly TrainingRun[] = [
  {
    id: 'gopher',
    name: 'Gopher 280B',
    organization: 'DeepMind',
    year: 2021,
    date: '2021-12',
    params: cite(280e9, 'rae-2021-gopher', 'Table 1'),
    tokens: cite(300e9, 'rae-2021-gopher', 'p. 6', '"We train all models for 300 billion tokens".'),
    accelerator: 'tpu-v3',
    acceleratorCount: cite(4096, 'rae-2021-gopher', 'p. 103, Table A27'),
    acceleratorHours: cite(
      4096 * 920,
      'rae-2021-gopher',
      'p. 103',
      '"We trained Gopher for 920 hours" × 4096 chips (derived; assumes all 920 h on 4096 chips).',
    ),
    co2Tonnes: cite(380, 'zhang-2022-opt', 'Considerations for Release', 'As quoted by the OPT paper from Rae et al.'),
    notes: 'PaLM (Table 3) reports Gopher’s model FLOPs utilisation as 32.5%.',
  },
  {
    id: 'chinchilla',
    name: 'Chinchilla 70B',
    organization: 'DeepMind',
    year: 2022,
    date: '2022-03',
    params: cite(70e9, 'hoffmann-2022-chinchilla', 'Table 1'),
    tokens: cite(1.4e12, 'hoffmann-2022-chinchilla', 'Table 1'),
    notes:
      'Trained on TPU v3 and v4; chip count and hours not published. Same compute budget as ' +
      'Gopher, spent on a 4× smaller model trained on 4.7× more tokens: the compute-optimal ' +
      'recipe of ≈ 20 tokens per parameter.',
  },
  {
    id: 'palm-540b',
    name: 'PaLM 540B',
    organization: 'Google Research',
    year: 2022,
    date: '2022-04',
    params: cite(540.35e9, 'chowdhery-2022-palm', 'Table 1'),
    tokens: cite(780e9, 'chowdhery-2022-palm', '§3'),
    accelerator: 'tpu-v4',
    acceleratorCount: cite(6144, 'chowdhery-2022-palm', '§4'),
    acceleratorHours: cite(
      palmChipHours,
      'chowdhery-2022-palm',
      'App. B',
      '6144 chips × 1200 h + 3072 chips × 336 h = 8,404,992 chip-hours (derived).',
    ),
    trainingFlops: cite(2.56e24, 'chowdhery-2022-palm', 'App. B'),
    wallClockDays: cite((1200 + 336) / 24, 'chowdhery-2022-palm', 'App. B', '1,536 h (derived).'),
    publishedCostUsd: {
      ...cite(
        3.22 * palmChipHours,
        'ruiz-2023-train-foundation-model',
        'Cost implications',
        'Ruiz’s own sum: (3.22 × 6144 × 1200) + (3.22 × 3072 × 336) ≈ $27.06M at $3.22 per ' +
          'TPU v4 chip-hour; it writes "~$27m".',
      ),
      method: 'recomputed-here',
      asOf: '2023',
    },
    otherCostEstimatesUsd: [
      {
        ...cite(
          12_389_056,
          'stanford-2024-ai-index',
          'ch. 1, "Estimated training cost of select AI models"',
          'Inflation-adjusted cloud-rental estimate (Epoch AI).',
        ),
        method: 'cloud-rental-estimate-third-party',
        edition: 'AI Index 2024',
        asOf: '2024-04',
      },
    ],
    notes:
      'MFU 46.2% with attention FLOPs (45.7% without), HFU 57.8% (§4.1, Table 3); 238.3k ' +
      'tokens per second. Measured system power 378.5 W per chip.',
  },
  {
    id: 'gemini-ultra',
    name: 'Gemini Ultra',
    organization: 'Google DeepMind',
    year: 2023,
    date: '2023-12',
    publishedCostUsd: {
      ...cite(
        191.4e6,
        'stanford-2024-ai-index',
        'ch. 1, "Estimated training cost of select AI models"',
        'Epoch AI estimate; inflation-adjusted.',
      ),
      method: 'cloud-rental-estimate-third-party',
      edition: 'AI Index 2024',
      asOf: '2024-04',
    },
    otherCostEstimatesUsd: [epochHardwareEnergy(29_827_341.92, '2025-06', 'Gemini 1.0 Ultra')],
    estimateOnly: true,
    notes:
      'The Gemini report (Gemini Team 2023, §3) says Ultra trained on a large fleet of ' +
      'TPU v4 across several datacenters but discloses no parameter count, tokens or compute.',
  },
];
