/**
 * Rented compute billed by the hour: accelerators × hours × price per accelerator-hour. The
 * seed article 002's "64 high-end GPUs for a month" is this product; at its own $1.67 per
 * A100-hour it comes to about $78k, not its $300,000.
 */
import { requireNonNegative } from './validate';

/** Input of {@link rentalCostUsd}. */
export interface RentalInput {
  /** Accelerators rented at once. */
  accelerators: number;
  /** Wall-clock hours they are rented for. */
  hours: number;
  /** Price of one accelerator-hour, US dollars. */
  pricePerHourUsd: number;
}

/**
 * Cost in US dollars of renting accelerators for a stretch of wall-clock time.
 * @example rentalCostUsd({ accelerators: 64, hours: 730.5, pricePerHourUsd: 1.67 }) //=> 78075.84
 */
export function rentalCostUsd(input: RentalInput): number {
  const where = 'rentalCostUsd';
  return (
    requireNonNegative(input.accelerators, where, 'accelerators') *
    requireNonNegative(input.hours, where, 'hours') *
    requireNonNegative(input.pricePerHourUsd, where, 'pricePerHourUsd')
  );
}
