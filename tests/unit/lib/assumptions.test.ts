import { describe, expect, test } from 'vitest';
import { assumptionDefaults, assumptionInfo, defaultPriceBandUsd, getSource, mfuInfo, parseQuantity, pricedAcceleratorIds } from '~/lib';

describe('shared assumption defaults', () => {
  test('every priced accelerator has a default price band, taken from the cited price points', () => {
    expect(Object.keys(assumptionDefaults.pricePerHourUsd)).toEqual(pricedAcceleratorIds);
    for (const id of pricedAcceleratorIds) expect(assumptionDefaults.pricePerHourUsd[id]).toBe(defaultPriceBandUsd[id]);
  });

  test.each(Object.entries(assumptionInfo))('%s: default within its bounds, cited, dated', (key, info) => {
    const value = assumptionDefaults[key as keyof typeof assumptionInfo];
    expect(value).toBeGreaterThanOrEqual(info.min);
    expect(value).toBeLessThanOrEqual(info.max);
    expect(getSource(info.citation.source).title.length).toBeGreaterThan(0);
    expect(info.asOf).toMatch(/^\d{4}-\d{2}$/);
  });

  test('the MFU band is 30–50%, inside its bounds and cited', () => {
    expect(assumptionDefaults.mfu).toEqual({ low: 0.3, high: 0.5 });
    expect(getSource(mfuInfo.citation.source).year).toBe(2022);
  });

  test('the LLaMA paper’s PUE and grid intensity are the energy defaults (Touvron et al. 2023, Table 15)', () => {
    expect(assumptionDefaults.pue).toBe(1.1);
    expect(assumptionDefaults.gridKgCo2PerKwh).toBe(0.385);
  });

  test('a default typed back into its field parses to itself', () => {
    const parsed = parseQuantity('$0.0892', { kind: 'usd', min: assumptionInfo.electricityUsdPerKwh.min });
    expect(parsed).toEqual({ ok: true, value: assumptionDefaults.electricityUsdPerKwh });
  });
});
