/**
 * Unit constants shared by the cost library. Every name carries its unit (STYLE §6), in the
 * manner of date-fns `src/constants/index.ts` (`millisecondsInHour`).
 *
 * Bytes: SI prefixes are powers of 1000 (GB = 10^9 bytes), IEC prefixes powers of 1024
 * (GiB = 2^30 bytes), as defined by IEC 80000-13. The library computes in bytes and says which
 * system a display uses (STYLE §7).
 */

/** Seconds in one hour.  @example secondsPerHour //=> 3600 */
export const secondsPerHour = 3600;

/** Minutes in one hour.  @example minutesPerHour //=> 60 */
export const minutesPerHour = 60;

/** Hours in one day.  @example hoursPerDay //=> 24 */
export const hoursPerDay = 24;

/** Hours in one week (7 days).  @example hoursPerWeek //=> 168 */
export const hoursPerWeek = 7 * hoursPerDay;

/**
 * Days in one year: the Julian year of 365.25 days, which averages leap years. Used for amortising
 * hardware over years and for "per year" rates.
 * @example daysPerYear //=> 365.25
 */
export const daysPerYear = 365.25;

/**
 * Hours in one year: 365.25 days × 24 h = 8766 h (Julian year, so leap years are averaged in).
 * @example hoursPerYear //=> 8766
 */
export const hoursPerYear = daysPerYear * hoursPerDay;

/** Months in one year.  @example monthsPerYear //=> 12 */
export const monthsPerYear = 12;

/**
 * Hours in one average month: 8766 / 12 = 730.5 h. Cloud price pages bill "a month" as 730 h;
 * the half hour is the leap-year average.
 * @example hoursPerMonth //=> 730.5
 */
export const hoursPerMonth = hoursPerYear / monthsPerYear;

/** Bytes in one SI kilobyte (kB = 10^3 B).  @example bytesPerKilobyte //=> 1000 */
export const bytesPerKilobyte = 1e3;

/** Bytes in one SI megabyte (MB = 10^6 B).  @example bytesPerMegabyte //=> 1000000 */
export const bytesPerMegabyte = 1e6;

/** Bytes in one SI gigabyte (GB = 10^9 B).  @example bytesPerGigabyte //=> 1000000000 */
export const bytesPerGigabyte = 1e9;

/** Bytes in one SI terabyte (TB = 10^12 B).  @example bytesPerTerabyte //=> 1e12 */
export const bytesPerTerabyte = 1e12;

/** Bytes in one IEC kibibyte (KiB = 2^10 B).  @example bytesPerKibibyte //=> 1024 */
export const bytesPerKibibyte = 2 ** 10;

/** Bytes in one IEC mebibyte (MiB = 2^20 B).  @example bytesPerMebibyte //=> 1048576 */
export const bytesPerMebibyte = 2 ** 20;

/** Bytes in one IEC gibibyte (GiB = 2^30 B).  @example bytesPerGibibyte //=> 1073741824 */
export const bytesPerGibibyte = 2 ** 30;

/** Bytes in one IEC tebibyte (TiB = 2^40 B).  @example bytesPerTebibyte //=> 1099511627776 */
export const bytesPerTebibyte = 2 ** 40;

/** Watts in one kilowatt.  @example wattsPerKilowatt //=> 1000 */
export const wattsPerKilowatt = 1000;

/** Kilowatt-hours in one megawatt-hour.  @example kilowattHoursPerMegawattHour //=> 1000 */
export const kilowattHoursPerMegawattHour = 1000;

/** Kilograms in one metric tonne.  @example kilogramsPerTonne //=> 1000 */
export const kilogramsPerTonne = 1000;

/**
 * FLOPs in one petaflop/s-day (10^15 FLOP/s for 86,400 s), the unit the GPT-3 paper uses
 * (Brown et al. 2020, App. D: 3.14e23 FLOPs = 3,640 PF-days).
 * @example flopsPerPetaflopDay //=> 8.64e19
 */
export const flopsPerPetaflopDay = 1e15 * secondsPerHour * hoursPerDay;
