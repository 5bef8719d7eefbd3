/**
 * As-of dates as the data stores them (`2024`, `2024-09`, `2024-09-15`) and as prose prints them.
 */

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/**
 * An as-of date in words: the year alone, or the month and year (a day is dropped: prices and
 * figures are dated to the month).
 * @throws Error naming the text received, when it is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * @example formatAsOf('2024-09') //=> 'September 2024'
 * @example formatAsOf('2023') //=> '2023'
 */
export function formatAsOf(asOf: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-\d{2})?)?$/.exec(asOf);
  const month = match?.[2] === undefined ? undefined : monthNames[Number(match[2]) - 1];
  if (match === null || (match[2] !== undefined && month === undefined)) {
    throw new Error(`formatAsOf: expected an as-of date like 2024, 2024-09 or 2024-09-15, received ${JSON.stringify(asOf)}`);
  }
  return month === undefined ? match[1]! : `${month} ${match[1]}`;
}
