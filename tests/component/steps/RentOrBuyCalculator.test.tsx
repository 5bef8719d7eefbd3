// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { RentOrBuyCalculator } from '~/components/RentOrBuyCalculator';
import { assumptionDefaults, formatPercent, formatUsd, rentVsBuy } from '~/lib';
import { a100PurchasePriceUsd } from '~/components/steps/examples';
import { expectMarkedInvalid, output, type } from './helpers';

afterEach(cleanup);

const example = {
  purchasePriceUsd: 10_000,
  lifetimeYears: 4,
  watts: 400,
  pue: assumptionDefaults.pue,
  electricityUsdPerKwh: assumptionDefaults.electricityUsdPerKwh,
  hostingUsdPerYear: 0,
  rentPricePerHourUsd: assumptionDefaults.pricePerHourUsd['a100-40gb'],
  utilisation: 0.5,
};

describe('RentOrBuyCalculator', () => {
  test('seed 003: 1,000 A100s at seed 000’s $10,000 each is $10M upfront', () => {
    render(<RentOrBuyCalculator purchasePriceUsd={a100PurchasePriceUsd()} />);
    expect(output('Upfront purchase').textContent).toBe('$10M');
  });

  test('the break-even utilisation is the library’s', () => {
    render(<RentOrBuyCalculator purchasePriceUsd={a100PurchasePriceUsd()} />);
    const expected = rentVsBuy(example);
    expect(output('Break-even utilisation').textContent).toBe(formatPercent(expected.breakEvenUtilisation!));
    expect(output('Owning, per year').textContent).toBe(formatUsd(expected.ownedCostPerYearUsd * 1000));
  });

  test('a rental price below the cost of power means buying never wins', () => {
    render(<RentOrBuyCalculator purchasePriceUsd={a100PurchasePriceUsd()} />);
    type('Rental price per hour', '$0.01');
    expect(output('Break-even utilisation').textContent).toMatch(/never/);
    expect(output('Cheaper').textContent).toBe('Renting');
  });

  test.each(['150%', 'abc', ''])('a utilisation of %j is marked and the last result stays', (text) => {
    const { container } = render(<RentOrBuyCalculator purchasePriceUsd={a100PurchasePriceUsd()} />);
    expectMarkedInvalid(container, 'Busy share of the year', 'Owning, per year', text);
  });
});
