// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { InferenceCalculator } from '~/components/InferenceCalculator';
import { isolateCalculators } from '../isolateCalculators';
import { expectMarkedInvalid, output, type } from './helpers';

isolateCalculators();

const choose = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('InferenceCalculator', () => {
  test('opens on Llama 3.3 70B in BF16 on 4 H100s, 64 requests of 2,000 + 500 tokens', () => {
    render(<InferenceCalculator />);
    // Memory: 4 × 80 GB × 0.9 − 141.1 GB of weights = 146.9 GB ÷ 819.2 MB per request = 179 requests.
    expect(output('Requests in memory').textContent).toBe('64');
    expect(screen.getByText(/room for 179; each holds 819 MB/)).toBeTruthy();
    // A step reads 139.0 GB of weights + 64 × 2,250 × 327,680 B of cache at 4 × 3.35 TB/s: 13.89 ms.
    expect(output('Time per generated token').textContent).toBe('13.9 ms');
    // Prices are the default H100 band, Hyperstack $3.20 to AWS p5 $55.04 ÷ 8 = $6.88, so costs are bands.
    expect(screen.getByLabelText('Price per accelerator-hour')).toHaveProperty('value', '$3.20–$6.88');
    // Output: 4 × $3.20 / 3600 s × 0.013895 s / 64 tokens × 1e6 = $0.772; at $6.88, $1.66.
    expect(output('Cost per million output tokens').textContent).toBe('$0.772–$1.66');
    // Input: prefill 2.833e14 FLOPs / (4 × 989e12 × 30%) = 0.2387 s per 2,000 tokens:
    // 4 × $3.20 / 3600 × 0.2387 / 2,000 × 1e6 = $0.424 per million; at $6.88, $0.912.
    expect(output('Cost per million input tokens').textContent).toBe('$0.424–$0.912');
    // One replica: 4 × 730.5 h × $3.20 = $9,350.40; × $6.88 = $20,103.36.
    expect(output('Cost per month').textContent).toBe('$9.35k–$20.1k');
  });

  test('a batch larger than memory holds is capped, and says so', () => {
    render(<InferenceCalculator />);
    type('Requests decoded together', '1000');
    expect(output('Requests in memory').textContent).toBe('179');
    expect(screen.getByText(/capped: the cache holds 179 requests of 2,500 tokens/)).toBeTruthy();
  });

  test('one accelerator cannot hold the weights: the result says so instead of a number', () => {
    render(<InferenceCalculator />);
    type('Accelerators per replica', '1');
    expect(output('Does it fit?').textContent).toBe('No');
    expect(screen.getByText(/the weights take 141 GB of the 72 GB usable/)).toBeTruthy();
  });

  test('4-bit weights leave room for more requests', () => {
    render(<InferenceCalculator />);
    choose('Weights in', 'int4');
    type('Requests decoded together', '10000');
    // 288 GB − 35.3 GB = 252.7 GB ÷ 819.2 MB = 308 requests.
    expect(output('Requests in memory').textContent).toBe('308');
  });

  test('one typed price gives one cost', () => {
    render(<InferenceCalculator />);
    type('Price per accelerator-hour', '$3.78');
    // 4 × $3.78 / 3600 s × 0.013895 s / 64 tokens × 1e6 = $0.912; 4 × 730.5 h × $3.78 = $11,045.16.
    expect(output('Cost per million output tokens').textContent).toBe('$0.912');
    expect(output('Cost per month').textContent).toBe('$11k');
  });

  test.each(['0', '2.5', 'many'])('a batch of %j is marked and the last result stays', (text) => {
    const { container } = render(<InferenceCalculator />);
    expectMarkedInvalid(container, 'Requests decoded together', 'Cost per million output tokens', text);
  });
});
