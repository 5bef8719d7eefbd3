// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { presetSources } from '~/components/basics/presetSources';
import { ParameterCounter } from '~/components/ParameterCounter';
import { countParameters, modelShapes, type ModelShapeId } from '~/lib';
import { isolateCalculators } from '../isolateCalculators';

isolateCalculators();

const cell = (label: string) => screen.getByText(label, { selector: '.tot-result-label' }).parentElement!;
const output = (label: string) => cell(label).querySelector('output')!.textContent;
const exact = () => Number(cell('Parameters (computed)').querySelector('.tot-result-detail')!.textContent!.replace(/[^\d]/g, ''));
const type = (label: string, text: string) => fireEvent.input(screen.getByLabelText(label), { target: { value: text } });
const choose = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const pick = async (id: ModelShapeId) => {
  choose('Preset (fills every field)', id);
  await flush();
};

describe('ParameterCounter presets reproduce released models', () => {
  // Exact counts of the released checkpoints (safetensors index total_size ÷ 2 bytes), typed here
  // rather than read from the presets so a changed preset shows up.
  test.each<[ModelShapeId, number]>([
    ['llama2-7b', 6_738_415_616],
    ['llama3.1-70b', 70_553_706_496],
    ['mistral-7b', 7_241_732_096],
    ['mixtral-8x7b', 46_702_792_704],
    ['gemma-2-9b', 9_241_705_984],
    ['qwen2.5-7b', 7_615_616_512],
    ['olmo-2-7b', 7_298_617_344],
  ])('%s fills the form and counts its checkpoint exactly: %d', async (id, released) => {
    render(<ParameterCounter presetSources={presetSources} />);
    await pick(id);
    expect(exact()).toBe(released);
    expect(screen.getByLabelText('Layers')).toHaveProperty('value', String(modelShapes[id].shape.layers));
    expect(screen.getByText(/As released:/)).toBeTruthy();
  });

  test('opens on Llama 3.1 8B: 8.03B computed, 8B published, embeddings 13.1%, all active', () => {
    render(<ParameterCounter presetSources={presetSources} />);
    expect(output('Parameters (computed)')).toBe('8.03B');
    expect(cell('Parameters (computed)').textContent).toContain('8,030,261,248 exactly');
    expect(output('Published')).toBe('8B');
    expect(cell('Published').textContent).toContain('released weights 8,030,261,248');
    expect(output('Embedding share')).toBe('13.1%');
    expect(output('Active per token')).toBe('8.03B');
    expect(cell('Active per token').textContent).toContain('all of them');
  });

  test('Mixtral 8x7B: 46.7B in total, 12.9B active per token, as Mistral prints them', async () => {
    render(<ParameterCounter presetSources={presetSources} />);
    await pick('mixtral-8x7b');
    expect(output('Parameters (computed)')).toBe('46.7B');
    expect(output('Active per token')).toBe('12.9B');
    expect(output('Published')).toBe('46.7B, 12.9B active');
    expect(screen.getByLabelText('Routed experts per layer')).toHaveProperty('value', '8');
    expect(screen.getByLabelText('Experts per token')).toHaveProperty('value', '2');
  });

  test('DeepSeek-V3: latent attention and 256 experts give 671B, 37.6B active', async () => {
    render(<ParameterCounter presetSources={presetSources} />);
    await pick('deepseek-v3');
    expect(output('Parameters (computed)')).toBe('671B');
    expect(output('Active per token')).toBe('37.6B');
    expect(screen.getByLabelText('Key-value latent width')).toHaveProperty('value', '512');
    expect(screen.queryByLabelText('Key-value heads')).toBeNull();
    expect(screen.getByLabelText('Layers with a dense feed-forward')).toHaveProperty('value', '3');
  });

  test('GPT-2 XL counts 1.56B, the size OpenAI released, not the 1542M its paper printed', async () => {
    render(<ParameterCounter presetSources={presetSources} />);
    await pick('gpt2-xl');
    expect(exact()).toBe(1_557_611_200);
    expect(output('Published')).toBe('1.56B');
  });
});

describe('ParameterCounter recomputes', () => {
  test('typing a layer count recomputes the total and hides the published figure', () => {
    render(<ParameterCounter presetSources={presetSources} />);
    type('Layers', '16');
    expect(exact()).toBe(countParameters({ ...modelShapes['llama3-8b'].shape, layers: 16 }).total);
    expect(output('Published')).toBe('—');
    expect(screen.getByText(/Changed from the preset: layers/)).toBeTruthy();
  });

  test('more heads at the same head width add attention; the same width split into more heads adds nothing', () => {
    render(<ParameterCounter presetSources={presetSources} />);
    const before = exact();
    // 32 heads of 128 → 64 heads of 64: the query, key and value widths stay 4096 and 512.
    type('Attention heads', '64');
    type('Key-value heads', '16');
    type('Head width', '64');
    expect(exact()).toBe(before);
    // 64 heads of 128: queries and outputs double to 8192 channels.
    type('Head width', '128');
    expect(exact()).toBeGreaterThan(before);
  });

  test('fewer key-value heads shrink the key and value projections only', () => {
    render(<ParameterCounter presetSources={presetSources} />);
    const before = exact();
    type('Key-value heads', '1');
    // 32 layers × 2 projections × 4096 × (8 − 1) heads × 128.
    expect(before - exact()).toBe(32 * 2 * 4096 * 7 * 128);
  });

  test('an edit after a preset keeps the preset’s other values (GPT-3 with 48 layers)', async () => {
    render(<ParameterCounter presetSources={presetSources} />);
    await pick('gpt3-175b');
    type('Layers', '48');
    expect(screen.getByLabelText('Model width (d_model)')).toHaveProperty('value', '12288');
    expect(exact()).toBe(countParameters({ ...modelShapes['gpt3-175b'].shape, layers: 48 }).total);
  });

  test('tying the output layer to the embedding removes one vocab × d_model matrix', () => {
    render(<ParameterCounter presetSources={presetSources} />);
    const before = exact();
    choose('Output layer shares the embedding', 'yes');
    expect(before - exact()).toBe(128_256 * 4096);
  });

  test('choosing mixture of experts shows the expert fields and splits total from active', () => {
    render(<ParameterCounter presetSources={presetSources} />);
    choose('Feed-forward', 'experts');
    type('Routed experts per layer', '8');
    type('Experts per token', '2');
    type('Expert width', '14336');
    type('Layers with a dense feed-forward', '0');
    expect(output('Active per token')).not.toBe(output('Parameters (computed)'));
    expect(exact()).toBeGreaterThan(40e9);
  });

  test('heads that do not divide the width are marked at the field', () => {
    render(<ParameterCounter presetSources={presetSources} />);
    type('Attention heads', '30');
    expect(screen.getByLabelText('Attention heads').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('30 heads do not divide the width 4096')).toBeTruthy();
  });

  test('query heads that key-value heads do not divide are marked at the field, the last total stays, no NaN', () => {
    const { container } = render(<ParameterCounter presetSources={presetSources} />);
    const before = exact();
    type('Key-value heads', '3');
    expect(screen.getByLabelText('Key-value heads').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('3 key-value heads do not divide 32 query heads')).toBeTruthy();
    expect(exact()).toBe(before);
    expect(container.querySelector('[data-stale]')).not.toBeNull();
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  test.each(['abc', '0', '-1', '2.5', ''])('invalid vocabulary %j is marked and nothing shows NaN', (text) => {
    const { container } = render(<ParameterCounter presetSources={presetSources} />);
    type('Vocabulary', text);
    expect(screen.getByLabelText('Vocabulary').getAttribute('aria-invalid')).toBe('true');
    expect(output('Parameters (computed)')).toBe('8.03B');
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
