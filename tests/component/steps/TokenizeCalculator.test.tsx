// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { TokenizeCalculator } from '~/components/TokenizeCalculator';
import { datasetStorage, formatBytes } from '~/lib';
import { expectMarkedInvalid, output, type } from './helpers';

afterEach(cleanup);

describe('TokenizeCalculator', () => {
  test('the Pile’s 825 GiB at its published 2.95 bytes per token is about 300B tokens; GPT-2 ids take 2 bytes each', () => {
    render(<TokenizeCalculator />);
    const expected = datasetStorage({ textBytes: 825 * 2 ** 30, bytesPerToken: 2.95, vocabularySize: 50_257, params: 7e9, checkpointsKept: 3 });
    // 825 × 2^30 = 885.8 GB ÷ 2.95 = 300.3B tokens, as Pythia's 299.9B tokens for just under one epoch say.
    expect(output('Training tokens').textContent).toBe('300B');
    // 300.3B tokens × 2 bytes = 600.6 GB.
    expect(output('Tokenized data').textContent).toBe('601 GB');
    expect(output('Tokenized data').textContent).toBe(formatBytes(expected.tokenizedBytes));
    // 7B × 14 bytes (12 of Adam state + 2 of 16-bit weights, no gradients) = 98 GB.
    expect(output('One checkpoint (to resume training)').textContent).toBe('98 GB');
    expect(output('Weights only').textContent).toBe('14 GB');
    expect(output('Total storage').textContent).toBe(formatBytes(expected.totalBytes));
  });

  test('a vocabulary above 65,536 doubles the tokenized size', () => {
    render(<TokenizeCalculator />);
    type('Vocabulary size', '128,256');
    // 300.3B tokens × 4 bytes = 1.2 TB.
    expect(output('Tokenized data').textContent).toBe('1.2 TB');
  });

  test.each(['0', 'lots', '-3'])('bytes per token %j is marked and the last result stays', (text) => {
    const { container } = render(<TokenizeCalculator />);
    expectMarkedInvalid(container, 'Bytes of text per token', 'Training tokens', text);
  });
});
