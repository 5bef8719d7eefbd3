// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { presetSources } from '~/components/basics/presetSources';
import { ParameterCounter } from '~/components/ParameterCounter';
import { countParameters, modelShapes, type ModelShapeId } from '~/lib';

afterEach(cleanup);

const output = (label: string) =>
  screen.getByText(label, { selector: '.tot-result-label' }).parentElement!.querySelector('output')!.textContent;
const exact = () =>
  Number(screen.getByText('Parameters (computed)', { selector: '.tot-result-label' }).parentElement!.querySelector('.tot-result-detail')!.textContent!.replace(/[^\d]/g, ''));
const type = (label: string, text: string) => fireEvent.input(screen.getByLabelText(label), { target: { value: text } });
const choose = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ParameterCounter presets reproduce published sizes', () => {
  // Published totals: GPT-2 small "124M" (OpenAI's release; the paper's Table 2 printed 117M),
  // GPT-3 174.6B (the count of Brown et al. 2020 Table 2.1's shape used by PaLM Table 3),
  // Llama 2 7B 6.74B (Touvron et al. 2023b; released weights 6,738,415,616).
  test.each<[ModelShapeId, number]>([
    ['gpt2-small', 124e6],
    ['gpt3-175b', 174.6e9],
    ['llama2-7b', 6.74e9],
    ['gpt2-xl', 1.5576e9],
    ['llama2-70b', 68.98e9],
    ['llama3-8b', 8.03e9],
  ])('%s computes within 0.5%% of %d', async (id, published) => {
    render(<ParameterCounter presetSources={presetSources} />);
    choose('Preset (fills every field)', id);
    await flush();
    expect(Math.abs(exact() - published) / published).toBeLessThan(0.005);
    expect(exact()).toBe(countParameters(modelShapes[id].shape).total);
    expect(screen.getByLabelText('Layers')).toHaveProperty('value', String(modelShapes[id].shape.layers));
  });

  test('opens on Llama 2 7B: 6.74B, published 7B, embeddings under 4%', () => {
    render(<ParameterCounter presetSources={presetSources} />);
    expect(output('Parameters (computed)')).toBe('6.74B');
    expect(output('Published')).toBe('7B');
    expect(output('Embedding share')).toBe('3.89%');
  });
});

describe('ParameterCounter recomputes', () => {
  test('typing a layer count recomputes the total and hides the published figure', () => {
    render(<ParameterCounter presetSources={presetSources} />);
    type('Layers', '16');
    const { shape } = modelShapes['llama2-7b'];
    expect(exact()).toBe(countParameters({ ...shape, layers: 16 }).total);
    expect(output('Published')).toBe('—');
    expect(screen.getByText(/Changed from the preset: layers/)).toBeTruthy();
  });

  test('an edit after a preset keeps the preset’s other values (GPT-3 with 48 layers)', async () => {
    render(<ParameterCounter presetSources={presetSources} />);
    choose('Preset (fills every field)', 'gpt3-175b');
    await flush();
    type('Layers', '48');
    expect(screen.getByLabelText('Model width (d_model)')).toHaveProperty('value', '12288');
    expect(exact()).toBe(countParameters({ ...modelShapes['gpt3-175b'].shape, layers: 48 }).total);
  });

  test('untying the embeddings adds one vocab × d_model matrix', () => {
    render(<ParameterCounter presetSources={presetSources} />);
    const before = exact();
    choose('Output layer shares the embedding', 'yes');
    expect(before - exact()).toBe(32_000 * 4096);
  });

  test('heads that do not divide the width are marked at the field, the last total stays, no NaN', () => {
    const { container } = render(<ParameterCounter presetSources={presetSources} />);
    const before = exact();
    type('Attention heads', '30');
    const input = screen.getByLabelText('Attention heads');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('30 heads do not divide the width 4096')).toBeTruthy();
    expect(exact()).toBe(before);
    expect(container.querySelector('[data-stale]')).not.toBeNull();
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  test.each(['abc', '0', '-1', '2.5', ''])('invalid vocabulary %j is marked and nothing shows NaN', (text) => {
    const { container } = render(<ParameterCounter presetSources={presetSources} />);
    type('Vocabulary', text);
    expect(screen.getByLabelText('Vocabulary').getAttribute('aria-invalid')).toBe('true');
    expect(output('Parameters (computed)')).toBe('6.74B');
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
