// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { FineTuneCalculator } from '~/components/FineTuneCalculator';
import { llama2FineTuneExample as example } from '~/components/recommendations/fineTuneExample';
import { formatBand, formatCount, formatPercent, formatUsd } from '~/lib';

afterEach(cleanup);

const output = (label: string) => screen.getByText(label).parentElement!.querySelector('output')!.textContent;
const type = (label: string, text: string) => fireEvent.input(screen.getByLabelText(label), { target: { value: text } });

describe('FineTuneCalculator', () => {
  test('opens on Llama 2 7B: pre-training comes back to the published 184,320 GPU-hours, within the rounding', () => {
    render(<FineTuneCalculator example={example} />);
    const detail = screen.getByText('Pre-training cost').parentElement!.querySelector('.tot-result-detail')!.textContent;
    // The published hours imply 6 × 6.74e9 × 2e12 / (184,320 h × 3600 × 312e12) = 39.07% utilisation,
    // which the field shows as 39.1%; 6 × 6,738,415,616 × 2e12 / (312e12 × 0.391 × 3600) = 184,122 h.
    expect(detail).toBe('184k accelerator-hours');
    expect(output('“Up to 90% cheaper”?')).toMatch(/^Yes/);
  });

  test('costs are bands at the shared A100 80GB price; one typed price gives one cost', () => {
    render(<FineTuneCalculator example={example} />);
    // 6 × 6,738,415,616 parameters × 2T tokens ÷ (312 TFLOP/s × 39.1%, the utilisation field as
    // shown, × 3,600 s) = 184,121.8 h; at Hyperstack's $1.60 to AWS p4de's $27.44705 ÷ 8 = $3.43088125
    // per A100 80GB-hour: $294,595–$631,700.
    const hours = (6 * 6_738_415_616 * 2e12) / (312e12 * 0.391 * 3600);
    expect(output('Pre-training cost')).toBe(formatBand({ low: hours * 1.6, high: hours * 3.43088125 }, 'usd'));
    expect(output('Pre-training cost')).toBe('$295k–$632k');
    type('Price per accelerator-hour', '$2');
    expect(output('Pre-training cost')).toBe(formatUsd(hours * 2));
  });

  test('fine-tuning on 1T of 2T tokens: the 90% claim fails, a full fine-tune saves 50%', () => {
    render(<FineTuneCalculator example={example} />);
    type('Fine-tuning tokens', '1T');
    expect(output('“Up to 90% cheaper”?')).toBe(`No: a full fine-tune saves ${formatPercent(0.5)}`);
  });

  test('LoRA needs one A100 80GB where a full fine-tune needs two', () => {
    const { container } = render(<FineTuneCalculator example={example} />);
    const devices = (route: string) => container.querySelector(`tr[data-route="${route}"] td:nth-of-type(3)`)!.textContent;
    expect(devices('full')).toBe('2');
    expect(devices('lora')).toBe('1');
  });

  test.each([
    ['llama2-70b', '2T', 'Touvron et al. 2023b, Table 1: 2.0T'],
    ['llama3-8b', '15T', 'Meta Llama 3 model card: "15T+"'],
    ['gpt3-175b', '300B', 'Brown et al. 2020, Table D.1: 300 billion'],
  ])('%s defaults to its published pre-training tokens, %s (%s)', (model, tokens) => {
    render(<FineTuneCalculator example={example} />);
    fireEvent.change(screen.getByLabelText('Model'), { target: { value: model } });
    expect((screen.getByLabelText('Pre-training tokens') as HTMLInputElement).value).toBe(tokens);
  });

  test('Llama 3 8B on its 15T tokens: 1.65M A100-hours of pre-training', () => {
    render(<FineTuneCalculator example={example} />);
    fireEvent.change(screen.getByLabelText('Model'), { target: { value: 'llama3-8b' } });
    const detail = screen.getByText('Pre-training cost').parentElement!.querySelector('.tot-result-detail')!.textContent;
    // 6 × 8,030,261,248 × 15e12 = 7.227e23 FLOP ÷ (312e12 × 0.391 × 3600) = 1,645,653 h.
    expect(detail).toBe('1.65M accelerator-hours');
  });

  test('offers only models whose pre-training tokens are published (not GPT-2)', () => {
    render(<FineTuneCalculator example={example} />);
    const values = [...(screen.getByLabelText('Model') as HTMLSelectElement).options].map((o) => o.value);
    expect(values).toEqual(['gpt3-175b', 'llama2-7b', 'llama2-70b', 'llama3-8b']);
  });

  test('a LoRA saving close to 100% prints its digits and its factor', () => {
    render(<FineTuneCalculator example={example} />);
    // 100M tokens at ≈4 N D against 2T at 6 N D: LoRA costs 4 × 1e8 / (6 × 2e12) = 1/30,000 of
    // pre-training, a saving of 99.997% (before the LoRA run rounds up to whole devices).
    expect(output('Saving with LoRA')).toBe('99.997%');
    const detail = screen.getByText('Saving with LoRA').parentElement!.querySelector('.tot-result-detail')!.textContent;
    expect(detail).toBe('30,000× cheaper than pre-training');
  });

  test.each(['abc', '-1', ''])('invalid tokens %j: marked at the field, no NaN', (text) => {
    const { container } = render(<FineTuneCalculator example={example} />);
    type('Fine-tuning tokens', text);
    expect(screen.getByLabelText('Fine-tuning tokens').getAttribute('aria-invalid')).toBe('true');
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
