// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { TrainingEstimator } from '~/components/TrainingEstimator';
import { llama65bExample, runningExample } from '~/components/trainingExample';
import { parameterLimits, tokenLimits } from '~/components/kit/limits';
import { estimateTraining, formatBand, formatCount, formatUsd } from '~/lib';
import { flushUrlWrites } from '~/components/kit/urlState';
import { $lastEstimate } from '~/stores/lastEstimate';

afterEach(() => {
  cleanup();
  // No test hands its link state to the next: write what is pending, then clear the address bar.
  flushUrlWrites();
  window.history.replaceState(null, '', window.location.pathname);
  $lastEstimate.set(undefined);
});

const costOutput = () => screen.getByText('Compute cost').parentElement!.querySelector('output')!;
const type = (label: string, text: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value: text } });

describe('TrainingEstimator', () => {
  test('opens on the running example, Phi-4: $3.1M–$6.66M of compute in 21 days', () => {
    // By hand: 1,920 H100s × 21 days × 24 h = 967,680 H100-hours (Phi-4 model card). The example
    // runs at the utilisation those hours imply (6 × 14e9 × 9.8e12 / (967,680 × 3,600 × 989e12)
    // = 23.9%), so the estimate gives them back: 967,680 h ÷ 1,920 = 504 h = 21 days. At the
    // default H100 band, Hyperstack $3.20 to AWS p5 $55.04 ÷ 8 = $6.88: 967,680 × 3.20 =
    // $3,096,576 and 967,680 × 6.88 = $6,657,638.40.
    render(<TrainingEstimator example={runningExample} />);
    expect(costOutput().textContent).toBe('$3.1M–$6.66M');
    expect(screen.getByText('Wall-clock time').parentElement!.querySelector('output')!.textContent).toBe('21 days');
    expect(screen.getByLabelText('Accelerators')).toHaveProperty('value', '1920');
    expect(screen.getByLabelText('Price per accelerator-hour')).toHaveProperty('value', '$3.20–$6.88');
  });

  test('opens on the LLaMA 65B worked example at the shared A100 80GB price band', () => {
    render(<TrainingEstimator example={llama65bExample} />);
    // LLaMA 65B's implied utilisation reproduces its published 1,022,362 A100-hours (Touvron et
    // al. 2023, Table 15). At the default band, Hyperstack $1.60 to AWS p4de $27.44705 ÷ 8 =
    // $3.43088125: 1,022,362 × 1.60 = $1,635,779.20 and 1,022,362 × 3.43088125 = $3,507,602.62.
    expect(costOutput().textContent).toBe(`${formatUsd(1_635_779.2)}–${formatUsd(3_507_602.62)}`);
    expect(screen.getByLabelText('Price per accelerator-hour')).toHaveProperty('value', formatBand({ low: 1.6, high: 3.43088125 }, 'usd'));
    expect(screen.getByLabelText('Accelerators')).toHaveProperty('value', '2048');
  });

  test('price="example" opens on the worked example’s own price: LLaMA 65B at the source article’s $3.93', () => {
    const { container } = render(<TrainingEstimator example={llama65bExample} price="example" />);
    // 1,022,362 A100-hours × $3.93 = $4,017,882.66 (source article 001's ≈ $4M).
    expect(costOutput().textContent).toBe(formatUsd(4_017_882.66));
    expect(container.querySelector('.tot-assumptions-line')).toBeNull();
  });

  test('price="example" on another chip prices at the shared band and says so', () => {
    const { container } = render(<TrainingEstimator example={llama65bExample} price="example" />);
    fireEvent.change(screen.getByLabelText('Accelerator'), { target: { value: 'h100-sxm' } });
    expect(screen.getByLabelText('Price per accelerator-hour')).toHaveProperty('value', formatBand({ low: 3.2, high: 6.88 }, 'usd'));
    expect(container.querySelector('.tot-assumptions-line')?.textContent).toContain(`NVIDIA H100 SXM price ${formatBand({ low: 3.2, high: 6.88 }, 'usd')}/h`);
  });

  test('FP8 halves the hours on an H100: the dense FP8 peak is twice the BF16 one', () => {
    render(<TrainingEstimator example={llama65bExample} />);
    fireEvent.change(screen.getByLabelText('Accelerator'), { target: { value: 'h100-sxm' } });
    type('Parameters (active per token)', '7B');
    type('Training tokens', '1T');
    type('Utilisation (MFU)', '40%');
    const hours = () => screen.getByText('Accelerator-hours').parentElement!.querySelector('output')!.textContent;
    // 6 × 7e9 × 1e12 = 4.2e22 FLOP; ÷ (989e12 × 0.4 × 3600) = 29,491 h; at $3.20–$6.88 (Hyperstack to AWS p5): $94,371–$202,899.
    expect(hours()).toBe(formatCount(29_491.07));
    expect(costOutput().textContent).toBe(`${formatUsd(94_371.42)}–${formatUsd(202_898.55)}`);
    fireEvent.change(screen.getByLabelText('Training precision'), { target: { value: 'fp8' } });
    // ÷ (1,979e12 × 0.4 × 3600) = 14,738 h; $47,162–$101,398.
    expect(hours()).toBe(formatCount(14_738.08));
    expect(costOutput().textContent).toBe(`${formatUsd(47_161.87)}–${formatUsd(101_398.01)}`);
  });

  test('FP8 on a chip without FP8 units is priced at its 16-bit peak, and the field says so', () => {
    render(<TrainingEstimator example={llama65bExample} />);
    const cost = costOutput().textContent;
    fireEvent.change(screen.getByLabelText('Training precision'), { target: { value: 'fp8' } });
    expect(costOutput().textContent).toBe(cost);
    expect(screen.getByText(/has no FP8 units/)).toBeTruthy();
  });

  test('one typed price gives one cost', () => {
    render(<TrainingEstimator example={llama65bExample} />);
    type('Price per accelerator-hour', '$2');
    // 1,022,362 A100-hours × $2 = $2,044,724.
    expect(costOutput().textContent).toBe(formatUsd(2_044_724));
  });

  test('typing a model size in the shorthand people use recomputes the cost', () => {
    render(<TrainingEstimator example={llama65bExample} price="example" />);
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
    // 50.8% × 3,600 s) = 672.54 P100-hours × $2.07 (the P100's stored price: Azure NC6s v2,
    // 2024-01-29) = $1,392.16; $1,392.16 ÷ $930 = 1.497.
    expect(screen.getByText('Published cost of Transformer (big) (2017)').parentElement!.querySelector('output')!.textContent).toBe('$930');
    expect(screen.getByText('Estimate ÷ published').parentElement!.querySelector('output')!.textContent).toBe('1.5×');
    expect(costOutput().textContent).toBe(formatUsd(1_392.16));
  });

  test('a run that publishes no hours opens at the reader’s utilisation band, so the cost and the ratio are bands', async () => {
    const { trainingPresets } = await import('~/components/steps/trainingPresets');
    render(<TrainingEstimator example={runningExample} presets={trainingPresets} />);
    fireEvent.change(screen.getByLabelText('Start from a published run'), { target: { value: 'nemotron-4-340b' } });
    expect(screen.getByLabelText('Utilisation (MFU)')).toHaveProperty('value', '30–50%');
    expect(screen.getByText(/Utilisation is not published, so it is your assumed band\./)).toBeTruthy();
    // 6 × 340e9 × 9e12 = 1.836e25 FLOP; at 50% and 30% of 989 TFLOP/s: 10,313,110 and 17,188,516
    // H100-hours; the first × $3.20 (Hyperstack), the second × $6.88 (AWS p5) = $33.00M–$118.26M;
    // ÷ Epoch AI's $21,271,017.96 = 1.55–5.56.
    expect(costOutput().textContent).toBe(formatBand({ low: 33_003_033.37, high: 118_260_869.57 }, 'usd'));
    expect(screen.getByText('Estimate ÷ published').parentElement!.querySelector('output')!.textContent).toBe('1.55–5.56×');
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
    // 1.6464e24 FLOP ÷ (989e12 × 0.239 × 3,600) = 1,934,811.5 H100-hours × $3.20–$6.88 (Hyperstack to
    // AWS p5) = $6,191,396.86–$13,311,503.24.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const saved = $lastEstimate.get()!;
    expect(saved.lowUsd).toBeCloseTo(6_191_396.86, 1);
    expect(saved.highUsd).toBeCloseTo(13_311_503.24, 1);
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
