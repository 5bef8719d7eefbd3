// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { Calculator } from '~/components/kit/Calculator';
import { ResultCell } from '~/components/kit/ResultCell';
import { ShowMath } from '~/components/kit/ShowMath';
import { TrainingEstimator } from '~/components/TrainingEstimator';
import { llama65bExample } from '~/components/trainingExample';
import { assumptionDefaults, estimateTraining, formatBand, formatUsd } from '~/lib';

afterEach(cleanup);

const costOutput = () => screen.getByText('Compute cost').parentElement!.querySelector('output')!;

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
