/**
 * Bounds of the fields readers type sizes into, shared so that every calculator accepts the same
 * range for the same quantity and explains a refusal the same way ("Must be at most 100T").
 *
 * They are generous: the largest runs in the dataset (`trainingRuns`) have 671B total parameters
 * (DeepSeek-V3), 15.6T training tokens and 30.84M accelerator-hours (both Llama 3.1 405B), and
 * Switch Transformers (Fedus et al. 2021) reached 1.6T, so each bound is far beyond them.
 * They also keep every product a calculator forms a finite double: 6 × 1e14 parameters × 1e16
 * tokens is 6e30 FLOPs, where an unbounded field let "1e308" overflow to Infinity deep inside a
 * formula instead of getting a message at the field it was typed into.
 */

/** Parameters of a model: 1 to 100 trillion ("70B params" accepted). */
export const parameterLimits = { min: 1, max: 1e14, noun: 'parameters' } as const;

/** Tokens of a training or fine-tuning run: 1 to 10 quadrillion ("1.4T tokens" accepted). */
export const tokenLimits = { min: 1, max: 1e16, noun: 'tokens' } as const;

/** Accelerators working on one run: 1 to 10 million, whole ("2,048 GPUs" accepted). */
export const acceleratorCountLimits = { min: 1, max: 1e7, integer: true, noun: 'accelerators' } as const;

/** A rental price per accelerator-hour: $0 to $10,000 ("$2.50/h" accepted). */
export const hourlyPriceLimits = { min: 0, max: 1e4, per: 'hour' } as const;

/** Accelerator-hours of a run: 0 to a trillion. */
export const acceleratorHourLimits = { min: 0, max: 1e12 } as const;
