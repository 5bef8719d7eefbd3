/**
 * The runs before the large-language-model era and GPT-3/GPT-4: the first rows of the
 * article's cost table (Stanford AI Index 2024, cloud-rental estimates by Epoch AI).
 */
import { epochHardwareEnergy } from './epoch';
import { cite, type TrainingRun } from './types';

const aiIndex = (value: number, note?: string) => ({
  ...cite(value, 'stanford-2024-ai-index', 'ch. 1, "Estimated training cost of select AI models"', note),
  method: 'cloud-rental-estimate-third-party' as const,
  edition: 'AI Index 2024',
  asOf: '2024-04',
});

/** Transformer (2017), BERT-Large, RoBERTa Large, GPT-3, GPT-4. */
export const earlyRuns: readonly TrainingRun[] = [
  {
    id: 'transformer-2017',
    name: 'Transformer (big)',
    organization: 'Google Brain / Google Research',
    year: 2017,
    date: '2017-06',
    params: cite(213e6, 'vaswani-2017-attention', 'Table 3 (big)'),
    accelerator: 'p100',
    acceleratorCount: cite(8, 'vaswani-2017-attention', '§5.2'),
    acceleratorHours: cite(8 * 84, 'vaswani-2017-attention', '§5.2', '8 GPUs × 3.5 days (derived).'),
    trainingFlops: cite(
      2.3e19,
      'vaswani-2017-attention',
      'Table 2',
      'GPU-time × an assumed 9.5 TFLOP/s per P100: 100% "utilisation" by construction.',
    ),
    wallClockDays: cite(3.5, 'vaswani-2017-attention', '§5.2'),
    publishedCostUsd: aiIndex(930, 'Inflation-adjusted.'),
    notes:
      'Training tokens are not published as a total (batches of ~25,000 source + 25,000 target ' +
      'tokens for 300,000 steps), so the run is left out of implied-utilisation checks.',
  },
  {
    id: 'bert-large',
    name: 'BERT-Large',
    organization: 'Google AI Language',
    year: 2018,
    date: '2018-10',
    params: cite(340e6, 'devlin-2018-bert', '§3'),
    tokens: cite(
      128_000 * 1_000_000,
      'devlin-2018-bert',
      'App. A.2',
      '128,000 tokens per batch × 1,000,000 steps (derived).',
    ),
    acceleratorCount: cite(64, 'devlin-2018-bert', 'App. A.2', '16 Cloud TPUs, 64 TPU chips.'),
    acceleratorHours: cite(64 * 96, 'devlin-2018-bert', 'App. A.2', '64 chips × 4 days (derived).'),
    wallClockDays: cite(4, 'devlin-2018-bert', 'App. A.2'),
    publishedCostUsd: aiIndex(3288, 'Inflation-adjusted.'),
    notes: 'Cloud TPU chips of 2018 (not in the accelerator catalog).',
  },
  {
    id: 'roberta-large',
    name: 'RoBERTa Large',
    organization: 'Facebook AI',
    year: 2019,
    date: '2019-07',
    params: cite(355e6, 'fairseq-roberta-readme'),
    accelerator: 'v100',
    acceleratorCount: cite(
      1024,
      'liu-2019-roberta',
      '§5',
      '1024 V100 for about one day, for the 100K-step comparison run; the released model ' +
        'trained for 500K steps, whose hours are not published.',
    ),
    publishedCostUsd: aiIndex(160_018, 'Inflation-adjusted.'),
  },
  {
    id: 'gpt-3',
    name: 'GPT-3 175B (davinci)',
    organization: 'OpenAI',
    year: 2020,
    date: '2020-05',
    params: cite(174.6e9, 'brown-2020-gpt3', 'Table D.1'),
    tokens: cite(300e9, 'brown-2020-gpt3', 'Table D.1'),
    accelerator: 'v100',
    acceleratorCount: cite(
      10_000,
      'patterson-2021-carbon',
      'Table 4',
      'Processor count used for the energy estimate.',
    ),
    acceleratorHours: cite(
      10_000 * 14.8 * 24,
      'patterson-2021-carbon',
      'Table 4',
      '10,000 V100 × 14.8 days (derived): 3.55M GPU-hours.',
    ),
    trainingFlops: cite(3.14e23, 'brown-2020-gpt3', 'Table D.1', '3,640 petaflop/s-days.'),
    energyMwh: cite(1287, 'patterson-2021-carbon', 'Table 4'),
    co2Tonnes: cite(552, 'patterson-2021-carbon', 'Table 4'),
    wallClockDays: cite(14.8, 'patterson-2021-carbon', 'Table 4'),
    publishedCostUsd: aiIndex(4_324_883, 'Inflation-adjusted.'),
    otherCostEstimatesUsd: [
      {
        ...cite(
          4.6e6,
          'lambda-2020-gpt3',
          undefined,
          '3.14e23 FLOPs on V100 at ~28 TFLOP/s, lowest cloud price: "355 GPU-years".',
        ),
        method: 'cloud-rental-estimate-third-party',
        asOf: '2020-06',
      },
      {
        ...cite(
          4.6e6,
          'aipro-nd-cost-of-training-llms',
          'Training Duration',
          'AI-Pro pairs Lambda’s $4.6M with "1,024 GPUs for ~34 days", a Megatron estimate ' +
            'for A100s; 1,024 × 34 × 24 h × $1.67 ≈ $1.4M.',
        ),
        method: 'article-stated',
      },
    ],
    notes: 'PaLM (Table 3) puts GPT-3’s model FLOPs utilisation at 21.3%.',
  },
  {
    id: 'gpt-4',
    name: 'GPT-4',
    organization: 'OpenAI',
    year: 2023,
    date: '2023-03',
    publishedCostUsd: aiIndex(78.4e6, 'Reported as ~$78.4M; inflation-adjusted.'),
    otherCostEstimatesUsd: [epochHardwareEnergy(40_586_592.58, '2025-06', 'GPT-4')],
    estimateOnly: true,
    notes:
      'The GPT-4 Technical Report (OpenAI 2023, §2) discloses no architecture, model size, ' +
      'hardware, training compute or data: every figure for this run is an outside estimate.',
  },
];
