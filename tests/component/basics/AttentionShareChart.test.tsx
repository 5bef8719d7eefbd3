// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { AttentionShareChart } from '~/components/AttentionShareChart';
import { contextLabel, contextTicks } from '~/components/basics/shareChart';
import { isolateCalculators } from '../isolateCalculators';

isolateCalculators();

const output = (label: RegExp | string) =>
  screen.getByText(label, { selector: '.tot-result-label' }).parentElement!.querySelector('output')!.textContent;
const type = (label: string, text: string) => fireEvent.input(screen.getByLabelText(label), { target: { value: text } });
const choose = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const linePath = (container: Element) => container.querySelector('path.tot-chart-line')!.getAttribute('d')!;

describe('AttentionShareChart', () => {
  // Llama 3.1 8B: 32 layers, 32 query heads of 128, N = 8.03B less the 525M input embedding
  // = 7.50B multiplied per token. PaLM: 12·32·4096·8192 = 12.9 GFLOPs against 6N = 45.0 GFLOPs.
  test('opens on Llama 3.1 8B at 8,192 tokens: attention is 22.2% of the FLOPs in PaLM’s count', () => {
    const { container } = render(<AttentionShareChart />);
    expect(output('Attention share at 8k tokens')).toBe('22.2%');
    expect(output('Attention equals 6N at')).toBe('28,629 tokens');
    expect(linePath(container)).toMatch(/^M[\d.]+ [\d.]+( L[\d.]+ [\d.]+){63}$/);
    expect(container.querySelector('svg desc')!.textContent).toContain('128k tokens');
  });

  test('Kaplan’s count halves the attention term: 12.5% at 8,192 tokens, parity at twice the context', () => {
    render(<AttentionShareChart />);
    choose('Attention counted as', 'kaplan');
    expect(output('Attention share at 8k tokens')).toBe('12.5%');
    expect(output('Attention equals 6N at')).toBe('57,258 tokens');
  });

  test('a longer context moves the marker up and right, and the line stays put', () => {
    const { container } = render(<AttentionShareChart />);
    const path = linePath(container);
    const before = Number(container.querySelector('circle.tot-chart-marker')!.getAttribute('cy'));
    type('Context length (tokens)', '131072');
    expect(Number(container.querySelector('circle.tot-chart-marker')!.getAttribute('cy'))).toBeLessThan(before);
    expect(linePath(container)).toBe(path);
    expect(Number.parseFloat(output('Attention share at 128k tokens')!)).toBeGreaterThan(50);
  });

  test('GPT-3 at its 2,048 tokens: attention adds 2.69%', async () => {
    render(<AttentionShareChart />);
    choose('Model', 'gpt3-175b');
    await flush();
    type('Context length (tokens)', '2048');
    expect(output('Attention share at 2k tokens')).toBe('2.69%');
  });

  test('Mistral 7B attends within a 4,096-token window: attention never equals 6N', async () => {
    render(<AttentionShareChart />);
    choose('Model', 'mistral-7b');
    await flush();
    expect(output('Attention equals 6N at')).toBe('never');
    const at8k = output('Attention share at 8k tokens');
    type('Context length (tokens)', '32768');
    expect(output('Attention share at 32k tokens')).toBe(at8k);
  });

  test('a context beyond 128k widens the axis instead of leaving the chart', () => {
    const { container } = render(<AttentionShareChart />);
    type('Context length (tokens)', '1000000');
    const cx = Number(container.querySelector('circle.tot-chart-marker')!.getAttribute('cx'));
    expect(cx).toBeLessThanOrEqual(400);
    expect(contextTicks([512, 1_048_576]).map(contextLabel)).toContain('1M');
  });

  test.each(['0', 'x', '-4096', '1.5', ''])('invalid context %j is marked, the chart keeps the last value, no NaN', (text) => {
    const { container } = render(<AttentionShareChart />);
    type('Context length (tokens)', text);
    expect(screen.getByLabelText('Context length (tokens)').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('[data-stale]')).not.toBeNull();
    expect(container.innerHTML).not.toMatch(/NaN|Infinity|undefined/);
  });
});
