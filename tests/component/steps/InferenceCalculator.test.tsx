// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { InferenceCalculator } from '~/components/InferenceCalculator';
import { assumptionDefaults, estimateInference, formatUsd } from '~/lib';
import { llama65bExample } from '~/components/trainingExample';
import { expectMarkedInvalid, output, type } from './helpers';

afterEach(cleanup);

const example = {
  params: 65.2e9,
  bytesPerParam: 2,
  accelerator: 'a100-80gb' as const,
  batchSize: 1,
  mfu: assumptionDefaults.mfu.low,
  // The hyperscaler end of the A100 80GB band (AWS p4de, $27.44705 ÷ 8) as the field shows it, to the cent.
  pricePerHour: 3.43,
  tokensPerMonth: 1e9,
};

describe('InferenceCalculator', () => {
  test('opens on LLaMA 65B in BF16 at batch 1: memory-bandwidth-bound, the library’s cost per million tokens', () => {
    render(<InferenceCalculator example={llama65bExample} />);
    const expected = estimateInference(example);
    expect(expected.bound).toBe('memory-bandwidth');
    expect(output('Cost per million tokens').textContent).toBe(formatUsd(expected.costPerMillionTokensUsd));
    expect(output('Cost per month').textContent).toBe(formatUsd(expected.costPerMonthUsd));
    expect(output('Accelerators per replica').textContent).toBe('2');
  });

  test('a bigger batch serves tokens more cheaply', () => {
    render(<InferenceCalculator example={llama65bExample} />);
    type('Batch size (sequences at once)', '32');
    expect(output('Cost per million tokens').textContent).toBe(formatUsd(estimateInference({ ...example, batchSize: 32 }).costPerMillionTokensUsd));
  });

  test('4-bit weights fit on one accelerator', () => {
    render(<InferenceCalculator example={llama65bExample} />);
    fireEvent.change(screen.getByLabelText('Weight format'), { target: { value: 'int4' } });
    expect(output('Accelerators per replica').textContent).toBe('1');
  });

  test.each(['0', '2.5', 'many'])('a batch of %j is marked and the last result stays', (text) => {
    const { container } = render(<InferenceCalculator example={llama65bExample} />);
    expectMarkedInvalid(container, 'Batch size (sequences at once)', 'Cost per million tokens', text);
  });
});
