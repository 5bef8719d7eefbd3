// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { MemoryCalculator } from '~/components/MemoryCalculator';
import { countParameters, formatBytes, modelShapes, trainingMemory } from '~/lib';

afterEach(cleanup);

const output = (label: string | RegExp) => screen.getByText(label, { selector: '.tot-result-label' }).parentElement!.querySelector('output')!.textContent;
const type = (label: string, text: string) => fireEvent.input(screen.getByLabelText(label), { target: { value: text } });
const choose = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('MemoryCalculator', () => {
  test('opens on Llama 2 7B full fine-tuning: ≈16 bytes × 6.74B ≈ 108 GB of model states, no fit on one A100 80GB', () => {
    render(<MemoryCalculator />);
    // Model states alone, from the published shape (6,738,415,616 parameters in the released weights).
    const states = trainingMemory({ params: 6.74e9, precision: 'bf16', optimizer: 'adamw', zeroStage: 0, devices: 1, recomputation: 'full' });
    expect(formatBytes(states.totalBytes)).toBe('108 GB');
    expect(output('Memory per device')).toMatch(/^109 GB$/); // + 1.07 GB of activations with full recomputation
    expect(output(/^Fits on 1 × NVIDIA A100 80GB SXM\?$/)).toBe('No');
    expect(output('Fewest devices that fit at ZeRO-0')).toBe('none');
    expect(screen.getByText(/with ZeRO-3: 2 devices/)).toBeTruthy();
  });

  test('ZeRO-3 on 2 devices halves the model states and fits', () => {
    render(<MemoryCalculator />);
    choose('ZeRO stage', '3');
    type('Data-parallel devices', '2');
    expect(output(/^Fits on 2 × /)).toBe('Yes');
    expect(output('Fewest devices that fit at ZeRO-3')).toBe('2 devices');
  });

  test('no recomputation keeps s·b·h·L·(34 + 5·a·s/h) bytes of activations (Korthikanti et al. 2022)', () => {
    render(<MemoryCalculator />);
    choose('Activation recomputation', 'none');
    const sbhL = 4096 * 1 * 4096 * 32;
    // Share of the bar: 104.15 GB of activations against 16 B × 6.738e9 = 107.81 GB of model
    // states, 104.15 / 211.96 = 49.1% (three significant digits, as every share prints).
    expect(screen.getByText(`${formatBytes(sbhL * (34 + (5 * 32 * 4096) / 4096))} · 49.1%`)).toBeTruthy();
  });

  test('choosing a preset fills parameters and shape; an edit after it keeps the preset', async () => {
    render(<MemoryCalculator />);
    choose('Model (fills parameters and shape)', 'llama2-70b');
    await flush();
    const total = countParameters(modelShapes['llama2-70b'].shape).total;
    expect(screen.getByLabelText('Layers')).toHaveProperty('value', '80');
    expect(screen.getByLabelText('Parameters')).toHaveProperty('value', '69B');
    expect(total).toBe(68_976_648_192);
    type('Sequence length (tokens)', '2048');
    expect(screen.getByLabelText('Layers')).toHaveProperty('value', '80');
    type('Layers', '40');
    choose('Model (fills parameters and shape)', 'gpt2-small');
    await flush();
    expect(screen.getByLabelText('Layers')).toHaveProperty('value', '12');
    expect(screen.getByLabelText('Sequence length (tokens)')).toHaveProperty('value', '2048');
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
