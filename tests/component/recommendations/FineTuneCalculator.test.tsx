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
  test('opens on Llama 2 7B: pre-training reproduces the published 184,320 GPU-hours', () => {
    render(<FineTuneCalculator example={example} />);
    const detail = screen.getByText('Pre-training cost').parentElement!.querySelector('.tot-result-detail')!.textContent;
    expect(detail).toBe(`${formatCount(184_320)} accelerator-hours`);
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

  test('another model defaults to Chinchilla-optimal pre-training tokens (20 per parameter)', () => {
    render(<FineTuneCalculator example={example} />);
    fireEvent.change(screen.getByLabelText('Model'), { target: { value: 'llama2-70b' } });
    expect((screen.getByLabelText('Pre-training tokens') as HTMLInputElement).value).toBe(formatCount(20 * 68_976_648_192));
  });

  test.each(['abc', '-1', ''])('invalid tokens %j: marked at the field, no NaN', (text) => {
    const { container } = render(<FineTuneCalculator example={example} />);
    type('Fine-tuning tokens', text);
    expect(screen.getByLabelText('Fine-tuning tokens').getAttribute('aria-invalid')).toBe('true');
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
