import { describe, expect, test } from 'vitest';
import { accelerators, isAcceleratorId } from '../../../src/lib/accelerators';
import {
  defaultPricePerHourUsd,
  defaultPriceSource,
  pricePoints,
  pricesFor,
} from '../../../src/lib/prices';
import { checkedArticleIds, getSource, isSourceId } from '../../../src/lib/sources';

/** YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar date between 2016 and 2026. */
function isValidAsOf(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (m === null) return false;
  const [, y, mo = '01', d = '01'] = m;
  const date = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) &&
    date.getUTCDate() === Number(d) &&
    Number(y) >= 2016 &&
    Number(y) <= 2026
  );
}

const rows = pricePoints.map(
  (p) => [`${p.accelerator} ${p.kind} $${p.usd.toFixed(2)} (${p.provider}, ${p.asOf})`, p] as const,
);

describe('price points', () => {
  describe.each(rows)('%s', (_label, p) => {
    test('the citation resolves in the bibliography', () => {
      expect(isSourceId(p.citation.source)).toBe(true);
    });

    test('the as-of date is YYYY, YYYY-MM or YYYY-MM-DD', () => {
      expect(isValidAsOf(p.asOf)).toBe(true);
    });

    test('the price is a positive finite number of dollars', () => {
      expect(Number.isFinite(p.usd) && p.usd > 0).toBe(true);
    });

    test('names a catalogued accelerator', () => {
      expect(isAcceleratorId(p.accelerator)).toBe(true);
    });

    test('a figure stated by one of the checked articles says so in its note', () => {
      if ((checkedArticleIds as readonly string[]).includes(p.citation.source)) {
        expect(p.note).toMatch(/stated by one of the articles this guide checks, not read off a price list/);
      }
    });

    test('a rental costs less than $100 per accelerator-hour; a purchase more than $1,000', () => {
      if (p.kind === 'purchase') expect(p.usd).toBeGreaterThan(1000);
      else expect(p.usd).toBeLessThan(100);
    });
  });

  test.each([
    ['a100-80gb', 3.93, 'seed 001: LLaMA 65B on GCP'],
    ['tpu-v4', 3.22, 'seed 001: PaLM on TPU v4'],
    ['a100-40gb', 1.67, 'seeds 000 and 002'],
    ['a100-40gb', 10_000, 'seed 000: purchase'],
    ['a100-40gb', 2.0, 'MosaicML reserved 2023'],
    ['h100-sxm', 98.32 / 8, 'AWS p5.48xlarge before the 2025 cut'],
    ['h100-sxm', 55.04 / 8, 'AWS p5.48xlarge after the 2025 cut'],
    ['h800', 2.0, 'DeepSeek-V3 assumed rental price'],
  ] as const)('%s has a stored price of $%d (%s)', (id, usd, _source) => {
    expect(pricesFor(id).some((p) => Math.abs(p.usd - usd) < 1e-9)).toBe(true);
  });

  test('pricesFor returns only the points of the accelerator asked for', () => {
    for (const a of accelerators) {
      for (const p of pricesFor(a.id)) expect(p.accelerator).toBe(a.id);
    }
  });
});

describe('default rental prices', () => {
  test.each(accelerators.map((a) => [a.id]))('%s has a positive default price', (id) => {
    expect(defaultPricePerHourUsd[id]).toBeGreaterThan(0);
    expect(defaultPricePerHourUsd[id]).toBe(defaultPriceSource[id].pricePoint.usd);
  });

  test.each(accelerators.map((a) => [a.id]))('the default for %s is a stored rental point', (id) => {
    const { pricePoint } = defaultPriceSource[id];
    expect(pricePoints).toContain(pricePoint);
    expect(pricePoint.kind).not.toBe('purchase');
  });

  test.each(accelerators.map((a) => [a.id]))(
    'a default borrowed from another accelerator (%s) explains why in a note',
    (id) => {
      const source = defaultPriceSource[id];
      if (source.pricePoint.accelerator !== id) expect(source.note).toMatch(/falls back/);
    },
  );

  test.each([
    ['a100-80gb', 3.93, 2048 * 21 * 24, 4.06e6, 'seed 001: LLaMA 65B'],
    ['tpu-v4', 3.22, 6144 * 1200 + 3072 * 336, 27.06e6, 'seed 001: PaLM 540B'],
  ] as const)(
    'the %s default ($%d) reproduces the seed example: %d accelerator-hours ≈ $%d (%s)',
    (id, usd, hours, costUsd, _source) => {
      expect(defaultPricePerHourUsd[id]).toBe(usd);
      expect(Math.abs(hours * usd - costUsd) / costUsd).toBeLessThan(0.005);
    },
  );
});
