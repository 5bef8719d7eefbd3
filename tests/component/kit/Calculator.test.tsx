// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Calculator } from '~/components/kit/Calculator';
import { ResultCell } from '~/components/kit/ResultCell';
import { ShowMath } from '~/components/kit/ShowMath';
import { changeFlashMs } from '~/components/kit/useChangeFlash';
import { TrainingEstimator } from '~/components/TrainingEstimator';
import { llama65bExample } from '~/components/trainingExample';
import { assumptionDefaults, estimateTraining, formatBand, formatUsd } from '~/lib';

afterEach(cleanup);

const costOutput = () => screen.getByText('Compute cost', { selector: '.tot-result-label' }).parentElement!.querySelector('output')!;

describe('Calculator frame', () => {
  test('is a region named by its title, with results in a polite live region', () => {
    render(<Calculator id="demo" title="Demo calculator" stale={false} inputs={<input aria-label="x" />} results={<span>42</span>} />);
    const region = screen.getByRole('region', { name: 'Demo calculator' });
    expect(region.id).toBe('demo');
    expect(region.querySelector('.tot-results')!.getAttribute('aria-live')).toBe('polite');
  });

  test('while stale, says the results are the last valid ones and marks them', () => {
    const { container } = render(<Calculator id="demo" title="Demo" stale inputs={null} results={<span>42</span>} />);
    expect(screen.getByText(/Showing the last valid result/)).toBeTruthy();
    expect(container.querySelector('.tot-results')!.getAttribute('data-stale')).toBe('true');
  });
});

describe('ResultCell', () => {
  test('is an <output> tied to the inputs it is computed from, with its unit in the text', () => {
    render(<ResultCell inputs={['a-params', 'a-tokens']} label="Compute cost" value="$4.02M" detail="1.02 million accelerator-hours" />);
    expect(costOutput().getAttribute('for')).toBe('a-params a-tokens');
    expect(costOutput().textContent).toBe('$4.02M');
    expect(screen.getByText('1.02 million accelerator-hours')).toBeTruthy();
  });
});

describe('ShowMath', () => {
  test('is a closed disclosure listing each step with the reader’s numbers and the source link', () => {
    const { container } = render(<ShowMath steps={['FLOPs = 6 × 65.2B × 1.4T = 5.48e23 FLOP']} source="Kaplan et al. 2020, §2.1" href="https://arxiv.org/abs/2001.08361" />);
    const details = container.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('Show the math');
    expect(details.querySelector('li')!.textContent).toBe('FLOPs = 6 × 65.2B × 1.4T = 5.48e23 FLOP');
    expect(screen.getByRole('link', { name: 'Kaplan et al. 2020, §2.1' }).getAttribute('href')).toBe('https://arxiv.org/abs/2001.08361');
  });
});

describe('bands where the inputs are uncertain', () => {
  const costAt = (mfu: number) => formatUsd(estimateTraining({ ...llama65bExample, mfu, pricePerHour: llama65bExample.pricePerHourUsd }).costUsd);

  test('a utilisation typed as a range gives a low–high cost: the high MFU gives the low cost', () => {
    render(<TrainingEstimator example={llama65bExample} price="example" />);
    fireEvent.input(screen.getByLabelText('Utilisation (MFU)'), { target: { value: '30–50%' } });
    expect(costOutput().textContent).toBe(`${costAt(0.5)}–${costAt(0.3)}`);
  });

  test('an estimator that starts from the shared utilisation opens on a band, and says it used it', () => {
    const { container } = render(<TrainingEstimator example={llama65bExample} utilisation="shared" price="example" />);
    const { low, high } = assumptionDefaults.mfu;
    expect(screen.getByLabelText('Utilisation (MFU)')).toHaveProperty('value', formatBand(assumptionDefaults.mfu, 'fraction'));
    expect(costOutput().textContent).toBe(`${costAt(high)}–${costAt(low)}`);
    expect(container.querySelector('.tot-assumptions-line')!.textContent).toContain(`utilisation ${formatBand(assumptionDefaults.mfu, 'fraction')}`);
  });
});

describe('the summary bar', () => {
  const summaryItems = (container: Element) =>
    [...container.querySelectorAll<HTMLElement>('.tot-summary-item')].map((item) => [item.dataset.label, item.dataset.value]);

  test('repeats the results marked headline, in order, through fragments and wrappers', () => {
    const { container } = render(
      <Calculator id="demo" title="Demo" stale={false} inputs={null}
        results={
          <>
            <ResultCell inputs={[]} label="Compute" value="5.48e23 FLOP" />
            <div class="wrapper">
              <ResultCell headline inputs={[]} label="Wall-clock time" value="20.8 days" />
            </div>
            <ResultCell headline inputs={[]} label="Compute cost" value="$4.02M" />
          </>
        } />,
    );
    expect(summaryItems(container)).toEqual([['Wall-clock time', '20.8 days'], ['Compute cost', '$4.02M']]);
    const summary = container.querySelector('.tot-summary')!;
    // A repeat of the live results: hidden from screen readers, its text drawn by CSS, not in the document.
    expect(summary.getAttribute('aria-hidden')).toBe('true');
    expect(summary.textContent).toBe('');
    expect(summary.compareDocumentPosition(container.querySelector('form')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test('is left out when no result is a headline, and struck through while stale', () => {
    const none = render(<Calculator id="a" title="A" stale={false} inputs={null} results={<ResultCell inputs={[]} label="x" value="1" />} />);
    expect(none.container.querySelector('.tot-summary')).toBeNull();
    const stale = render(<Calculator id="b" title="B" stale inputs={null} results={<ResultCell headline inputs={[]} label="x" value="1" />} />);
    expect(stale.container.querySelector('.tot-summary')!.getAttribute('data-stale')).toBe('true');
  });

  test('shows the estimator’s cost and time, and follows an edit', () => {
    const { container } = render(<TrainingEstimator example={llama65bExample} />);
    const cost = () => summaryItems(container).find(([label]) => label === 'Compute cost')?.[1];
    expect(cost()).toBe(costOutput().textContent);
    fireEvent.input(screen.getByLabelText('Parameters (active per token)'), { target: { value: '7B' } });
    expect(cost()).toBe(costOutput().textContent);
    expect(summaryItems(container).map(([label]) => label)).toEqual(['Wall-clock time', 'Compute cost']);
  });
});

describe('a changed result is highlighted briefly', () => {
  afterEach(() => vi.useRealTimers());

  test('not on first render; after a change for 1.2 s, alternating so a second change restarts it', () => {
    vi.useFakeTimers();
    const { rerender } = render(<ResultCell inputs={[]} label="Compute cost" value="$4.02M" />);
    expect(costOutput().hasAttribute('data-changed')).toBe(false);
    rerender(<ResultCell inputs={[]} label="Compute cost" value="$3.80M" />);
    expect(costOutput().getAttribute('data-changed')).toBe('a');
    act(() => void vi.advanceTimersByTime(changeFlashMs / 2));
    rerender(<ResultCell inputs={[]} label="Compute cost" value="$3.50M" />);
    expect(costOutput().getAttribute('data-changed')).toBe('b');
    act(() => void vi.advanceTimersByTime(changeFlashMs - 1));
    expect(costOutput().getAttribute('data-changed')).toBe('b');
    act(() => void vi.advanceTimersByTime(1));
    expect(costOutput().hasAttribute('data-changed')).toBe(false);
    // The same value again is no change.
    rerender(<ResultCell inputs={[]} label="Compute cost" value="$3.50M" />);
    expect(costOutput().hasAttribute('data-changed')).toBe(false);
  });
});

describe('units people write, in the estimator', () => {
  test.each([
    // "$2.5" or "$2.50": how cents print is the formatter's business, not the parser's.
    ['Price per accelerator-hour', '$2.50/h', /^\$2\.50? per accelerator-hour/],
    ['Price per accelerator-hour', '$2.50 per hour', /^\$2\.50? per accelerator-hour/],
    ['Training tokens', '1.4T tokens', /^1\.4 trillion tokens/],
    ['Parameters (active per token)', '70B params', /^70 billion parameters/],
    ['Accelerators', '2,048 GPUs', /^2,048 accelerators/],
  ])('%s takes %j', (label, typed, reading) => {
    render(<TrainingEstimator example={llama65bExample} />);
    const field = screen.getByLabelText(label);
    fireEvent.input(field, { target: { value: typed } });
    expect(field.getAttribute('aria-invalid')).toBe('false');
    expect(document.getElementById(`${field.id}-message`)!.textContent).toMatch(reading);
  });

  test('a limit message names the limit and what it counts', () => {
    render(<TrainingEstimator example={llama65bExample} />);
    const field = screen.getByLabelText('Parameters (active per token)');
    fireEvent.input(field, { target: { value: '200T' } });
    expect(document.getElementById(`${field.id}-message`)!.textContent).toBe('Must be at most 100T parameters');
  });
});
