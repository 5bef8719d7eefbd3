// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { BudgetBuilder } from '~/components/BudgetBuilder';
import { formatBand } from '~/lib';
import { expectMarkedInvalid, output, type } from './helpers';

afterEach(cleanup);
// An edit schedules a URL write 250 ms later; let it run before the DOM environment is torn down.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 300)));

const lines = (container: Element, end: 'low' | 'high') =>
  [...container.querySelectorAll<HTMLElement>('.tot-budget-line')].map((li) => Number(end === 'low' ? li.dataset.usdLow : li.dataset.usdHigh));
const lineOf = (container: Element, id: string) => container.querySelector<HTMLElement>(`[data-line="${id}"]`)!;

/*
 * The opening budget, by hand: 64 H100s for a month (8,766 h ÷ 12 = 730.5 h) at $3.20–$6.88
 * (Hyperstack to AWS), times an experiments multiplier of 2–10 (Epoch AI: the final run is 10–50%
 * of R&D compute): compute $299,212.80–$3,216,537.60. Then $100k data, $50k preparation,
 * 3 people × $224k × 6/12 = $336k (a person-year: $160,000 median base × 1.4 overhead, Epoch AI's
 * development-cost notebook), 44 TB × 1,000 GB × $0.06 × 6 months = $15,840 of storage, $50k
 * networking, one person-month = $224,000 ÷ 12 = $18,666.67 of evaluation, no energy:
 * $570,506.67 besides compute and post-training. Post-training: an instruction-tuning pass of an
 * 8B model on Llama 2-Chat's SFT data (27,540 × 4,096 tokens × 2 epochs = 225,607,680 tokens;
 * 6 × 8e9 × that = 1.0829e19 FLOP ÷ (989e12 FLOP/s × 30% × 3,600) = 10.14 h, shown as 10.1 h) at
 * the run's price, plus 10,000 comparisons × $0.30 (AlpacaFarm's crowd price, 2023) = $3,000:
 * 10.1 × $3.20 + $3,000 = $3,032.32 to 10.1 × $6.88 + $3,000 = $3,069.49.
 */
describe('BudgetBuilder', () => {
  test('opens on 64 H100s for a month, 2–10 × for experiments: $872,752–$3,790,114 in all', () => {
    const { container } = render(<BudgetBuilder />);
    expect(Number(lineOf(container, 'postTraining').dataset.usdLow)).toBeCloseTo(3_032.32, 6);
    expect(Number(lineOf(container, 'postTraining').dataset.usdHigh)).toBeCloseTo(3_069.488, 6);
    expect(Number(lineOf(container, 'compute').dataset.usdLow)).toBeCloseTo(299_212.8, 6);
    expect(Number(lineOf(container, 'compute').dataset.usdHigh)).toBeCloseTo(3_216_537.6, 6);
    expect(Number(lineOf(container, 'storage').dataset.usdLow)).toBe(15_840);
    expect(Number(lineOf(container, 'evaluation').dataset.usdLow)).toBeCloseTo(18_666.67, 2);
    expect(Number(lineOf(container, 'staff').dataset.usdLow)).toBe(336_000);
    // $299,212.80 + $570,506.67 + $3,032.32 and $3,216,537.60 + $570,506.67 + $3,069.49.
    expect(output('Total budget').textContent).toBe(formatBand({ low: 872_751.79, high: 3_790_113.76 }, 'usd'));
  });

  test('storage follows the project’s length: twelve months keep the corpus twice as long', () => {
    const { container } = render(<BudgetBuilder />);
    type('Project length (months)', '12');
    // 44,000 GB × $0.06 × 12 = $31,680.
    expect(Number(lineOf(container, 'storage').dataset.usdLow)).toBe(31_680);
  });

  test('evaluation follows the cost of a person-year: $240k a year makes the person-month $20k', () => {
    const { container } = render(<BudgetBuilder />);
    type('Cost per person-year', '$240k');
    expect(Number(lineOf(container, 'evaluation').dataset.usdLow)).toBe(20_000);
  });

  test('a length or salary the field rejects leaves storage and evaluation on their defaults, without throwing', () => {
    const { container } = render(<BudgetBuilder />);
    expectMarkedInvalid(container, 'Project length (months)', 'Total budget', '-1');
    expectMarkedInvalid(container, 'Cost per person-year', 'Total budget', '-1');
    expect(Number(lineOf(container, 'storage').dataset.usdLow)).toBe(15_840);
    expect(Number(lineOf(container, 'evaluation').dataset.usdLow)).toBeCloseTo(18_666.67, 2);
  });

  test('one price and a multiplier of 1 give one budget', () => {
    render(<BudgetBuilder />);
    type('Price per accelerator-hour', '$2');
    type('Experiments multiplier', '1');
    // 64 × 730.5 h × $2 = $93,504, plus $570,506.67 and 10.1 h × $2 + $3,000 = $3,020.20 of post-training.
    expect(output('Total budget').textContent).toBe(formatBand({ low: 667_030.87, high: 667_030.87 }, 'usd'));
  });

  test('post-training follows its fields: Llama 2-Chat’s 1,418,091 comparisons at $0.30 are $425,427.30 of preferences', () => {
    const { container } = render(<BudgetBuilder />);
    type('Price per accelerator-hour', '$2');
    type('Human preference comparisons', '1,418,091');
    // 10.1 h × $2 = $20.20 of instruction tuning + $425,427.30.
    expect(Number(lineOf(container, 'postTraining').dataset.usdLow)).toBeCloseTo(425_447.5, 6);
    type('Instruction tuning (accelerator-hours)', '100 h');
    type('Price per comparison', '$1');
    // 100 h × $2 + 1,418,091 × $1.
    expect(Number(lineOf(container, 'postTraining').dataset.usdLow)).toBeCloseTo(1_418_291, 6);
  });

  test.each([['Human preference comparisons', '-5'], ['Price per comparison', 'cheap'], ['Instruction tuning (accelerator-hours)', '']])(
    'a rejected %s (%j) is marked and the last result stays',
    (label, text) => {
      const { container } = render(<BudgetBuilder />);
      expectMarkedInvalid(container, label, 'Total budget', text);
    },
  );

  test('each end’s total is the sum of its lines, after any edit', () => {
    const { container } = render(<BudgetBuilder />);
    const edits: [string, string][] = [['Experiments multiplier', '3'], ['Discount on compute', '60%'], ['Team size (people)', '12'], ['Energy (owned hardware)', '$20k']];
    for (const [label, text] of edits) {
      type(label, text);
      const list = container.querySelector<HTMLElement>('.tot-budget-lines')!;
      for (const end of ['low', 'high'] as const) {
        const sum = lines(container, end).reduce((a, b) => a + b, 0);
        expect(sum).toBeCloseTo(Number(end === 'low' ? list.dataset.totalUsdLow : list.dataset.totalUsdHigh), 6);
      }
    }
  });

  test('a 50% discount halves the compute line only, at both ends', () => {
    const { container } = render(<BudgetBuilder />);
    const before = { low: lines(container, 'low'), high: lines(container, 'high') };
    type('Discount on compute', '50%');
    for (const end of ['low', 'high'] as const) {
      const after = lines(container, end);
      expect(after[0]).toBeCloseTo(before[end][0]! / 2, 6);
      expect(after.slice(1)).toEqual(before[end].slice(1));
    }
  });

  test.each(['0.5', 'x', ''])('an experiments multiplier of %j is marked and the last result stays', (text) => {
    const { container } = render(<BudgetBuilder />);
    expectMarkedInvalid(container, 'Experiments multiplier', 'Total budget', text);
  });

  /*
   * The final run's training compute against the EU AI Act's 10^25 FLOP (Art. 51(2)), by hand:
   * 64 H100s × 730.5 h = 46,752 accelerator-hours × 3,600 s = 168,307,200 s × 989e12 FLOP/s (the
   * H100's dense BF16 peak, NVIDIA datasheet) = 1.664558208e23 FLOP at full peak; at the shared
   * 30–50% utilisation, 4.993674624e22–8.32279104e22 FLOP, 0.499–0.832% of 1e25. The experiments
   * multiplier (2–10×) does not enter it.
   */
  test('the final run’s compute opens at 4.99–8.32 × 10²² FLOP, 0.499–0.832% of the EU AI Act’s threshold', () => {
    const { container } = render(<BudgetBuilder />);
    const detail = container.querySelector<HTMLElement>('[data-flops-low]')!;
    expect(Number(detail.dataset.flopsLow)).toBeCloseTo(4.993674624e22, -8);
    expect(Number(detail.dataset.flopsHigh)).toBeCloseTo(8.32279104e22, -8);
    expect(output('Final run’s training compute').textContent).toBe('4.99–8.32 × 10²² FLOP');
    expect(detail.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'At 30–50% utilisation; 0.499–0.832% of the 1 × 10²⁵ FLOP above which the EU AI Act presumes systemic risk. The final run only: the Act counts the computation used to train the model (what the Act asks).',
    );
    expect(detail.querySelector('a')!.getAttribute('href')).toBe('/recommendations/build-or-fine-tune/#the-eu-ai-act-if-you-train-a-general-purpose-model');
    type('Experiments multiplier', '1');
    expect(Number(detail.dataset.flopsLow)).toBeCloseTo(4.993674624e22, -8);
  });

  test('4,096 H100s for 3 months straddle the threshold; 8,192 are above it at both ends', () => {
    const { container } = render(<BudgetBuilder />);
    const detail = () => container.querySelector<HTMLElement>('[data-flops-low]')!.textContent!.replace(/\s+/g, ' ');
    type('Training time (wall-clock)', '3 months');
    type('Accelerators', '4,096');
    // 4,096 × 2,191.5 h × 3,600 s × 989e12 = 3.19595175936e25; × 30% = 9.59e24 (95.9%), × 50% = 1.6e25 (160%).
    expect(output('Final run’s training compute').textContent).toBe('9.59 × 10²⁴–1.6 × 10²⁵ FLOP');
    expect(detail()).toContain('95.9–160% of the 1 × 10²⁵ FLOP above which the EU AI Act presumes systemic risk: the high end is above it.');
    type('Accelerators', '8,192');
    // Twice that: 1.92–3.2 × 10²⁵ FLOP, 192–320%.
    expect(output('Final run’s training compute').textContent).toBe('1.92–3.2 × 10²⁵ FLOP');
    expect(detail()).toContain('192–320% of the 1 × 10²⁵ FLOP above which the EU AI Act presumes systemic risk: above it.');
  });
});
