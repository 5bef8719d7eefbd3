/**
 * What a published training run costs at a given set of rental prices, and when it happened as a
 * decimal year: the two coordinates of the cost-history chart.
 *
 * Re-pricing multiplies the run's published accelerator-hours by a price per accelerator-hour:
 * cost = hours × price (the method of the seed article's LLaMA and PaLM sums, and of DeepSeek-V3,
 * Table 1). It needs both published hours and a catalogued accelerator; runs without them
 * (GPT-4, Gemini Ultra, RoBERTa, BERT on 2018 TPUs) cannot be re-priced, and the result is `null`.
 */
import type { AcceleratorId } from './accelerators';
import type { TrainingRun } from './runs/types';
import { decimalYear } from './trend';
import { requireNonNegative, requirePositive } from './validate';

/** A run re-priced at the reader's prices. */
export interface RepricedRun {
  /** Published accelerator-hours. */
  acceleratorHours: number;
  accelerator: AcceleratorId;
  /** Price per accelerator-hour used, US dollars. */
  pricePerHourUsd: number;
  /** acceleratorHours × pricePerHourUsd, US dollars. */
  costUsd: number;
}

/**
 * The run's published accelerator-hours × the price for its accelerator, or `null` when the run
 * publishes no hours or its accelerator is not in the catalog.
 * @example
 * repriceRun(getTrainingRun('llama-65b'), { ...defaultPricePerHourUsd, 'a100-80gb': 2 })?.costUsd
 *   //=> 2_044_724 (1,022,362 GPU-hours × $2)
 */
export function repriceRun(
  run: Pick<TrainingRun, 'accelerator' | 'acceleratorHours'>,
  pricePerHourUsd: Readonly<Partial<Record<AcceleratorId, number>>>,
): RepricedRun | null {
  const { accelerator, acceleratorHours } = run;
  const price = accelerator === undefined ? undefined : pricePerHourUsd[accelerator];
  if (accelerator === undefined || acceleratorHours === undefined || price === undefined) return null;
  if (!(Number.isFinite(price) && price >= 0)) {
    throw new RangeError(
      `repriceRun: expected a price ≥ 0 for ${JSON.stringify(accelerator)}, received ${String(price)}`,
    );
  }
  return {
    acceleratorHours: acceleratorHours.value,
    accelerator,
    pricePerHourUsd: price,
    costUsd: acceleratorHours.value * price,
  };
}

/**
 * How an estimate compares with a published cost: estimate ÷ published, so 1 means they agree,
 * 2 that the estimate is twice the published figure.
 * @throws RangeError when the estimate is negative or not finite, or the published cost is not > 0.
 * @example costRatio({ estimateUsd: 2_044_724, publishedUsd: 4_056_514.56 }) //=> 0.504 (LLaMA 65B at $2 against $3.93)
 */
export function costRatio(input: { estimateUsd: number; publishedUsd: number }): number {
  const where = 'costRatio';
  return requireNonNegative(input.estimateUsd, where, 'estimateUsd') / requirePositive(input.publishedUsd, where, 'publishedUsd');
}

/**
 * A run's `date` (YYYY-MM) as a decimal year at the middle of that month (UTC), for plotting and
 * for the trend fit. Throws for a date not in YYYY-MM form.
 * @example runDecimalYear('2023-07') //=> 2023.537 (July 16, 12:00 UTC)
 */
export function runDecimalYear(date: string): number {
  const match = /^(\d{4})-(\d{2})$/.exec(date);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) {
    throw new RangeError(`runDecimalYear: expected a date "YYYY-MM", received ${JSON.stringify(date)}`);
  }
  const year = Number(match[1]);
  const start = Date.UTC(year, month - 1, 1);
  const end = Date.UTC(year, month, 1);
  return decimalYear(new Date((start + end) / 2));
}
