import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { pricesFor } from '../../../src/lib/prices';
import { isOwnedAcceleratorId, ownedAcceleratorIds, ownershipDefaults, ownershipDefaultsFor, serverWattsPerGpu } from '../../../src/lib/ownership';
import {
  allInPurchaseUsd,
  ownedCostPerBusyHourUsd,
  rentOrBuyTable,
  rentVsBuy,
  type OwnershipInput,
  type RentVsBuyInput,
} from '../../../src/lib/rentVsBuy';
import { expectWithin } from './helpers';

/**
 * An H100 SXM owned all in: $296,644 Supermicro HGX H100 server ÷ 8 (2024-03-21, Epoch AI's
 * hardware price data), a 19% network share (Epoch AI's cost model), DGX H100's 10.2 kW ÷ 8, PUE
 * 1.1, $0.0892/kWh, CBRE's $184.06 per kW-month, four years, no staff.
 */
const h100: OwnershipInput = {
  serverPriceUsd: 296_644 / 8,
  interconnectShare: 0.19,
  lifetimeYears: 4,
  watts: 10_200 / 8,
  pue: 1.1,
  electricityUsdPerKwh: 0.0892,
  colocationUsdPerKwMonth: 184.06,
  staffUsdPerYear: 0,
};
const atAws: RentVsBuyInput = { ...h100, rentPricePerHourUsd: 6.88, utilisation: 0.5 };

describe('rentVsBuy', () => {
  test('worked example: an H100 all in, half the year busy, against AWS’s $6.88', () => {
    const result = rentVsBuy(atAws);
    // $37,080.50 ÷ (1 − 0.19) = $45,778.40 all in.
    expectWithin(result.allInPurchaseUsd, 45_778.395, 1e-8);
    // 1.275 kW × $184.06 × 12 = $2,816.12 of colocation a year.
    expectWithin(result.hostingUsdPerYear, 2_816.118, 1e-8);
    // $45,778.40 ÷ 4 + $2,816.12 + 4,383 h × 1.275 kW × 1.1 × $0.0892 = $14,809.04.
    expectWithin(result.ownedCostPerYearUsd, 14_809.0432, 1e-8);
    // 4,383 h × $6.88 = $30,155.04.
    expectWithin(result.rentedCostPerYearUsd, 30_155.04, 1e-12);
    expectWithin(result.ownedCostPerBusyHourUsd ?? NaN, 3.378746, 1e-6);
    expect(result.cheaper).toBe('buy');
    // u* = $14,260.72 ÷ (8,766 h × ($6.88 − $0.1251)) = 24.08%.
    expectWithin(result.breakEvenUtilisation ?? NaN, 0.2408359, 1e-6);
    // $45,778.40 ÷ (4,383 × ($6.88 − $0.1251) − $2,816.12) = 1.709 years.
    expectWithin(result.breakEvenYears ?? NaN, 1.708749, 1e-6);
  });

  test('against the specialist cloud’s $3.20 the same half-busy H100 is dearer to own: rent', () => {
    const result = rentVsBuy({ ...atAws, rentPricePerHourUsd: 3.2 });
    expect(result.cheaper).toBe('rent');
    expect(result.breakEvenYears).toBeNull();
    // u* = $14,260.72 ÷ (8,766 × ($3.20 − $0.1251)) = 52.91%.
    expectWithin(result.breakEvenUtilisation ?? NaN, 0.5290653, 1e-6);
  });

  test('the page opens on the stored figures: server share, network, power and hosting', () => {
    const { pue: _pue, electricityUsdPerKwh: _electricity, ...stored } = h100;
    expect(ownershipDefaults).toEqual({ accelerator: 'h100-sxm', ...stored });
    const server = pricesFor('h100-sxm').find((p) => p.kind === 'purchase' && p.provider.startsWith('Dihuni'));
    expect(server?.usd).toBe(ownershipDefaults.serverPriceUsd);
  });

  // Each offered chip's server price is a stored, dated listing (Epoch AI's hardware price data), and
  // its server power follows Epoch AI's chip_to_server_power: 10.2 kW ÷ 8 for the H100, else 1.8 × chip power.
  test.each([
    ['h100-sxm', 296_644 / 8, 1275, 'Supermicro HGX H100, 2024-03-21, $296,644 ÷ 8; DGX H100 10.2 kW ÷ 8'],
    ['h200', 39_083.38, 1260, 'HGX H200 listing, 2025-01-31, per GPU; 1.8 × 700 W'],
    ['b200', 47_409.13, 1800, 'DGX B200 at Delta Computer, 2024-12-17, per GPU; 1.8 × 1,000 W'],
  ] as const)('%s opens on a $%d server share and %d W (%s)', (id, server, watts, _source) => {
    expect(ownershipDefaultsFor[id].serverPriceUsd).toBe(server);
    expect(ownershipDefaultsFor[id].watts).toBeCloseTo(watts, 9);
    expect(serverWattsPerGpu(id)).toBeCloseTo(watts, 9);
    expect(pricesFor(id).some((p) => p.kind === 'purchase' && p.usd === server)).toBe(true);
  });

  test('rent-or-buy offers exactly the chips with a server price, and nothing else', () => {
    expect(ownedAcceleratorIds).toEqual(['h100-sxm', 'h200', 'b200']);
    for (const id of ownedAcceleratorIds) expect(isOwnedAcceleratorId(id)).toBe(true);
    for (const x of ['a100-80gb', 'tpu7x', '', 42, null, '__proto__']) expect(isOwnedAcceleratorId(x)).toBe(false);
  });

  test('at exactly the break-even utilisation both cost the same', () => {
    const u = rentVsBuy(atAws).breakEvenUtilisation ?? NaN;
    const at = rentVsBuy({ ...atAws, utilisation: u });
    expectWithin(at.ownedCostPerYearUsd, at.rentedCostPerYearUsd, 1e-12);
  });

  test('buying never wins when rent does not cover electricity, or the fixed cost exceeds a full year of rent', () => {
    expect(rentVsBuy({ ...atAws, rentPricePerHourUsd: 0.1 }).breakEvenUtilisation).toBeNull();
    expect(rentVsBuy({ ...atAws, serverPriceUsd: 1e6 }).breakEvenUtilisation).toBeNull();
  });

  test('an idle accelerator has no cost per busy hour', () => {
    expect(rentVsBuy({ ...atAws, utilisation: 0 }).ownedCostPerBusyHourUsd).toBeNull();
    expect(ownedCostPerBusyHourUsd(h100, 0)).toBeNull();
  });

  test('staff is a fixed yearly cost: $1,000 more a year adds $1,000 ÷ busy hours per busy hour', () => {
    const base = rentVsBuy(atAws);
    const staffed = rentVsBuy({ ...atAws, staffUsdPerYear: 1000 });
    expectWithin(staffed.ownedCostPerYearUsd - base.ownedCostPerYearUsd, 1000, 1e-9);
    expectWithin((staffed.ownedCostPerBusyHourUsd ?? NaN) - (base.ownedCostPerBusyHourUsd ?? NaN), 1000 / 4383, 1e-9);
  });

  test('owning gets cheaper per busy hour the busier it is; renting does not', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.99, noNaN: true }), (u) => {
        const less = rentVsBuy({ ...atAws, utilisation: u });
        const more = rentVsBuy({ ...atAws, utilisation: Math.min(1, u + 0.01) });
        expect(more.ownedCostPerBusyHourUsd ?? NaN).toBeLessThan(less.ownedCostPerBusyHourUsd ?? NaN);
        expectWithin(more.rentedCostPerYearUsd / Math.min(1, u + 0.01), less.rentedCostPerYearUsd / u, 1e-9);
      }),
    );
  });

  test.each([
    [{ lifetimeYears: 0 }, 'lifetimeYears to be a finite number > 0, received 0'],
    [{ utilisation: 1.5 }, 'utilisation to be a fraction in [0, 1], received 1.5'],
    [{ serverPriceUsd: -1 }, 'serverPriceUsd to be a finite number ≥ 0, received -1'],
    [{ interconnectShare: 1 }, 'interconnectShare < 1, received 1'],
    [{ interconnectShare: -0.1 }, 'interconnectShare to be a fraction in [0, 1], received -0.1'],
    [{ watts: -1 }, 'watts to be a finite number ≥ 0, received -1'],
    [{ pue: -1 }, 'pue to be a finite number ≥ 0, received -1'],
    [{ electricityUsdPerKwh: -1 }, 'electricityUsdPerKwh to be a finite number ≥ 0, received -1'],
    [{ colocationUsdPerKwMonth: Number.NaN }, 'colocationUsdPerKwMonth to be a finite number ≥ 0, received NaN'],
    [{ staffUsdPerYear: -5 }, 'staffUsdPerYear to be a finite number ≥ 0, received -5'],
    [{ rentPricePerHourUsd: -1 }, 'rentPricePerHourUsd to be a finite number ≥ 0, received -1'],
  ])('programming error: %j', (override, message) => {
    expect(() => rentVsBuy({ ...atAws, ...override })).toThrow(`rentVsBuy: expected ${message}`);
  });

  test('ownedCostPerBusyHourUsd names itself and its utilisation', () => {
    expect(() => ownedCostPerBusyHourUsd(h100, 2)).toThrow('ownedCostPerBusyHourUsd: expected utilisation to be a fraction in [0, 1], received 2');
    expect(() => ownedCostPerBusyHourUsd({ ...h100, pue: -1 }, 0.5)).toThrow('ownedCostPerBusyHourUsd: expected pue to be a finite number ≥ 0, received -1');
  });
});

describe('rentVsBuy at its boundaries, with round figures', () => {
  // $8,766 of server written off over one year, no network share, power, hosting or staff: owning
  // costs $8,766 a year, $1 for each of the year's 8,766 hours (365.25 days).
  const plain: OwnershipInput = {
    serverPriceUsd: 8766,
    interconnectShare: 0,
    lifetimeYears: 1,
    watts: 0,
    pue: 1,
    electricityUsdPerKwh: 0,
    colocationUsdPerKwMonth: 0,
    staffUsdPerYear: 0,
  };

  test('equal costs are not cheaper to own: at $2/h half the year busy, both are $8,766: rent', () => {
    const result = rentVsBuy({ ...plain, rentPricePerHourUsd: 2, utilisation: 0.5 });
    expect(result.ownedCostPerYearUsd).toBe(8766);
    expect(result.rentedCostPerYearUsd).toBe(8766);
    expect(result.cheaper).toBe('rent');
    expect(result.breakEvenYears).toBeNull();
    // $8,766 ÷ (8,766 h × $2) = 50%.
    expect(result.breakEvenUtilisation).toBe(0.5);
  });

  test('at $1/h owning pays only at 100% busy: the break-even is exactly 1, still a utilisation', () => {
    expect(rentVsBuy({ ...plain, rentPricePerHourUsd: 1, utilisation: 1 }).breakEvenUtilisation).toBe(1);
  });

  test('staff and hosting are both subtracted from the yearly saving', () => {
    // 1 kW at $100 per kW-month: $1,200 of hosting a year; $600 of staff. Fixed: $8,766 + $1,200 + $600.
    // At $4/h fully busy: rent $35,064, own $10,566: buy. Saving after hosting and staff:
    // 8,766 × $4 − $1,200 − $600 = $33,264; the server pays for itself in 8,766 / 33,264 years.
    const result = rentVsBuy({ ...plain, watts: 1000, colocationUsdPerKwMonth: 100, staffUsdPerYear: 600, rentPricePerHourUsd: 4, utilisation: 1 });
    expect(result.cheaper).toBe('buy');
    expect(result.hostingUsdPerYear).toBe(1200);
    expect(result.breakEvenYears).toBeCloseTo(8766 / 33_264, 12);
  });
});

describe('allInPurchaseUsd', () => {
  test('a server share over one minus the network share', () => {
    expect(allInPurchaseUsd({ serverPriceUsd: 81, interconnectShare: 0.19 })).toBeCloseTo(100, 12);
    expect(allInPurchaseUsd({ serverPriceUsd: 81, interconnectShare: 0 })).toBe(81);
    expect(() => allInPurchaseUsd({ serverPriceUsd: 81, interconnectShare: 1 })).toThrow('allInPurchaseUsd: expected interconnectShare < 1, received 1');
    expect(() => allInPurchaseUsd({ serverPriceUsd: 81, interconnectShare: 2 })).toThrow('allInPurchaseUsd: expected interconnectShare to be a fraction in [0, 1], received 2');
    expect(() => allInPurchaseUsd({ serverPriceUsd: -1, interconnectShare: 0 })).toThrow('allInPurchaseUsd: expected serverPriceUsd to be a finite number ≥ 0, received -1');
  });
});

describe('rentOrBuyTable', () => {
  const { lifetimeYears: _years, ...ownership } = h100;
  // Computed inside each test, not once at load: mutation testing credits a test only with the
  // library code that runs while it runs.
  const table = () =>
    rentOrBuyTable({
      ownership,
      rentBandUsd: { low: 3.2, high: 6.88 },
      utilisations: [0.25, 0.5, 0.75, 1],
      lifetimesYears: [3, 4, 5],
    });

  // Owned per busy hour = ($45,778.40 ÷ years + $2,816.12) ÷ (u × 8,766 h) + $0.1251.
  test.each([
    [0.25, 3, 8.373145, 'rent'],
    [0.25, 4, 6.632389, 'depends'],
    [0.25, 5, 5.587935, 'depends'],
    [0.5, 3, 4.249124, 'depends'],
    [0.5, 4, 3.378746, 'depends'],
    [0.5, 5, 2.856519, 'buy'],
    [0.75, 3, 2.874450, 'buy'],
    [0.75, 4, 2.294198, 'buy'],
    [1, 5, 1.490811, 'buy'],
  ] as const)('%d busy for %d years: $%d per busy hour, %s', (u, years, usd, verdict) => {
    const cell = table().find((row) => row.utilisation === u)!.cells.find((c) => c.lifetimeYears === years)!;
    expectWithin(cell.ownedCostPerBusyHourUsd, usd, 1e-6);
    expect(cell.verdict).toBe(verdict);
  });

  test('rows follow the utilisations and cells the lifetimes given', () => {
    expect(table().map((row) => row.utilisation)).toEqual([0.25, 0.5, 0.75, 1]);
    for (const row of table()) expect(row.cells.map((c) => c.lifetimeYears)).toEqual([3, 4, 5]);
  });

  test('a price exactly at an end of the band is not past it: depends', () => {
    // The band's ends set to the owned cost itself ($3.378746 per busy hour at 50% for 4 years).
    const owned = ownedCostPerBusyHourUsd({ ...ownership, lifetimeYears: 4 }, 0.5)!;
    const verdict = (band: { low: number; high: number }) =>
      rentOrBuyTable({ ownership, rentBandUsd: band, utilisations: [0.5], lifetimesYears: [4] })[0]!.cells[0]!.verdict;
    expect(verdict({ low: owned, high: 6.88 })).toBe('depends');
    expect(verdict({ low: 3.2, high: owned })).toBe('depends');
  });

  test('a band of one price is allowed: above it rent, below it buy', () => {
    // At 50% for 4 years the owned cost is $3.378746 per busy hour (above).
    const verdicts = (price: number) =>
      rentOrBuyTable({ ownership, rentBandUsd: { low: price, high: price }, utilisations: [0.5], lifetimesYears: [4] })[0]!.cells[0]!.verdict;
    expect(verdicts(3)).toBe('rent');
    expect(verdicts(4)).toBe('buy');
  });

  test.each([
    [{ rentBandUsd: { low: 7, high: 3 } }, 'rentOrBuyTable: expected rentBandUsd.low ≤ high, received 7 > 3'],
    [{ utilisations: [0] }, 'rentOrBuyTable: expected utilisations > 0, received 0'],
    [{ rentBandUsd: { low: -1, high: 3 } }, 'rentOrBuyTable: expected rentBandUsd.low to be a finite number ≥ 0, received -1'],
    [{ rentBandUsd: { low: 1, high: -3 } }, 'rentOrBuyTable: expected rentBandUsd.high to be a finite number ≥ 0, received -3'],
  ])('programming error: %j', (override, message) => {
    expect(() => rentOrBuyTable({ ownership, rentBandUsd: { low: 3.2, high: 6.88 }, utilisations: [0.5], lifetimesYears: [4], ...override })).toThrow(message);
  });
});
