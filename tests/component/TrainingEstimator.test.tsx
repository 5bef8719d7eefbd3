// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { TrainingEstimator } from '~/components/TrainingEstimator';
import { llama65bExample } from '~/components/trainingExample';
import { estimateTraining, formatUsd } from '~/lib';

afterEach(cleanup);

const costOutput = () => screen.getByText('Compute cost').parentElement!.querySelector('output')!;
const type = (label: string, text: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value: text } });

describe('TrainingEstimator', () => {
  test('opens on the LLaMA 65B worked example', () => {
    render(<TrainingEstimator example={llama65bExample} />);
    const expected = estimateTraining({ ...llama65bExample, pricePerHour: llama65bExample.pricePerHourUsd });
    expect(costOutput().textContent).toBe(formatUsd(expected.costUsd));
    expect(screen.getByLabelText('Accelerators')).toHaveProperty('value', '2048');
  });

  test('typing a model size in the shorthand people use recomputes the cost', () => {
    render(<TrainingEstimator example={llama65bExample} />);
    const before = costOutput().textContent;
    type('Parameters (active per token)', '7B');
    const expected = estimateTraining({ ...llama65bExample, params: 7e9, pricePerHour: llama65bExample.pricePerHourUsd });
    expect(costOutput().textContent).toBe(formatUsd(expected.costUsd));
    expect(costOutput().textContent).not.toBe(before);
    expect(screen.getByText(/7 billion parameters/)).toBeTruthy();
  });

  test('doubling the accelerators keeps the cost and halves nothing but the wall-clock', () => {
    render(<TrainingEstimator example={llama65bExample} />);
    const cost = costOutput().textContent;
    type('Accelerators', '4096');
    expect(costOutput().textContent).toBe(cost);
  });

  test.each(['abc', '-5', '', 'NaN', '1e400'])(
    'invalid input %j is marked at the field and the last valid result stays, without NaN',
    (text) => {
      const { container } = render(<TrainingEstimator example={llama65bExample} />);
      const cost = costOutput().textContent;
      type('Training tokens', text);
      const input = screen.getByLabelText('Training tokens');
      expect(input.getAttribute('aria-invalid')).toBe('true');
      const message = document.getElementById(input.getAttribute('aria-describedby')!);
      expect(message?.textContent?.length).toBeGreaterThan(5);
      expect(costOutput().textContent).toBe(cost);
      expect(container.querySelector('[data-stale]')).not.toBeNull();
      expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
    },
  );

  test('fixing an invalid field clears the stale mark and recomputes', () => {
    const { container } = render(<TrainingEstimator example={llama65bExample} />);
    type('Utilisation (MFU)', 'lots');
    expect(container.querySelector('[data-stale]')).not.toBeNull();
    type('Utilisation (MFU)', '25%');
    expect(container.querySelector('[data-stale]')).toBeNull();
    expect(screen.getByLabelText('Utilisation (MFU)').getAttribute('aria-invalid')).toBe('false');
  });
});
