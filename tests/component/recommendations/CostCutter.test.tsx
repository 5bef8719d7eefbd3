// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { CostCutter } from '~/components/CostCutter';
import { llama65bExample as example, runningExample } from '~/components/trainingExample';
import { estimateTraining, formatUsd, parseQuantity } from '~/lib';

afterEach(cleanup);

const output = (label: string) => screen.getByText(label, { selector: '.tot-result-label' }).parentElement!.querySelector('output')!.textContent;
const type = (label: string, text: string) => fireEvent.input(screen.getByLabelText(label), { target: { value: text } });
const baseline = estimateTraining({ ...example, pricePerHour: example.pricePerHourUsd }).costUsd;

describe('CostCutter', () => {
  test('opens on the running example, Phi-4, with a 50% discount: $3.66M becomes $1.83M', () => {
    // By hand: 1,920 H100s × 21 days × 24 h = 967,680 h (Phi-4 model card) × $3.78 (default H100
    // price) = $3,657,830; the 50% committed-use discount leaves $1,828,915.
    render(<CostCutter example={runningExample} />);
    expect(output('Before')).toBe('$3.66M');
    expect(output('After')).toBe('$1.83M');
    expect(output('Saving')).toBe('50%');
  });

  test('opens on LLaMA 65B with seed 001’s 50% discount: ≈ $4M becomes ≈ $2M', () => {
    render(<CostCutter example={example} />);
    expect(output('Before')).toBe(formatUsd(baseline));
    expect(output('After')).toBe(formatUsd(baseline / 2));
    expect(output('Saving')).toBe('50%');
  });

  test('an 80% discount: seed 001’s $0.8M end', () => {
    render(<CostCutter example={example} />);
    type('Committed-use discount', '80%');
    const after = parseQuantity(output('After') ?? '', { kind: 'usd' });
    expect(after.ok && Math.abs(after.value / (baseline * 0.2) - 1)).toBeLessThan(0.002); // three significant digits
  });

  test('a DistilBERT-sized cut (60% of the parameters) with no discount saves 40%', () => {
    render(<CostCutter example={example} />);
    type('Committed-use discount', '0%');
    type('Model size kept', '60%');
    expect(output('Saving')).toBe('40%');
  });

  test('spot with more preemption overhead than discount shows the lever adding cost', () => {
    const { container } = render(<CostCutter example={example} />);
    type('Share of work on spot', '100%');
    type('Spot discount', '5%');
    type('Extra spot hours lost to preemption', '50%');
    expect(container.querySelector('tr[data-lever="spot"] td')!.textContent).toMatch(/^adds \$/);
  });

  test('a discount above 100% is marked at the field, never NaN', () => {
    const { container } = render(<CostCutter example={example} />);
    type('Committed-use discount', '120%');
    expect(screen.getByLabelText('Committed-use discount').getAttribute('aria-invalid')).toBe('true');
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
