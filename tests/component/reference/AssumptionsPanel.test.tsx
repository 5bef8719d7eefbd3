// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { AssumptionsPanel } from '~/components/AssumptionsPanel';
import { TrainingEstimator } from '~/components/TrainingEstimator';
import { runningExample } from '~/components/trainingExample';
import { $assumptions, resetAssumptions } from '~/stores/assumptions';
import { isolateCalculators } from '../isolateCalculators';

isolateCalculators();
afterEach(() => resetAssumptions());

const cost = () => screen.getByText('Compute cost').parentElement!.querySelector('output')!.textContent;
const h100Price = () => screen.getByLabelText('NVIDIA H100 SXM');

describe('AssumptionsPanel: what a calculator computes follows the price typed here', () => {
  test('the H100 price field opens on the default band and names it', () => {
    render(<AssumptionsPanel />);
    // Hyperstack's on-demand $3.20/h to AWS p5.48xlarge's $55.04/h for 8 GPUs = $6.88 per GPU-hour.
    expect(h100Price()).toHaveProperty('value', '$3.20–$6.88');
    expect(screen.getByText('· default $3.20–$6.88')).toBeTruthy();
  });

  test('one price typed for the H100 gives the Phi-4 example one cost: $1.93M at $2.00/h', async () => {
    render(
      <>
        <AssumptionsPanel />
        <TrainingEstimator example={runningExample} />
      </>,
    );
    // By hand: Phi-4 trained 14B parameters on 9.8T tokens on 1,920 H100s for 21 days (model
    // card): 967,680 H100-hours, which at 989 TFLOP/s dense BF16 imply 6 × 14e9 × 9.8e12 /
    // (967,680 × 3,600 × 989e12) = 23.89% utilisation. The field shows, and the estimate uses,
    // 23.9%: 8.232e23 / (989e12 × 0.239 × 3,600) = 967,405.8 H100-hours. At the default band
    // $3.20–$6.88 that is $3,095,698–$6,655,752.
    expect(cost()).toBe('$3.1M–$6.66M');
    fireEvent.input(h100Price(), { target: { value: '$2.00' } });
    // 967,405.8 × $2.00 = $1,934,812, three significant digits: $1.93M.
    await waitFor(() => expect(cost()).toBe('$1.93M'));
    expect($assumptions.get().pricePerHourUsd['h100-sxm']).toEqual({ low: 2, high: 2 });
  });

  test('an invalid price is marked at its field and saves nothing; reset brings the default back', async () => {
    render(
      <>
        <AssumptionsPanel />
        <TrainingEstimator example={runningExample} />
      </>,
    );
    fireEvent.input(h100Price(), { target: { value: 'cheap' } });
    expect(h100Price().getAttribute('aria-invalid')).toBe('true');
    expect(cost()).toBe('$3.1M–$6.66M');
    fireEvent.input(h100Price(), { target: { value: '$2.00' } });
    await waitFor(() => expect(cost()).toBe('$1.93M'));
    fireEvent.click(screen.getByRole('button', { name: 'Reset all to defaults' }));
    await waitFor(() => expect(cost()).toBe('$3.1M–$6.66M'));
    expect(h100Price()).toHaveProperty('value', '$3.20–$6.88');
  });
});
