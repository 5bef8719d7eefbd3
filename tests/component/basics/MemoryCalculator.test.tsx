// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { MemoryCalculator } from '~/components/MemoryCalculator';
import { isolateCalculators } from '../isolateCalculators';

isolateCalculators();

const output = (label: string | RegExp) => screen.getByText(label, { selector: '.tot-result-label' }).parentElement!.querySelector('output')!.textContent;
const type = (label: string, text: string) => fireEvent.input(screen.getByLabelText(label), { target: { value: text } });
const choose = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const legend = (name: string) => screen.getByText(name, { selector: '.tot-stack-name' }).nextElementSibling!.textContent;

describe('MemoryCalculator', () => {
  test('opens on torchtitan’s Llama 3 70B recipe: 35.6 GB per A100, fits, 24 devices at the fewest', () => {
    render(<MemoryCalculator />);
    // 70,553,706,496 parameters ÷ 8 (TP) ÷ 8 (ZeRO-3) = 1,102,401,664 per device × 16 bytes = 17.64 GB of states;
    // buffers (5e8 + 1e9 values) × 2 bytes = 3 GB; activations: 80 layers × 2 bytes × 65,536 tokens × 8192 ÷ 8
    // = 10.74 GB, plus logits 4 × 65,536 × 128,256 ÷ 8 = 4.2 GB. Total 35,578,537,472 bytes.
    expect(output('Memory per device')).toBe('35.6 GB');
    expect(output('Fits?')).toBe('Yes');
    // ZeRO-3 keeps 17.94 GB whole (buffers, activations); 141.1 GB of states ÷ d must fit in the other 62 GB: d = 3.
    expect(output('Fewest devices at these degrees')).toBe('24 devices');
    expect(legend('ZeRO buffers')).toBe('3 GB · 8.43%');
  });

  test('without FlashAttention and recomputation, the score matrices come back', () => {
    render(<MemoryCalculator />);
    choose('Activation recomputation', 'none');
    const withFlash = legend('Activations');
    choose('FlashAttention', 'no');
    expect(legend('Activations')).not.toBe(withFlash);
    expect(output('Fits?')).toBe('No');
  });

  test('ZeRO-0 keeps all 16 bytes on every device: 141 GB for a 70B model even on 8-way tensor parallel', () => {
    render(<MemoryCalculator />);
    choose('ZeRO stage', '0');
    // 8,819,213,312 × 16 = 141.1 GB of states per device.
    expect(legend('Optimizer states')).toMatch(/^106 GB/);
    expect(output('Fewest devices at these degrees')).toBe('none');
  });

  test('a mixture of experts: DeepSeek-V3 holds every expert; with weights whole (ZeRO-1) expert parallelism splits them', () => {
    render(<MemoryCalculator />);
    choose('Model', 'deepseek-v3');
    choose('ZeRO stage', '1');
    // 671,026,419,200 parameters ÷ 8 (TP) × 2 bytes = 168 GB of weights per device.
    expect(legend('Weights')).toMatch(/^168 GB/);
    type('Expert-parallel degree', '8');
    // Routed experts 58 layers × 256 × 3·7168·2048 = 653,908,770,816, the rest 17,117,648,384:
    // (17,117,648,384 + 653,908,770,816 ÷ 8) ÷ 8 × 2 bytes = 24.7 GB.
    expect(legend('Weights')).toMatch(/^24.7 GB/);
  });

  test('an expert degree that does not divide the data-parallel one is marked at its field', () => {
    const { container } = render(<MemoryCalculator />);
    const before = output('Memory per device');
    type('Expert-parallel degree', '3');
    expect(screen.getByText('3 does not divide the 8 data-parallel devices')).toBeTruthy();
    expect(output('Memory per device')).toBe(before);
    expect(container.querySelector('[data-stale]')).not.toBeNull();
  });

  test.each(['abc', '0', '-3', '', '1.5'])('invalid devices %j is marked and the last result stays, without NaN', (text) => {
    const { container } = render(<MemoryCalculator />);
    const before = output('Memory per device');
    type('Data-parallel devices', text);
    expect(screen.getByLabelText('Data-parallel devices').getAttribute('aria-invalid')).toBe('true');
    expect(output('Memory per device')).toBe(before);
    expect(container.querySelector('[data-stale]')).not.toBeNull();
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
