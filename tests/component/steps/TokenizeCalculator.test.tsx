// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { TokenizeCalculator } from '~/components/TokenizeCalculator';
import { datasetStorage, formatBytes } from '~/lib';
import { expectMarkedInvalid, output, type } from './helpers';

afterEach(cleanup);

describe('TokenizeCalculator', () => {
  test('the Pile’s 825 GiB of English at 4 bytes per token is about 221B tokens; GPT-2 ids take 2 bytes each', () => {
    render(<TokenizeCalculator />);
    const expected = datasetStorage({ textBytes: 825 * 2 ** 30, bytesPerToken: 4, vocabularySize: 50_257, params: 7e9, checkpointsKept: 3 });
    expect(output('Training tokens').textContent).toBe('221B');
    expect(output('Tokenized data').textContent).toBe(formatBytes(expected.tokenizedBytes));
    expect(output('One checkpoint (training state)').textContent).toBe('112 GB');
    expect(output('Weights only').textContent).toBe('14 GB');
    expect(output('Total storage').textContent).toBe(formatBytes(expected.totalBytes));
  });

  test('a vocabulary above 65,536 doubles the tokenized size', () => {
    render(<TokenizeCalculator />);
    type('Vocabulary size', '128,256');
    expect(output('Tokenized data').textContent).toBe('886 GB');
  });

  test.each(['0', 'lots', '-3'])('bytes per token %j is marked and the last result stays', (text) => {
    const { container } = render(<TokenizeCalculator />);
    expectMarkedInvalid(container, 'Bytes of text per token', 'Training tokens', text);
  });
});
