// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { TrainingEstimator } from '~/components/TrainingEstimator';
import { llama65bExample, runningExample } from '~/components/trainingExample';
import { parameterLimits, tokenLimits } from '~/components/kit/limits';
import { estimateTraining, formatCount, formatUsd } from '~/lib';
import { $lastEstimate } from '~/stores/lastEstimate';

afterEach(() => {
  cleanup();
  $lastEstimate.set(undefined);
});

const costOutput = () => screen.getByText('Compute cost').parentElement!.querySelector('output')!;
const type = (label: string, text: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value: text } });

describe('TrainingEstimator', () => {
  test('opens on the running example, Phi-4: $3.66M of compute in 21 days', () => {
    // By hand: 1,920 H100s × 21 days × 24 h = 967,680 H100-hours (Phi-4 model card). The example
    // runs at the utilisation those hours imply (6 × 14e9 × 9.8e12 / (967,680 × 3,600 × 989e12)
    // = 23.9%), so the estimate gives them back: 967,680 h ÷ 1,920 = 504 h = 21 days, and
    // 967,680 h × $3.78 (default H100 price: Lambda on-demand, 2026-05-07) = $3,657,830.40.
    render(<TrainingEstimator example={runningExample} />);
    expect(costOutput().textContent).toBe('$3.66M');
    expect(screen.getByText('Wall-clock time').parentElement!.querySelector('output')!.textContent).toBe('21 days');
    expect(screen.getByLabelText('Accelerators')).toHaveProperty('value', '1920');
  });

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

describe('TrainingEstimator presets of published runs', () => {
  test('choosing Llama 3.1 405B fills its size, data, GPUs and implied utilisation, and the link carries only the preset', async () => {
    const { trainingPresets } = await import('~/components/steps/trainingPresets');
    const { impliedUtilisation, getTrainingRun, formatCount, formatPercent: percent } = await import('~/lib');
    render(<TrainingEstimator example={llama65bExample} presets={trainingPresets} />);
    fireEvent.change(screen.getByLabelText('Start from a published run'), { target: { value: 'llama-3.1-405b' } });
    const run = getTrainingRun('llama-3.1-405b');
    expect(screen.getByLabelText('Parameters (active per token)')).toHaveProperty('value', formatCount(run.params!.value));
    expect(screen.getByLabelText('Training tokens')).toHaveProperty('value', formatCount(run.tokens!.value));
    expect(screen.getByLabelText('Accelerator')).toHaveProperty('value', 'h100-sxm');
    expect(screen.getByLabelText('Accelerators')).toHaveProperty('value', String(run.acceleratorCount!.value));
    const mfu = impliedUtilisation({ params: run.params!.value, tokens: run.tokens!.value, acceleratorHours: run.acceleratorHours!.value, peakFlops: 989e12 });
    expect(screen.getByLabelText('Utilisation (MFU)')).toHaveProperty('value', percent(mfu));
    // The URL write is debounced: poll rather than sleep, so a busy machine does not fail the test.
    await waitFor(() => expect(window.location.search).toContain('train.preset=llama-3.1-405b'));
    expect(window.location.search).not.toContain('train.params');
  });

  test('a field the reader typed keeps its value when a preset is chosen', async () => {
    const { trainingPresets } = await import('~/components/steps/trainingPresets');
    const { formatCount, getTrainingRun } = await import('~/lib');
    render(<TrainingEstimator example={llama65bExample} presets={trainingPresets} />);
    type('Training tokens', '5T');
    fireEvent.change(screen.getByLabelText('Start from a published run'), { target: { value: 'palm-540b' } });
    expect(screen.getByLabelText('Training tokens')).toHaveProperty('value', '5T');
    expect(screen.getByLabelText('Parameters (active per token)')).toHaveProperty('value', formatCount(getTrainingRun('palm-540b').params!.value));
  });
});

describe('TrainingEstimator bounds', () => {
  test.each([
    ['Parameters (active per token)', '1e308', `Must be at most ${formatCount(parameterLimits.max)}`],
    ['Training tokens', '1e308', `Must be at most ${formatCount(tokenLimits.max)}`],
  ])('%s = %s overflows no formula: the field says %j and the results stay finite', (label, text, message) => {
    const { container } = render(<TrainingEstimator example={llama65bExample} />);
    const cost = costOutput().textContent;
    type(label, text);
    const input = screen.getByLabelText(label);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toContain(message);
    expect(costOutput().textContent).toBe(cost);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('TrainingEstimator opened on a published run', () => {
  test('says what the run filled in and shows its published cost next to the estimate, with their ratio', async () => {
    const { trainingPresets } = await import('~/components/steps/trainingPresets');
    render(<TrainingEstimator example={runningExample} presets={trainingPresets} />);
    fireEvent.change(screen.getByLabelText('Start from a published run'), { target: { value: 'transformer-2017' } });
    expect(screen.getByText(/^From Transformer \(big\): parameters, accelerator and accelerator count as published/).textContent).toContain(
      'tokens 18B, implied by its published compute',
    );
    expect(screen.getByRole('link', { name: /Sources and other estimates for Transformer \(big\)/ }).getAttribute('href')).toBe('/history/runs/transformer-2017/');
    // Published: $930 (AI Index 2024). Estimate from the fields as shown: 2.3e19 FLOP ÷ (18.7 TFLOP/s ×
    // 50.8% × 3,600 s) = 672.55 P100-hours × $1.38 = $928.1; $928.1 ÷ $930 = 0.998.
    expect(screen.getByText('Published cost of Transformer (big) (2017)').parentElement!.querySelector('output')!.textContent).toBe('$930');
    expect(screen.getByText('Estimate ÷ published').parentElement!.querySelector('output')!.textContent).toBe('0.998×');
    expect(costOutput().textContent).toBe('$928');
  });

  test('a run that publishes no hours opens at the reader’s utilisation band, so the cost and the ratio are bands', async () => {
    const { trainingPresets } = await import('~/components/steps/trainingPresets');
    render(<TrainingEstimator example={runningExample} presets={trainingPresets} />);
    fireEvent.change(screen.getByLabelText('Start from a published run'), { target: { value: 'nemotron-4-340b' } });
    expect(screen.getByLabelText('Utilisation (MFU)')).toHaveProperty('value', '30–50%');
    expect(screen.getByText(/Utilisation is not published, so it is your assumed band\./)).toBeTruthy();
    // 6 × 340e9 × 9e12 = 1.836e25 FLOP; at 50% and 30% of 989 TFLOP/s: 10,313,110 and 17,188,516
    // H100-hours; × $3.78 = $38.98M–$64.97M; ÷ Epoch AI's $21,271,017.96 = 1.83–3.05.
    expect(costOutput().textContent).toBe('$39M–$65M');
    expect(screen.getByText('Estimate ÷ published').parentElement!.querySelector('output')!.textContent).toBe('1.83–3.05×');
    expect(screen.getByText(/utilisation 30–50%/)).toBeTruthy();
  });

  test('the worked example has no note and no published comparison', () => {
    render(<TrainingEstimator example={runningExample} presets={[]} />);
    expect(screen.queryByText('Estimate ÷ published')).toBeNull();
  });
});

describe('TrainingEstimator remembers the reader’s last estimate for the cost-history chart', () => {
  test('once a field is changed, and forgets it when the fields go back to the worked example', async () => {
    render(<TrainingEstimator example={runningExample} />);
    expect($lastEstimate.get()).toBeUndefined();
    type('Training tokens', '19.6T');
    // Twice the running example's tokens at the utilisation field's 23.9%: 6 × 14e9 × 19.6e12 =
    // 1.6464e24 FLOP ÷ (989e12 × 0.239 × 3,600) = 1,934,811.5 H100-hours × $3.78 = $7,313,587.54.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const saved = $lastEstimate.get()!;
    expect(saved.lowUsd).toBeCloseTo(7_313_587.54, 1);
    expect(saved.highUsd).toBe(saved.lowUsd);
    expect(saved.query).toBe('train.tokens=19.6T');
    expect(saved.savedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    type('Training tokens', '9.8T');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect($lastEstimate.get()).toBeUndefined();
  });

  test('a second estimator on the page (another namespace) records nothing', async () => {
    render(<TrainingEstimator example={runningExample} namespace="compare" id="compare-estimator" />);
    type('Training tokens', '19.6T');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect($lastEstimate.get()).toBeUndefined();
  });
});
