import { getAccelerator, getTrainingRun, pricePoints, type AcceleratorId } from '~/lib';
import { runningExampleId } from '../trainingExample';

/** What the energy calculator opens on. */
export interface EnergyExample {
  acceleratorHours: number;
  watts: number;
}

/** A published run's accelerator-hours and accelerator, for the energy and budget worked examples. */
export function publishedHours(runId: string): { acceleratorHours: number; accelerator: AcceleratorId; watts: number } {
  const run = getTrainingRun(runId);
  const hours = run.acceleratorHours?.value;
  if (hours === undefined || run.accelerator === undefined) {
    throw new Error(`Training run "${runId}" lacks the accelerator-hours or accelerator a worked example needs.`);
  }
  const watts = getAccelerator(run.accelerator).tdpWatts;
  if (watts === null) throw new Error(`Accelerator "${run.accelerator}" has no published power.`);
  return { acceleratorHours: hours, accelerator: run.accelerator, watts };
}

/** LLaMA 65B: 1,022,362 A100-80GB hours at 400 W (Touvron et al. 2023, Table 15). */
export const llama65bEnergyExample = publishedHours('llama-65b');

/** The running example (Phi-4): 1,920 H100s × 21 days = 967,680 H100-hours at 700 W. */
export const runningEnergyExample = publishedHours(runningExampleId);

/** Liang's (2024) A100 purchase price (~$10,000), from the cited price points. */
export function a100PurchasePriceUsd(): number {
  const point = pricePoints.find((p) => p.accelerator === 'a100-40gb' && p.kind === 'purchase' && p.sourceArticle);
  if (point === undefined) throw new Error('No A100 purchase price point is stored.');
  return point.usd;
}
