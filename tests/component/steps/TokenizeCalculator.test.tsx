// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { TokenizeCalculator } from '~/components/TokenizeCalculator';
import { datasetStorage, formatBytes } from '~/lib';
import { expectMarkedInvalid, output, type } from './helpers';

afterEach(cleanup);

describe('TokenizeCalculator', () => {
  test('800 GB of English text at 4 bytes per token is 200B tokens; GPT-2 ids take 2 bytes each', () => {
    render(<TokenizeCalculator />);
    expect(output('Training tokens').textContent).toBe('200B');
    expect(output('Tokenized data').textContent).toBe('400 GB');
    expect(output('One checkpoint (training state)').textContent).toBe('112 GB');
    expect(output('Weights only').textContent).toBe('14 GB');
    const expected = datasetStorage({ textBytes: 800e9, bytesPerToken: 4, vocabularySize: 50_257, params: 7e9, checkpointsKept: 3 });
    expect(output('Total storage').textContent).toBe(formatBytes(expected.totalBytes));
  });

  test('a vocabulary above 65,536 doubles the tokenized size', () => {
    render(<TokenizeCalculator />);
    type('Vocabulary size', '128,256');
    expect(output('Tokenized data').textContent).toBe('800 GB');
  });

  test.each(['0', 'lots', '-3'])('bytes per token %j is marked and the last result stays', (text) => {
    const { container } = render(<TokenizeCalculator />);
    expectMarkedInvalid(container, 'Bytes of text per token', 'Training tokens', text);
  });
});
