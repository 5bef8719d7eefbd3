import { describe, expect, test } from 'vitest';
import { accelerators, getAccelerator, isAcceleratorId } from '../../../src/lib/accelerators';
import {
  defaultPriceBandUsd,
  defaultPriceSources,
  defaultRentalPrices,
  isPricedAcceleratorId,
  priceBandEnds,
  priceKindLabel,
  pricedAcceleratorIds,
  pricedAcceleratorOr,
  pricePoints,
  pricesFor,
  sourceArticlePricePerHourUsd,
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

    test('a figure stated by one of the checked articles is marked as one, says so in its note, and nothing else is marked', () => {
      const fromArticle = (checkedArticleIds as readonly string[]).includes(p.citation.source);
      expect(p.sourceArticle === true).toBe(fromArticle);
      if (fromArticle) expect(p.note).toMatch(/^Stated by .*not read off a price list/);
    });

    test('a rental costs less than $100 per accelerator-hour; a purchase more than $1,000', () => {
      if (p.kind === 'purchase') expect(p.usd).toBeGreaterThan(1000);
      else expect(p.usd).toBeLessThan(100);
    });

    test('only a commitment carries a term, of one or three years', () => {
      if (p.commitmentYears !== undefined) {
        expect(p.kind).toBe('committed');
        expect([1, 3]).toContain(p.commitmentYears);
      }
    });
  });

  // Published prices, each as its source prints it (per-instance prices ÷ GPUs per instance).
  test.each([
    ['a100-80gb', 3.93, 'Ruiz 2023: LLaMA 65B on Google Cloud'],
    ['tpu-v4', 3.22, 'Ruiz 2023: PaLM on TPU v4; Google Cloud TPU pricing 2023-06-01'],
    ['a100-40gb', 1.67, 'Liang 2024 and AI-Pro'],
    ['a100-40gb', 10_000, 'Liang 2024: purchase'],
    ['a100-40gb', 24_875, 'NVIDIA DGX A100 launch: $199,000 ÷ 8'],
    ['a100-40gb', 2.0, 'MosaicML reserved 2023'],
    ['a100-40gb', 1.99, 'Lambda 8x A100 SXM 40 GB, 2026-09-20'],
    ['a100-40gb', 2.7447052500000002, 'AWS p4d.24xlarge $21.957642 ÷ 8'],
    ['a100-80gb', 1.6, 'Hyperstack A100 SXM 80 GB, 2026-08-26'],
    ['a100-80gb', 3.43088125, 'AWS p4de.24xlarge $27.44705 ÷ 8'],
    ['h100-sxm', 12.29, 'AWS p5.48xlarge $98.32 ÷ 8 before the June 2025 cut'],
    ['h100-sxm', 6.88, 'AWS p5.48xlarge $55.04 ÷ 8'],
    ['h100-sxm', 3.2, 'Hyperstack H100 SXM, 2026-08-26'],
    ['h100-sxm', 3.99, 'Lambda 8x H100 SXM, 2026-09-20'],
    ['h100-sxm', 6.155, 'CoreWeave HGX H100 $49.24 ÷ 8'],
    ['h100-sxm', 37_080.5, 'Supermicro HGX H100 server $296,644 ÷ 8'],
    ['h100-pcie', 2.89, 'RunPod Secure Cloud H100 PCIe'],
    ['h100-pcie', 3.29, 'Lambda 1x H100 PCIe'],
    ['h800', 2.0, 'DeepSeek-V3 assumed rental price'],
    ['h200', 3.99, 'Hyperstack H200 SXM'],
    ['h200', 7.912, 'AWS p5en.48xlarge $63.296 ÷ 8'],
    ['b200', 6.0, 'Hyperstack B200'],
    ['b200', 14.2416, 'AWS p6-b200.48xlarge $113.9328 ÷ 8'],
    ['tpu-v3', 2.0, 'Google Cloud TPU pricing 2021-11-17'],
    ['p100', 2.07, 'Azure NC6s v2, 2024-01-29'],
    ['v100', 3.06, 'Azure NC6s v3, 2024-01-29'],
    // Epoch AI's hardware price dataset, each row named by hardware, date and listing.
    ['h100-sxm', 31_904.63, 'Epoch: NVIDIA H100 SXM5 80GB, 2025-01-31, HGX 8-GPU listing, per GPU'],
    ['h100-sxm', 46_875, 'Epoch: NVIDIA H100 SXM5 80GB, 2025-03-03, DGX H100 at $375,000 ÷ 8'],
    ['h100-pcie', 24_500, 'Epoch: NVIDIA H100 PCIe, 2025-03-03, Uvation 80 GB card'],
    ['h200', 33_820.625, 'Epoch: NVIDIA H200 SXM, 2024-03-27, 8-GPU baseboard $270,565 ÷ 8'],
    ['h200', 39_083.38, 'Epoch: NVIDIA H200 SXM, 2025-01-31, HGX 8-GPU listing on sale, per GPU'],
    ['b200', 47_409.13, 'Epoch: NVIDIA B200, 2024-12-17, DGX B200 at Delta Computer, per GPU'],
    ['mi300x', 25_733.71, 'Epoch: AMD Instinct MI300X, 2025-02-10, 8 × OAM platform, per GPU'],
    ['tpu-v5e', 1.2, 'Epoch: Google TPU v5e, 2025-03-03, on demand, Iowa/Oregon/East US'],
    ['tpu-v5e', 1.56, 'Epoch: Google TPU v5e, 2025-03-03, on demand, Netherlands/Singapore'],
    ['tpu-v5e', 0.84, 'Epoch: Google TPU v5e, 2025-03-03, 1-year commitment'],
    ['tpu-v5e', 0.54, 'Epoch: Google TPU v5e, 2025-03-03, 3-year commitment'],
    ['tpu-v6e', 2.7, 'Epoch: Google TPU v6e Trillium, 2025-03-03, on demand, East US'],
    ['tpu-v6e', 3.24, 'Epoch: Google TPU v6e Trillium, 2025-03-03, on demand, Japan'],
    ['tpu-v6e', 1.89, 'Epoch: Google TPU v6e Trillium, 2025-03-03, 1-year commitment'],
    ['tpu-v6e', 1.22, 'Epoch: Google TPU v6e Trillium, 2025-03-03, 3-year commitment'],
  ] as const)('%s has a stored price of $%d (%s)', (id, usd, _source) => {
    expect(pricesFor(id).some((p) => Math.abs(p.usd - usd) < 1e-9)).toBe(true);
  });

  test("the V100 price implied by Lambda's GPT-3 estimate is a 3-year commitment, not on-demand", () => {
    const lambda = pricesFor('v100').find((p) => p.provider.startsWith('Lambda'));
    expect(lambda?.kind).toBe('committed');
    expect(lambda?.commitmentYears).toBe(3);
    // $4.6M ÷ (355 GPU-years × 8,760 h) = $1.4792 per GPU-hour (Lambda 2020).
    expect(lambda?.usd).toBeCloseTo(1.4792, 4);
  });

  test('pricesFor returns only the points of the accelerator asked for', () => {
    for (const a of accelerators) {
      for (const p of pricesFor(a.id)) expect(p.accelerator).toBe(a.id);
    }
  });

  test('chips without a verified rental price have no rental point and no default', () => {
    for (const id of ['mi300x', 'tpu-v5p', 'tpu7x', 'trainium2', 'gaudi3'] as const) {
      expect(pricesFor(id).filter((p) => p.kind !== 'purchase')).toEqual([]);
      expect(isPricedAcceleratorId(id)).toBe(false);
    }
  });

  test('every TPU commitment price is below the same page\'s on-demand price in the same regions', () => {
    // Google Cloud TPU pricing, 2025-03-03 (via Epoch AI): v5e $1.20 > $0.84 > $0.54; v6e $2.70 > $1.89 > $1.22.
    for (const id of ['tpu-v5e', 'tpu-v6e'] as const) {
      const onDemand = Math.min(...pricesFor(id).filter((p) => p.kind === 'on-demand-hyperscaler').map((p) => p.usd));
      const oneYear = pricesFor(id).find((p) => p.commitmentYears === 1)?.usd ?? Infinity;
      const threeYears = pricesFor(id).find((p) => p.commitmentYears === 3)?.usd ?? Infinity;
      expect(threeYears).toBeLessThan(oneYear);
      expect(oneYear).toBeLessThan(onDemand);
    }
  });
});

describe('default price bands', () => {
  // Low end: a specialist cloud's on-demand price page; high end: AWS on-demand; both 2025–2026.
  test.each([
    ['a100-40gb', 1.99, 21.957642 / 8, 'Lambda; AWS p4d.24xlarge'],
    ['a100-80gb', 1.6, 27.44705 / 8, 'Hyperstack; AWS p4de.24xlarge'],
    ['h100-sxm', 3.2, 6.88, 'Hyperstack; AWS p5.48xlarge'],
    ['h100-pcie', 2.89, 3.29, 'RunPod; Lambda (no hyperscaler rents it)'],
    ['h200', 3.99, 63.296 / 8, 'Hyperstack; AWS p5en.48xlarge'],
    ['b200', 6, 113.9328 / 8, 'Hyperstack; AWS p6-b200.48xlarge'],
  ] as const)('%s opens on $%d–$%d (%s)', (id, low, high, _source) => {
    expect(defaultPriceBandUsd[id]).toEqual({ low, high });
    const { low: lowPoint, high: highPoint } = defaultPriceSources[id];
    expect(lowPoint.kind).toBe('on-demand-specialist');
    expect(lowPoint.asOf >= '2025').toBe(true);
    expect(highPoint.asOf >= '2025').toBe(true);
  });

  // Only Google rents its TPUs: on-demand per chip-hour in the cheapest and dearest region of one dated page.
  test.each([
    ['tpu-v5e', 1.2, 1.56, 'Google Cloud TPU pricing, 2025-03-03: us-central1 $1.20; europe-west4 $1.56'],
    ['tpu-v6e', 2.7, 3.24, 'Google Cloud TPU pricing, 2025-03-03: East US $2.70; asia-northeast1 $3.24'],
  ] as const)('%s opens on $%d–$%d on demand, both ends from one page (%s)', (id, low, high, _source) => {
    expect(defaultPriceBandUsd[id]).toEqual({ low, high });
    const { low: lowPoint, high: highPoint } = defaultPriceSources[id];
    expect(lowPoint.kind).toBe('on-demand-hyperscaler');
    expect(highPoint.kind).toBe('on-demand-hyperscaler');
    expect(lowPoint.asOf).toBe('2025-03-03');
    expect(highPoint.asOf).toBe('2025-03-03');
  });

  test.each([
    ['p100', 2.07],
    ['v100', 3.06],
    ['h800', 2],
    ['tpu-v3', 2],
    ['tpu-v4', 3.22],
  ] as const)('%s, no longer a new rental, keeps one historical price ($%d)', (id, usd) => {
    expect(defaultPriceBandUsd[id]).toEqual({ low: usd, high: usd });
    expect(defaultPriceSources[id].historical).toBe(true);
    expect(defaultPriceSources[id].low).toBe(defaultPriceSources[id].high);
  });

  describe.each(pricedAcceleratorIds.map((id) => [id]))('%s', (id) => {
    test('each end is a stored rental point of its own chip, never a source article figure', () => {
      for (const point of [defaultPriceSources[id].low, defaultPriceSources[id].high]) {
        expect(pricePoints).toContain(point);
        expect(point.accelerator).toBe(id);
        expect(point.kind).not.toBe('purchase');
        expect(point.sourceArticle).toBeUndefined();
        expect(getSource(point.citation.source).kind).not.toBe('blog');
      }
    });

    test('the band is low ≤ high and matches the cited points', () => {
      const band = defaultPriceBandUsd[id];
      expect(band.low).toBeLessThanOrEqual(band.high);
      expect(band.low).toBe(defaultPriceSources[id].low.usd);
      expect(band.high).toBe(defaultPriceSources[id].high.usd);
    });

    test('a band of two prices is on demand at both ends: specialist to hyperscaler, or one cloud\'s regions', () => {
      const { low, high, historical } = defaultPriceSources[id];
      if (historical) return;
      expect(high.kind).toBe(id === 'h100-pcie' ? 'on-demand-specialist' : 'on-demand-hyperscaler');
      expect(low.kind).toBe(id.startsWith('tpu-') ? 'on-demand-hyperscaler' : 'on-demand-specialist');
    });
  });

  test('A100s no longer look dearer than H100s: every default end of the H100 is above the A100 80GB', () => {
    expect(defaultPriceBandUsd['h100-sxm'].low).toBeGreaterThan(defaultPriceBandUsd['a100-80gb'].low);
    expect(defaultPriceBandUsd['h100-sxm'].high).toBeGreaterThan(defaultPriceBandUsd['a100-80gb'].high);
  });

  test('a priced id is recognised; anything else falls back', () => {
    expect(isPricedAcceleratorId('b200')).toBe(true);
    expect(isPricedAcceleratorId('trainium2')).toBe(false);
    expect(isPricedAcceleratorId(42)).toBe(false);
    expect(pricedAcceleratorOr('h200', 'h100-sxm')).toBe('h200');
    expect(pricedAcceleratorOr('made-up', 'h100-sxm')).toBe('h100-sxm');
    expect(Object.keys(defaultRentalPrices)).toEqual(pricedAcceleratorIds);
    for (const id of pricedAcceleratorIds) expect(getAccelerator(id).id).toBe(id);
  });

  test('priceBandEnds picks one end of every band', () => {
    expect(priceBandEnds({ 'h100-sxm': { low: 3.2, high: 6.88 }, b200: { low: 6, high: 14 } }, 'low')).toEqual({ 'h100-sxm': 3.2, b200: 6 });
    expect(priceBandEnds({ 'h100-sxm': { low: 3.2, high: 6.88 } }, 'high')).toEqual({ 'h100-sxm': 6.88 });
  });
});

describe('source article prices', () => {
  test.each([
    ['a100-80gb', 3.93, 2048 * 21 * 24, 4.06e6, 'source article 001: LLaMA 65B'],
    ['tpu-v4', 3.22, 6144 * 1200 + 3072 * 336, 27.06e6, 'source article 001: PaLM 540B'],
    ['a100-40gb', 1.67, 0, 0, 'source articles 000 and 002'],
  ] as const)('%s: $%d reproduces the article (%s)', (id, usd, hours, costUsd, _source) => {
    expect(sourceArticlePricePerHourUsd(id)).toBe(usd);
    if (hours > 0) expect(Math.abs(hours * usd - costUsd) / costUsd).toBeLessThan(0.005);
  });

  test('an accelerator no source article prices throws, naming it', () => {
    expect(() => sourceArticlePricePerHourUsd('b200')).toThrow(/"b200"/);
  });
});

describe('priceKindLabel', () => {
  test.each([
    [{ kind: 'on-demand-hyperscaler' }, 'on-demand at a hyperscaler'],
    [{ kind: 'on-demand-specialist' }, 'on-demand at a specialist cloud'],
    [{ kind: 'committed', commitmentYears: 1 }, '1-year commitment'],
    [{ kind: 'committed', commitmentYears: 3 }, '3-year commitment'],
    [{ kind: 'committed' }, 'commitment (term not stated)'],
    [{ kind: 'spot' }, 'spot'],
    [{ kind: 'purchase' }, 'purchase'],
    [{ kind: 'assumed' }, 'assumed or stated without a price list'],
  ] as const)('%o reads "%s"', (point, label) => {
    expect(priceKindLabel(point)).toBe(label);
  });
});
