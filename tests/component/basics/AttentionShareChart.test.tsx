// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { AttentionShareChart } from '~/components/AttentionShareChart';
import { contextLabel, contextTicks } from '~/components/basics/shareChart';
import { countParameters, flopsPerToken, formatPercent, modelShapes } from '~/lib';

afterEach(cleanup);

const output = (label: RegExp | string) =>
  screen.getByText(label, { selector: '.tot-result-label' }).parentElement!.querySelector('output')!.textContent;
const type = (label: string, text: string) => fireEvent.input(screen.getByLabelText(label), { target: { value: text } });
const choose = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const linePath = (container: Element) => container.querySelector('path.tot-chart-line')!.getAttribute('d')!;

describe('AttentionShareChart', () => {
  test('opens on Llama 2 7B at 4,096 tokens: attention is under a tenth of the FLOPs', () => {
    const { container } = render(<AttentionShareChart />);
    const { shape } = modelShapes['llama2-7b'];
    const expected = flopsPerToken({ nonEmbeddingParams: countParameters(shape).nonEmbedding, layers: 32, dModel: 4096, contextLength: 4096 });
    expect(output('Attention share at 4k tokens')).toBe(formatPercent(expected.attentionShare));
    expect(expected.attentionShare).toBeLessThan(0.1);
    expect(linePath(container)).toMatch(/^M[\d.]+ [\d.]+( L[\d.]+ [\d.]+){63}$/);
    expect(container.querySelector('svg desc')!.textContent).toContain('128k tokens');
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

  test('GPT-3 at its 2,048 tokens: attention adds about 1.4%', async () => {
    render(<AttentionShareChart />);
    choose('Model (fills layers and width)', 'gpt3-175b');
    await flush();
    type('Context length (tokens)', '2048');
    expect(screen.getByLabelText('Layers')).toHaveProperty('value', '96');
    expect(output('Attention share at 2k tokens')).toBe('1.37%');
  });

  test('a context beyond 128k widens the axis instead of leaving the chart', () => {
    const { container } = render(<AttentionShareChart />);
    type('Context length (tokens)', '1000000');
    const cx = Number(container.querySelector('circle.tot-chart-marker')!.getAttribute('cx'));
    expect(cx).toBeLessThanOrEqual(480);
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
