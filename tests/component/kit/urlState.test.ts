import { describe, expect, test } from 'vitest';
import { maxUrlValueLength, readCalculatorParams, writeCalculatorParams } from '~/components/kit/urlState';

describe('calculator state in the URL', () => {
  test('reads only the known keys of its own namespace', () => {
    const search = '?train.params=70B&train.evil=1&budget.params=7B&params=1';
    expect(readCalculatorParams(search, 'train', ['params', 'tokens'])).toEqual({ params: '70B' });
  });

  test('drops values longer than a typed quantity could be', () => {
    const long = 'x'.repeat(maxUrlValueLength + 1);
    expect(readCalculatorParams(`?train.params=${long}`, 'train', ['params'])).toEqual({});
  });

  test('writing replaces its namespace and keeps other calculators’ state', () => {
    const next = writeCalculatorParams('?budget.team=4&train.params=7B', 'train', { params: '70B', gpu: 'h100-sxm' });
    expect(next).toBe('?budget.team=4&train.params=70B&train.gpu=h100-sxm');
  });

  test('keeps dollar signs and commas readable', () => {
    expect(writeCalculatorParams('', 'train', { price: '$2.50', count: '1,024' })).toBe('?train.price=$2.50&train.count=1,024');
  });

  test('an empty state leaves no question mark', () => {
    expect(writeCalculatorParams('?train.params=70B', 'train', {})).toBe('');
  });

  test('malformed percent-escapes do not throw', () => {
    expect(readCalculatorParams('?train.params=%E0%A4%A', 'train', ['params'])).toEqual({ params: expect.any(String) });
  });
});
