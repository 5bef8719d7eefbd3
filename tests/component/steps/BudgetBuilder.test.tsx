// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { BudgetBuilder } from '~/components/BudgetBuilder';
import { assumptionDefaults, formatUsd, hoursPerMonth, projectBudget, rentalCostUsd } from '~/lib';
import { expectMarkedInvalid, output, type } from './helpers';

afterEach(cleanup);

const lineUsd = (container: Element) =>
  [...container.querySelectorAll<HTMLElement>('.tot-budget-line')].map((li) => Number(li.dataset.usd));

describe('BudgetBuilder', () => {
  test('seed 002’s small project: 64 A100s for a month at $1.67/h is about $78k of compute', () => {
    const { container } = render(<BudgetBuilder />);
    const compute = container.querySelector<HTMLElement>('[data-line="compute"]')!;
    expect(Number(compute.dataset.usd)).toBeCloseTo(rentalCostUsd({ accelerators: 64, hours: hoursPerMonth, pricePerHourUsd: 1.67 }), 6);
    const expected = projectBudget({
      computeUsd: 64 * hoursPerMonth * 1.67, experimentsMultiplier: 1, discountFraction: 0,
      dataAcquisitionUsd: 100e3, dataPreparationUsd: 50e3, storageUsd: 0, networkingUsd: 50e3, evaluationUsd: 0, energyUsd: 0,
      staff: { people: 3, costPerPersonYearUsd: assumptionDefaults.staffCostPerPersonYearUsd, months: 6 },
    });
    expect(output('Total budget').textContent).toBe(formatUsd(expected.totalUsd));
    // By hand: 64 × 730.5 h (a month of 365.25 days) × $1.67 (Liang 2024, the A100 40GB default) =
    // $78,075.84; staff 3 people × $300,000 a person-year × 6/12 = $450,000; with $100k of data,
    // $50k of preparation and $50k of networking the total is $728,075.84.
    expect(Number(compute.dataset.usd)).toBeCloseTo(78_075.84, 6);
    expect(output('Total budget').textContent).toBe('$728k');
  });

  test('the total is the sum of the lines, after any edit', () => {
    const { container } = render(<BudgetBuilder />);
    const edits: [string, string][] = [['Experiments multiplier', '3'], ['Discount on compute', '60%'], ['Team size (people)', '12'], ['Energy (owned hardware)', '$20k']];
    for (const [label, text] of edits) {
      type(label, text);
      const list = container.querySelector<HTMLElement>('.tot-budget-lines')!;
      const sum = lineUsd(container).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(Number(list.dataset.totalUsd), 6);
      expect(output('Total budget').textContent).toBe(formatUsd(Number(list.dataset.totalUsd)));
    }
  });

  test('a 50% discount halves the compute line only', () => {
    const { container } = render(<BudgetBuilder />);
    const before = lineUsd(container);
    type('Discount on compute', '50%');
    const after = lineUsd(container);
    expect(after[0]).toBeCloseTo(before[0]! / 2, 6);
    expect(after.slice(1)).toEqual(before.slice(1));
  });

  test.each(['0.5', 'x', ''])('an experiments multiplier of %j is marked and the last result stays', (text) => {
    const { container } = render(<BudgetBuilder />);
    expectMarkedInvalid(container, 'Experiments multiplier', 'Total budget', text);
  });
});
