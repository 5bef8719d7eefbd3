/**
 * Smaller runs of 2024–2025 that publish every input of an estimate, including how many H100s
 * ran for how long: Phi-4 (14B) and SmolLM3 (3B). Their hours are count × days × 24.
 */
import { hoursPerDay } from '../units';
import { recomputedAtDefaultPrice } from './recomputed';
import { cite, type TrainingRun } from './types';

const phi4 = 'microsoft-phi4-model-card' as const;
const smol = 'hf-2025-smollm3' as const;

const phi4Hours = cite(1920 * 21 * hoursPerDay, phi4, 'Model Summary', '1,920 H100-80G GPUs × 21 days × 24 h (derived).');
const smolHours = cite(384 * 24 * hoursPerDay, smol, 'Architecture and training details', '384 H100 GPUs × 24 days × 24 h (derived).');

/** Phi-4, SmolLM3. */
export const smallRuns: readonly TrainingRun[] = [
  {
    id: 'phi-4',
    name: 'Phi-4',
    organization: 'Microsoft Research',
    year: 2024,
    date: '2024-12',
    params: cite(14e9, phi4, 'Model Summary', 'Printed as "14B parameters, dense decoder-only Transformer".'),
    tokens: cite(9.8e12, phi4, 'Model Summary', 'Printed as "9.8T tokens".'),
    accelerator: 'h100-sxm',
    acceleratorCount: cite(1920, phi4, 'Model Summary', 'Printed as "1920 H100-80G".'),
    acceleratorHours: phi4Hours,
    wallClockDays: cite(21, phi4, 'Model Summary'),
    publishedCostUsd: recomputedAtDefaultPrice(phi4Hours, 'h100-sxm'),
    notes: 'Trained October to November 2024, released 12 December 2024; much of its data is synthetic.',
  },
  {
    id: 'smollm3',
    name: 'SmolLM3',
    organization: 'Hugging Face',
    year: 2025,
    date: '2025-07',
    params: cite(3e9, smol, 'Model summary', 'Printed as "3B model".'),
    tokens: cite(11.2e12, smol, 'Data mixture and training stages', 'Three pre-training stages; 100B more tokens extend the context afterwards.'),
    accelerator: 'h100-sxm',
    acceleratorCount: cite(384, smol, 'Architecture and training details'),
    acceleratorHours: smolHours,
    wallClockDays: cite(24, smol, 'Architecture and training details'),
    publishedCostUsd: recomputedAtDefaultPrice(smolHours, 'h100-sxm'),
    notes: 'A fully open run: data mixtures, training configurations and intermediate checkpoints are published.',
  },
];
