/**
 * Meta's published runs: OPT-175B, LLaMA (1), Llama 2, Llama 3.1 405B. Meta's papers and model
 * cards print GPU-hours per model, which makes them the backbone of the utilisation checks.
 */
import { epochCloud, epochHardwareEnergy } from './epoch';
import { recomputedAtDefaultPrice } from './recomputed';
import { cite, type CostEstimate, type TrainingRun } from './types';

const llamaHours = 'touvron-2023-llama' as const;
const llama2 = 'touvron-2023-llama2' as const;
const llama405bHours = cite(30.84e6, 'meta-llama31-model-card', 'Training Energy Use');

/** LLaMA (2023) energy rule, Table 15: GPU-hours × 400 W × PUE 1.1; carbon at 0.385 kg/kWh. */
const llamaEnergyNote = 'Agrees with GPU-hours × 0.4 kW × PUE 1.1 (the paper’s method).';

/**
 * Alesso prices Llama runs at "$1–2 per GPU per hour"; multiplied out here. His article is
 * undated, so the estimates carry no as-of date.
 */
function alessoRange(hours: number): CostEstimate[] {
  return [1, 2].map((usdPerHour) => ({
    ...cite(
      hours * usdPerHour,
      'alesso-nd-giant-language-model',
      'The Price You Pay',
      `Published GPU-hours × $${usdPerHour} per GPU-hour, Alesso’s on-demand range.`,
    ),
    method: 'recomputed-here' as const,
  }));
}

/** OPT-175B, LLaMA 7B–65B, Llama 2 7B–70B, Llama 3.1 405B. */
export const metaRuns: readonly TrainingRun[] = [
  {
    id: 'opt-175b',
    name: 'OPT-175B',
    organization: 'Meta AI',
    year: 2022,
    date: '2022-05',
    params: cite(175e9, 'zhang-2022-opt', 'Table 1'),
    accelerator: 'a100-80gb',
    acceleratorCount: cite(992, 'zhang-2022-opt', '§2.4'),
    acceleratorHours: cite(
      809_472,
      llamaHours,
      'Table 15',
      'Stated by the LLaMA paper for OPT trained in the same data center; the OPT paper itself ' +
        'prints no total.',
    ),
    energyMwh: cite(356, llamaHours, 'Table 15', 'LLaMA’s method: GPU-hours × 0.4 kW × PUE 1.1.'),
    co2Tonnes: cite(
      75,
      'zhang-2022-opt',
      'Considerations for Release',
      'OPT’s own estimate; the LLaMA paper (Table 15) puts it at 137 t on the US grid mix.',
    ),
    notes:
      '147 TFLOP/s per GPU (§2.4); at least 35 manual restarts over about two months (§2.5). ' +
      'The pre-training corpus holds 180B tokens, but the tokens seen in training are not ' +
      'stated in a form checked here, so the run is left out of utilisation checks.',
  },
  {
    id: 'llama-7b',
    name: 'LLaMA 7B',
    organization: 'Meta AI',
    year: 2023,
    date: '2023-02',
    params: cite(6.7e9, llamaHours, 'Table 2'),
    tokens: cite(1.0e12, llamaHours, 'Table 2'),
    accelerator: 'a100-80gb',
    acceleratorHours: cite(82_432, llamaHours, 'Table 15'),
    energyMwh: cite(36, llamaHours, 'Table 15', llamaEnergyNote),
    co2Tonnes: cite(14, llamaHours, 'Table 15'),
  },
  {
    id: 'llama-13b',
    name: 'LLaMA 13B',
    organization: 'Meta AI',
    year: 2023,
    date: '2023-02',
    params: cite(13.0e9, llamaHours, 'Table 2'),
    tokens: cite(1.0e12, llamaHours, 'Table 2'),
    accelerator: 'a100-80gb',
    acceleratorHours: cite(135_168, llamaHours, 'Table 15'),
    energyMwh: cite(59, llamaHours, 'Table 15', llamaEnergyNote),
    co2Tonnes: cite(23, llamaHours, 'Table 15'),
  },
  {
    id: 'llama-33b',
    name: 'LLaMA 33B',
    organization: 'Meta AI',
    year: 2023,
    date: '2023-02',
    params: cite(32.5e9, llamaHours, 'Table 2'),
    tokens: cite(1.4e12, llamaHours, 'Table 2'),
    accelerator: 'a100-80gb',
    acceleratorHours: cite(530_432, llamaHours, 'Table 15'),
    energyMwh: cite(233, llamaHours, 'Table 15', llamaEnergyNote),
    co2Tonnes: cite(90, llamaHours, 'Table 15'),
  },
  {
    id: 'llama-65b',
    name: 'LLaMA 65B',
    organization: 'Meta AI',
    year: 2023,
    date: '2023-02',
    params: cite(65.2e9, llamaHours, 'Table 2'),
    tokens: cite(1.4e12, llamaHours, 'Table 2'),
    accelerator: 'a100-80gb',
    acceleratorCount: cite(2048, llamaHours, '§2.4'),
    acceleratorHours: cite(1_022_362, llamaHours, 'Table 15'),
    energyMwh: cite(449, llamaHours, 'Table 15', llamaEnergyNote),
    co2Tonnes: cite(173, llamaHours, 'Table 15'),
    wallClockDays: cite(21, llamaHours, '§2.4', '380 tokens/s/GPU on 2048 GPUs for 1.4T tokens.'),
    publishedCostUsd: {
      ...cite(
        2048 * 21 * 24 * 3.93,
        'ruiz-2023-train-foundation-model',
        'Cost implications',
        '2048 GPUs × 21 days × 24 h × $3.93 per hour (GCP on-demand) = $4.06M; Ruiz writes ' +
          '"~$4M", and "$800k–$2m" after a negotiated 50–80% discount.',
      ),
      method: 'recomputed-here',
      asOf: '2023',
    },
    otherCostEstimatesUsd: [
      {
        ...cite(
          1_022_362 * 3.93,
          llamaHours,
          'Table 15',
          'Published GPU-hours × Ruiz’s $3.93 (recomputed): $4.02M.',
        ),
        method: 'recomputed-here',
        asOf: '2023',
      },
    ],
  },
  {
    id: 'llama-2-7b',
    name: 'Llama 2 7B',
    organization: 'Meta AI',
    year: 2023,
    date: '2023-07',
    params: cite(6.74e9, llama2, 'Table 1', 'Printed as "7B"; 6.74B is the exact count.'),
    tokens: cite(2.0e12, llama2, 'Table 1'),
    accelerator: 'a100-80gb',
    acceleratorHours: cite(184_320, llama2, 'Table 2'),
    co2Tonnes: cite(31.22, llama2, 'Table 2'),
    otherCostEstimatesUsd: alessoRange(184_320),
    notes:
      'Alesso rounds the hours to "around 180,000" and prices a 10B model at $150,000: at his ' +
      'own $1–2 per GPU-hour the 7B run alone costs $184k–$369k.',
  },
  {
    id: 'llama-2-13b',
    name: 'Llama 2 13B',
    organization: 'Meta AI',
    year: 2023,
    date: '2023-07',
    params: cite(13.0e9, llama2, 'Table 1'),
    tokens: cite(2.0e12, llama2, 'Table 1'),
    accelerator: 'a100-80gb',
    acceleratorHours: cite(368_640, llama2, 'Table 2'),
    co2Tonnes: cite(62.44, llama2, 'Table 2'),
  },
  {
    id: 'llama-2-34b',
    name: 'Llama 2 34B',
    organization: 'Meta AI',
    year: 2023,
    date: '2023-07',
    params: cite(34e9, llama2, 'Table 1'),
    tokens: cite(2.0e12, llama2, 'Table 1'),
    accelerator: 'a100-80gb',
    acceleratorHours: cite(1_038_336, llama2, 'Table 2'),
    co2Tonnes: cite(153.9, llama2, 'Table 2'),
    notes: 'Trained but not released; GPUs drawing 350 W (the others 400 W).',
  },
  {
    id: 'llama-2-70b',
    name: 'Llama 2 70B',
    organization: 'Meta AI',
    year: 2023,
    date: '2023-07',
    params: cite(70e9, llama2, 'Table 1'),
    tokens: cite(2.0e12, llama2, 'Table 1'),
    accelerator: 'a100-80gb',
    acceleratorHours: cite(1_720_320, 'meta-llama2-model-card', 'Carbon Footprint'),
    co2Tonnes: cite(291.42, 'meta-llama2-model-card', 'Carbon Footprint'),
    publishedCostUsd: {
      ...cite(
        3_931_897,
        'stanford-2024-ai-index',
        'ch. 1, "Estimated training cost of select AI models"',
        'Inflation-adjusted cloud-rental estimate (Epoch AI).',
      ),
      method: 'cloud-rental-estimate-third-party',
      edition: 'AI Index 2024',
      asOf: '2024-04',
    },
    otherCostEstimatesUsd: alessoRange(1_720_320),
    notes:
      'Alesso rounds the hours to "1.7 million" and puts a 100B model at "upwards of $1.5M". ' +
      'The whole Llama 2 family used 3.3M GPU-hours and 539 tCO2e.',
  },
  {
    id: 'llama-3.1-405b',
    name: 'Llama 3.1 405B',
    organization: 'Meta AI',
    year: 2024,
    date: '2024-07',
    params: cite(405e9, 'meta-llama31-model-card', 'Model Information'),
    tokens: cite(15.6e12, 'dubey-2024-llama3', '§1'),
    accelerator: 'h100-sxm',
    acceleratorCount: cite(16_384, 'dubey-2024-llama3', 'Table 4'),
    acceleratorHours: llama405bHours,
    trainingFlops: cite(3.8e25, 'dubey-2024-llama3', '§1'),
    co2Tonnes: cite(8930, 'meta-llama31-model-card', 'Training Energy Use', 'Location-based.'),
    publishedCostUsd: recomputedAtDefaultPrice(llama405bHours, 'h100-sxm'),
    otherCostEstimatesUsd: [epochHardwareEnergy(52_885_433.95, '2026-04', 'Llama 3.1-405B'), epochCloud(175_966_627.18, 'Llama 3.1-405B')],
    notes:
      'BF16 MFU 38–43% depending on the parallel layout (Table 4). In a 54-day snapshot of ' +
      'pre-training there were 466 job interruptions, 419 of them unexpected (mostly GPU and HBM3 ' +
      'faults), yet more than 90% effective training time (§3.3.4, Table 5). The herd (8B, 70B, ' +
      '405B) used 39.3M H100-80GB GPU-hours.',
  },
];
