/**
 * Meta's H100-era runs: Llama 3 and Llama 3.1 at 8B and 70B, and the mixture-of-experts Llama 4
 * Scout and Maverick. The model cards publish each run's GPU-hours, so their cost is recomputed
 * here from those hours; Llama 3.1 405B, from the paper, is in `meta.ts`.
 */
import { recomputedAtDefaultPrice } from './recomputed';
import { cite, type PublishedFigure, type TrainingRun } from './types';

const llama3 = 'meta-llama3-model-card' as const;
const llama31 = 'meta-llama31-model-card' as const;
const llama4 = 'meta-llama4-model-card' as const;

/** The Llama 3 and 3.1 cards print "15T+" and "~15 trillion" tokens for every size. */
const fifteenTrillion = (source: typeof llama3 | typeof llama31) =>
  cite(15e12, source, 'Training Data', 'Printed as "15T+" (over 15 trillion tokens), pre-training only.');

/** A Llama run on H100-80GB whose cost is its published hours at the default H100 price. */
function h100Run(run: Omit<TrainingRun, 'accelerator' | 'publishedCostUsd'> & { acceleratorHours: PublishedFigure<number> }): TrainingRun {
  return { ...run, accelerator: 'h100-sxm', publishedCostUsd: recomputedAtDefaultPrice(run.acceleratorHours, 'h100-sxm') };
}

/** Llama 3 8B and 70B, Llama 3.1 8B and 70B, Llama 4 Scout and Maverick. */
export const llama3Runs: readonly TrainingRun[] = [
  h100Run({
    id: 'llama-3-8b',
    name: 'Llama 3 8B',
    organization: 'Meta AI',
    year: 2024,
    date: '2024-04',
    params: cite(8e9, llama3, 'Model Details', 'Printed as "8B".'),
    tokens: fifteenTrillion(llama3),
    acceleratorHours: cite(1.3e6, llama3, 'Carbon Footprint', 'Printed as "1.3M" H100-80GB GPU-hours at 700 W.'),
    co2Tonnes: cite(390, llama3, 'Carbon Footprint', 'Offset by Meta’s sustainability programme.'),
  }),
  h100Run({
    id: 'llama-3-70b',
    name: 'Llama 3 70B',
    organization: 'Meta AI',
    year: 2024,
    date: '2024-04',
    params: cite(70e9, llama3, 'Model Details', 'Printed as "70B".'),
    tokens: fifteenTrillion(llama3),
    acceleratorHours: cite(6.4e6, llama3, 'Carbon Footprint', 'Printed as "6.4M" H100-80GB GPU-hours at 700 W.'),
    co2Tonnes: cite(1900, llama3, 'Carbon Footprint', 'Offset by Meta’s sustainability programme.'),
  }),
  h100Run({
    id: 'llama-3.1-8b',
    name: 'Llama 3.1 8B',
    organization: 'Meta AI',
    year: 2024,
    date: '2024-07',
    params: cite(8e9, llama31, 'Model Information', 'Printed as "8B".'),
    tokens: fifteenTrillion(llama31),
    acceleratorHours: cite(1.46e6, llama31, 'Training Energy Use', 'Printed as "1.46M" H100-80GB GPU-hours at 700 W.'),
    co2Tonnes: cite(420, llama31, 'Training Energy Use', 'Location-based; 0 t market-based.'),
  }),
  h100Run({
    id: 'llama-3.1-70b',
    name: 'Llama 3.1 70B',
    organization: 'Meta AI',
    year: 2024,
    date: '2024-07',
    params: cite(70e9, llama31, 'Model Information', 'Printed as "70B".'),
    tokens: fifteenTrillion(llama31),
    acceleratorHours: cite(7.0e6, llama31, 'Training Energy Use', 'Printed as "7.0M" H100-80GB GPU-hours at 700 W.'),
    co2Tonnes: cite(2040, llama31, 'Training Energy Use', 'Location-based; 0 t market-based.'),
  }),
  h100Run({
    id: 'llama-4-scout',
    name: 'Llama 4 Scout',
    organization: 'Meta AI',
    year: 2025,
    date: '2025-04',
    params: cite(17e9, llama4, 'Model Information', 'Activated parameters per token (mixture of experts, 16 experts).'),
    totalParams: cite(109e9, llama4, 'Model Information'),
    tokens: cite(40e12, llama4, 'Training Data', 'Printed as "~40 trillion" tokens of multimodal data.'),
    acceleratorHours: cite(5.0e6, llama4, 'Training Energy Use', 'Printed as "5.0M" H100-80GB GPU-hours at 700 W.'),
    co2Tonnes: cite(1354, llama4, 'Training Energy Use', 'Location-based; 0 t market-based.'),
    notes: 'A mixture-of-experts model: compute, and so cost, follows the 17B active parameters.',
  }),
  h100Run({
    id: 'llama-4-maverick',
    name: 'Llama 4 Maverick',
    organization: 'Meta AI',
    year: 2025,
    date: '2025-04',
    params: cite(17e9, llama4, 'Model Information', 'Activated parameters per token (mixture of experts, 128 experts).'),
    totalParams: cite(400e9, llama4, 'Model Information'),
    tokens: cite(22e12, llama4, 'Training Data', 'Printed as "~22 trillion" tokens of multimodal data.'),
    acceleratorHours: cite(2.38e6, llama4, 'Training Energy Use', 'Printed as "2.38M" H100-80GB GPU-hours at 700 W.'),
    co2Tonnes: cite(645, llama4, 'Training Energy Use', 'Location-based; 0 t market-based.'),
    notes: 'A mixture-of-experts model: compute, and so cost, follows the 17B active parameters.',
  }),
];
