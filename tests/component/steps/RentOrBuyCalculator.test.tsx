// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { RentOrBuyCalculator } from '~/components/RentOrBuyCalculator';
import { formatBand, formatUsd } from '~/lib';
import { expectMarkedInvalid, output, type } from './helpers';

afterEach(cleanup);
// An edit schedules a URL write 250 ms later; let it run before the DOM environment is torn down.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 300)));

/*
 * The opening state, by hand: 64 H100s; $296,644 ÷ 8 = $37,080.50 per GPU with its server,
 * ÷ (1 − 0.19) network share = $45,778.40 all in; 1.275 kW per GPU; CBRE's $184.06 per kW-month
 * = $2,816.12 a year; four years; half the year busy (4,383 h); PUE 1.1 and $0.0892/kWh (shared);
 * rent $3.20–$6.88 (Hyperstack to AWS).
 */
describe('RentOrBuyCalculator', () => {
  test('opens on 64 H100s bought all in: $2.93M upfront, $947,779 a year to own', () => {
    render(<RentOrBuyCalculator />);
    // 64 × $45,778.40 = $2,929,817.28.
    expect(output('Upfront purchase, all in').textContent).toBe(formatUsd(2_929_817.28));
    // 64 × ($45,778.40 ÷ 4 + $2,816.12 + 4,383 × 1.275 × 1.1 × $0.0892) = 64 × $14,809.04.
    expect(output('Owning, per year').textContent).toBe(formatUsd(947_778.77));
    // 64 × 4,383 h × $3.20 = $897,638.40; × $6.88 = $1,929,922.56.
    expect(output('Renting, per year').textContent).toBe(formatBand({ low: 897_638.4, high: 1_929_922.56 }, 'usd'));
  });

  test('owning at $3.38 per busy hour falls inside the rental band, so the answer depends on the price', () => {
    const { container } = render(<RentOrBuyCalculator />);
    expect(output('Cheaper').textContent).toBe('Depends on the price');
    // u* = $14,260.72 ÷ (8,766 × (price − $0.1251)): 24.08% against $6.88, 52.91% against $3.20.
    expect(output('Break-even utilisation').textContent).toBe(formatBand({ low: 0.2408359, high: 0.5290653 }, 'fraction'));
    // $45,778.40 ÷ (4,383 × ($6.88 − $0.1251) − $2,816.12) = 1.709 years against the dearer price only.
    expect(output('Payback time').textContent).toBe(`${formatBand({ low: 1.708749, high: 1.708749 }, 'count')} years`);
    expect(output('Payback time').parentElement!.textContent).toContain('never against the low one');
    // Kept busy three quarters of the year for four years, owning ($2.29/h) beats the whole band.
    const cell = container.querySelectorAll<HTMLElement>('.tot-rent-table tbody tr')[2]!.querySelectorAll('td')[1]!;
    expect(cell.dataset.verdict).toBe('buy');
  });

  test('one rental price gives one answer: at $3 renting wins', () => {
    render(<RentOrBuyCalculator />);
    type('Rental price per hour', '$3');
    expect(output('Cheaper').textContent).toBe('Renting');
    expect(output('Payback time').textContent).toBe('no payback at this utilisation');
  });

  test('a rental price below the cost of power means buying never wins', () => {
    render(<RentOrBuyCalculator />);
    type('Rental price per hour', '$0.01');
    expect(output('Break-even utilisation').textContent).toMatch(/never/);
    expect(output('Cheaper').textContent).toBe('Renting');
  });

  test('choosing the B200 moves the server price, power and rental band to its own', () => {
    render(<RentOrBuyCalculator />);
    fireEvent.change(screen.getByLabelText('Accelerator'), { target: { value: 'b200' } });
    // DGX B200 at Delta Computer, 2024-12-17: $47,409.13 per GPU (Epoch AI's price data); 1.8 × 1,000 W;
    // rent $6.00 (Hyperstack) to AWS p6-b200 $113.9328 ÷ 8 = $14.2416.
    expect(screen.getByLabelText('Price per accelerator, server included')).toHaveProperty('value', '$47,409.13');
    expect(screen.getByLabelText('Power per accelerator with its server (W)')).toHaveProperty('value', '1,800');
    expect(screen.getByLabelText('Rental price per hour')).toHaveProperty('value', '$6.00–$14.24');
    // 64 × $47,409.13 ÷ 0.81 = $3,745,906.57.
    expect(output('Upfront purchase, all in').textContent).toBe(formatUsd(3_745_906.57));
    // 64 × ($58,529.79 ÷ 4 + 1.8 kW × $184.06 × 12 + 4,383 h × 1.8 kW × 1.1 × $0.0892) = 64 × $19,382.25.
    expect(output('Owning, per year').textContent).toBe(formatUsd(1_240_464.09));
  });

  test.each(['150%', 'abc', ''])('a utilisation of %j is marked and the last result stays', (text) => {
    const { container } = render(<RentOrBuyCalculator />);
    expectMarkedInvalid(container, 'Busy share of the year', 'Owning, per year', text);
  });
});
