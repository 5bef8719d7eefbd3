// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { CostCutter } from '~/components/CostCutter';
import { llama65bExample as example, runningExample } from '~/components/trainingExample';

afterEach(cleanup);

const output = (label: string) => screen.getByText(label, { selector: '.tot-result-label' }).parentElement!.querySelector('output')!.textContent;
const type = (label: string, text: string) => fireEvent.input(screen.getByLabelText(label), { target: { value: text } });

describe('CostCutter', () => {
  test('opens on the running example, Phi-4, with a 50% discount: $3.1M–$6.66M becomes $1.55M–$3.33M', () => {
    // By hand: 1,920 H100s × 21 days × 24 h = 967,680 h (Phi-4 model card) at the default H100 band,
    // Hyperstack $3.20 to AWS p5 $55.04 ÷ 8 = $6.88: $3,096,576–$6,657,638.40; the 50% committed-use
    // discount leaves $1,548,288–$3,328,819.20.
    render(<CostCutter example={runningExample} />);
    expect(screen.getByLabelText('On-demand price per hour')).toHaveProperty('value', '$3.20–$6.88');
    expect(output('Before')).toBe('$3.1M–$6.66M');
    expect(output('After')).toBe('$1.55M–$3.33M');
    expect(output('Saving')).toBe('50%');
  });

  test('one typed price gives one cost: $3.78 an hour, $3.66M becomes $1.83M', () => {
    // 967,680 h × $3.78 = $3,657,830.40; half of it is $1,828,915.20.
    render(<CostCutter example={runningExample} />);
    type('On-demand price per hour', '$3.78');
    expect(output('Before')).toBe('$3.66M');
    expect(output('After')).toBe('$1.83M');
  });

  test('an 80% discount, Ruiz’s top end: a fifth of the band remains, $619k–$1.33M', () => {
    // 0.2 × $3,096,576 = $619,315.20; 0.2 × $6,657,638.40 = $1,331,527.68.
    render(<CostCutter example={runningExample} />);
    type('Committed-use discount', '80%');
    expect(output('After')).toBe('$619k–$1.33M');
    expect(output('Saving')).toBe('80%');
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
