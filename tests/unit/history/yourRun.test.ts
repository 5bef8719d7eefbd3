import { describe, expect, test } from 'vitest';
import { yourRunPoint } from '~/components/history/yourRun';
import { decodeLastEstimate } from '~/stores/lastEstimate';

const stored = { lowUsd: 1e6, highUsd: 2e6, savedOn: '2026-12-03', query: 'train.params=70B&train.gpu=h100-sxm' };

describe('the reader’s last estimate in storage', () => {
  test('a well-formed estimate reads back as written', () => {
    expect(decodeLastEstimate(JSON.stringify(stored))).toEqual(stored);
  });

  test.each([
    ['not JSON', '{'],
    ['null', 'null'],
    ['a number', '42'],
    ['a negative cost', JSON.stringify({ ...stored, lowUsd: -1 })],
    ['low above high', JSON.stringify({ ...stored, lowUsd: 3e6 })],
    ['an infinite cost', '{"lowUsd":1,"highUsd":1e999,"savedOn":"2026-12-03","query":"train.params=7B"}'],
    ['a cost as text', JSON.stringify({ ...stored, highUsd: '2e6' })],
    ['an impossible date', JSON.stringify({ ...stored, savedOn: '2026-13-45' })],
    ['a date in words', JSON.stringify({ ...stored, savedOn: 'yesterday' })],
    ['another calculator’s state', JSON.stringify({ ...stored, query: 'budget.gpus=8' })],
    ['markup in the query', JSON.stringify({ ...stored, query: 'train.params="><script>alert(1)</script>' })],
    ['a fragment in the query', JSON.stringify({ ...stored, query: 'train.params=7B#x' })],
    ['an overlong query', JSON.stringify({ ...stored, query: `train.params=${'9'.repeat(400)}` })],
  ])('%s reads as no estimate', (_name, text) => {
    expect(decodeLastEstimate(text)).toBeUndefined();
  });
});

describe('the "your run" point', () => {
  test('sits at the day it was made, at the geometric middle of its band, and links back to the estimator with its state', () => {
    const point = yourRunPoint({ ...stored, savedOn: '2025-07-02' }, 2026)!;
    // 2 July 2025, 12:00 UTC: day 183 of 365 (182.5 days after 1 January 00:00) = 2025.5.
    expect(point.year).toBeCloseTo(2025.5, 9);
    expect(point.href).toBe('/training-steps/compute/?train.params=70B&train.gpu=h100-sxm#training-estimator');
    expect([point.lowUsd, point.highUsd]).toEqual([1e6, 2e6]);
  });

  test('a later date sits at the chart’s right edge; no estimate or a free one has no point', () => {
    expect(yourRunPoint(stored, 2026)?.year).toBe(2026);
    expect(yourRunPoint(undefined, 2026)).toBeUndefined();
    expect(yourRunPoint({ ...stored, lowUsd: 0 }, 2026)).toBeUndefined();
  });
});
