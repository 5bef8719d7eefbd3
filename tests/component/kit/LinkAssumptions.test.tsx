// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { TrainingEstimator } from '~/components/TrainingEstimator';
import { runningExample } from '~/components/trainingExample';
import { flushUrlWrites } from '~/components/kit/urlState';
import { assumptionDefaults, emptyAssumptionOverlay, withOverlay } from '~/lib';
import { $assumptions, resetAssumptions } from '~/stores/assumptions';
import { $linkAssumptions } from '~/stores/linkAssumptions';
import { isolateCalculators } from '../isolateCalculators';

isolateCalculators();
afterEach(() => {
  $linkAssumptions.set(emptyAssumptionOverlay);
  resetAssumptions();
});

const cost = () => screen.getByText('Compute cost').parentElement!.querySelector('output')!.textContent;
const h100At250 = { prices: { 'h100-sxm': { low: 2.5, high: 2.5 } }, scalars: {} };

describe('a link that sets shared assumptions', () => {
  test('the recipient computes at the sender’s price and is told so', async () => {
    $linkAssumptions.set(h100At250);
    render(<TrainingEstimator example={runningExample} />);
    // By hand: Phi-4's 967,680 H100-hours (model card: 1,920 H100s × 21 days × 24 h) × $2.50/h = $2,419,200.
    await waitFor(() => expect(cost()).toBe('$2.42M'));
    expect(screen.getByText(/^This link uses NVIDIA H100 SXM at \$2\.50\/h, as its sender had set them\.$/)).toBeTruthy();
    // Nothing is stored until the reader chooses.
    expect($assumptions.get()).toEqual(assumptionDefaults);
  });

  test('“Use my own” goes back to the reader’s assumptions and stores nothing', async () => {
    $linkAssumptions.set(h100At250);
    render(<TrainingEstimator example={runningExample} />);
    await waitFor(() => expect(cost()).toBe('$2.42M'));
    fireEvent.click(screen.getByRole('button', { name: 'Use my own' }));
    // 967,680 H100-hours × the default H100 band, Hyperstack $3.20 to AWS p5 $55.04 ÷ 8 = $6.88:
    // $3,096,576–$6,657,638.40.
    await waitFor(() => expect(cost()).toBe('$3.1M–$6.66M'));
    expect(screen.queryByText(/This link uses/)).toBeNull();
    expect(screen.getByText('Now using your own assumptions.')).toBeTruthy();
    expect($assumptions.get()).toEqual(assumptionDefaults);
  });

  test('“Keep these for the whole guide” stores the link’s values', async () => {
    $linkAssumptions.set(h100At250);
    render(<TrainingEstimator example={runningExample} />);
    await waitFor(() => expect(cost()).toBe('$2.42M'));
    fireEvent.click(screen.getByRole('button', { name: 'Keep these for the whole guide' }));
    expect($assumptions.get()).toEqual(withOverlay(assumptionDefaults, h100At250));
    await waitFor(() => expect(screen.getByText('Kept: every page of the guide now uses these values.')).toBeTruthy());
    expect(cost()).toBe('$2.42M');
  });

  test('a link that sets what the reader already has asks nothing', async () => {
    $assumptions.set(withOverlay(assumptionDefaults, h100At250));
    $linkAssumptions.set(h100At250);
    render(<TrainingEstimator example={runningExample} />);
    await waitFor(() => expect(cost()).toBe('$2.42M'));
    expect(screen.queryByText(/This link uses/)).toBeNull();
  });
});

describe('the sender’s link', () => {
  test('carries the changed assumptions the calculator used, and only those', async () => {
    $assumptions.set(withOverlay(assumptionDefaults, { prices: { 'h100-sxm': { low: 2.5, high: 2.5 } }, mfu: { low: 0.35, high: 0.45 }, scalars: { pue: 1.3 } }));
    const writes: string[] = [];
    window.history.replaceState = (_state: unknown, _unused: string, url?: string | URL | null) => void writes.push(String(url));
    render(<TrainingEstimator example={runningExample} />);
    await waitFor(() => expect(cost()).toBe('$2.42M'));
    flushUrlWrites();
    // The running example fixes its utilisation at what Phi-4's hours imply, so the MFU band is
    // not read and not written; PUE belongs to the energy calculator.
    expect(writes.at(-1)).toMatch(/\?a\.price\.h100-sxm=2\.5$/);
  });
});
