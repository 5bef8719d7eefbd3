import { describe, expect, test } from 'vitest';
import { formatAsOf, pricePoints } from '~/lib';

describe('formatAsOf', () => {
  test.each([
    ['2024-09', 'September 2024'],
    ['2020-06', 'June 2020'],
    ['2023-12-31', 'December 2023'],
    ['2023', '2023'],
  ])('%s reads as %s', (asOf, expected) => {
    expect(formatAsOf(asOf)).toBe(expected);
  });

  test.each(['', '24-09', '2024-13', '2024-00', 'September 2024', '2024/09'])('%j is refused with a message naming it', (asOf) => {
    expect(() => formatAsOf(asOf)).toThrow(`received ${JSON.stringify(asOf)}`);
  });

  test('every dated price point formats', () => {
    for (const point of pricePoints) expect(formatAsOf(point.asOf)).toMatch(/^(\w+ )?\d{4}$/);
  });
});
