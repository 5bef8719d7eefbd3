// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { LifetimeCost } from '~/components/LifetimeCost';
import { resetAssumptions, setAcceleratorPrice } from '~/stores/assumptions';

afterEach(() => {
  cleanup();
  resetAssumptions();
  window.history.replaceState(null, '', '/');
});

const cells = (column: number) => [...document.querySelectorAll('#lifetime-cost tbody tr')].map((row) => row.children[column]!.textContent);
const type = (label: string, text: string) => fireEvent.input(screen.getByLabelText(label), { target: { value: text } });
const crossover = () => screen.getByText('Serving your own fine-tuned model pays from').parentElement!.querySelector('output')!.textContent;

describe('LifetimeCost', () => {
  test('opens on two years at a billion tokens a month, at $3.78 per H100-hour and 30% utilisation', () => {
    setAcceleratorPrice('h100-sxm', { low: 3.78, high: 3.78 });
    render(<LifetimeCost />);
    expect(cells(0)).toEqual(['Hosted API', 'Fine-tune an open model, serve it', 'Continue pre-training, serve it', 'Train your own, serve it']);
    // Up front. Fine-tune: 6 · 8e9 · 1e8 = 4.8e18 FLOP ÷ (989e12 × 0.3 = 2.967e14 FLOP/s) = 16,178 s
    // = 4.494 h × $3.78 = $16.99. Continued pre-training on 10B tokens: 100 × that = $1,699.
    // From scratch: Llama 3 8B's 1.3M H100-hours × $3.78 = $4,914,000.
    expect(cells(1)).toEqual(['$0', '$16.99', '$1.7k', '$4.91M']);
    // Post-training, for the two paths that start from a base model. SFT: 6 · 8e9 · (27,540 × 4,096
    // × 2 = 225,607,680) tokens = 1.0829e19 FLOP ÷ 2.967e14 FLOP/s = 10.139 h × $3.78 = $38.32;
    // preferences: Llama 2-Chat's 1,418,091 comparisons × $0.30 = $425,427.30; together $425,465.62.
    expect(cells(2)).toEqual(['$0', '$0', '$425k', '$425k']);
    // A month. The API: 1e9 tokens, 80% prompt at $0.10 and 20% generated at $0.32 per million = $144.
    // Own model: one H100 (it serves more than 1B tokens a month) × $3.78 × 730.5 h = $2,761.29.
    expect(cells(3)).toEqual(['$144', '$2.76k', '$2.76k', '$2.76k']);
    // Over 24 months: $3,456; $66,288; $67,970 + $425,465.62 = $493,436; $4,980,271 + $425,465.62 = $5,405,737.
    expect(cells(4)).toEqual(['$3.46k', '$66.3k', '$493k', '$5.41M']);
  });

  test('typing a volume or a horizon recomputes the table and the chart’s description', () => {
    render(<LifetimeCost />);
    type('Tokens a month, prompt and generated', '10B');
    // 1e10 × $1.44e-7 × 24 = $34,560.
    expect(cells(4)[0]).toBe('$34.6k');
    type('Months in use', '12');
    expect(cells(4)[0]).toBe('$17.3k');
    expect(document.querySelector('#lifetime-cost desc')!.textContent).toMatch(/^At 10 billion tokens a month over 12 months: Hosted API: \$17.3k;/);
  });

  test('the crossover moves with the H100 price: it pays from the rent over the API price per token', () => {
    setAcceleratorPrice('h100-sxm', { low: 2, high: 2 });
    render(<LifetimeCost />);
    // At $2/h a replica costs $1,461 a month; plus the fine-tune's $8.99 over 24 months ($0.37 a month),
    // $1,461.37 ÷ $1.44e-7 per token = 10.148 billion tokens a month, within one replica's capacity.
    expect(crossover()).toBe('10.1 billion tokens a month');
  });

  test('an invalid volume is marked at the field, the last table stays, and nothing reads NaN', () => {
    const { container } = render(<LifetimeCost />);
    const before = cells(4);
    type('Tokens a month, prompt and generated', 'lots');
    expect(screen.getByLabelText('Tokens a month, prompt and generated').getAttribute('aria-invalid')).toBe('true');
    expect(cells(4)).toEqual(before);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  test('the link carries the reader’s volume and chosen API', async () => {
    render(<LifetimeCost />);
    type('Tokens a month, prompt and generated', '50B');
    fireEvent.change(screen.getByLabelText('Hosted API to compare'), { target: { value: '3' } });
    await waitFor(() => expect(window.location.search).toContain('life.volume=50B'));
    expect(window.location.search).toContain('life.api=3');
  });
});
