import {
  describeCount,
  formatCount,
  formatPercent,
  modelShapes,
  parameterBreakdown,
  shapeProblem,
  type ModelShape,
  type ModelShapeId,
  type NormKind,
  type ParameterBreakdown,
  type ParsedBand,
} from '~/lib';
import { useRef } from 'preact/hooks';
import type { PresetSource } from './basics/presetSources';
import { presetIdOf, presetIds, presetOptions, shapeTexts, type ShapeKey } from './basics/presets';
import { StackedBar } from './basics/StackedBar';
import { useQueuedEdits } from './basics/useQueuedEdits';
import { Calculator } from './kit/Calculator';
import { CopyLink } from './kit/CopyLink';
import { NumberField } from './kit/NumberField';
import { ResultCell } from './kit/ResultCell';
import { SelectField } from './kit/SelectField';
import { ShowMath } from './kit/ShowMath';
import { useCalculatorState, type DefaultContext } from './kit/useCalculatorState';

export interface ParameterCounterProps {
  /** Anchor of this calculator on the page. */
  id?: string;
  /** URL namespace of its state: `params` gives `?params.preset=gpt3-175b&params.layers=48`. */
  namespace?: string;
  /** Where each preset's shape was published (server-computed: `presetSources`). */
  presetSources: Readonly<Record<ModelShapeId, PresetSource>>;
}

/** The preset the counter opens on. */
export const parameterCounterDefault: ModelShapeId = 'llama2-7b';

type Key = 'preset' | ShapeKey;
const fromPreset = (key: ShapeKey) => ({ texts }: DefaultContext<Key>) =>
  shapeTexts(modelShapes[presetIdOf(texts.preset, parameterCounterDefault)].shape)[key];
const count = (max: number) => ({ type: 'quantity', kind: 'count', min: 1, max, integer: true }) as const;
const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;
const positionOptions = [
  { value: 'learned', label: 'Learned (GPT-2, GPT-3)', description: 'One vector per position' },
  { value: 'none', label: 'Rotary or none (Llama)', description: 'No parameters' },
] as const;
const normOptions = [
  { value: 'layernorm', label: 'LayerNorm (gain and bias)' },
  { value: 'rmsnorm', label: 'RMSNorm (gain only)' },
] as const;

/**
 * Counts a decoder-only transformer's parameters from its shape, by part, with presets that
 * reproduce released models. The URL keeps the preset and only the fields changed after it.
 */
export function ParameterCounter({ id = 'parameter-counter', namespace = 'params', presetSources }: ParameterCounterProps) {
  const state = useCalculatorState<Key>({
    namespace,
    anchor: id,
    fields: {
      preset: { type: 'choice', options: presetIds, default: parameterCounterDefault },
      layers: { ...count(1e4), default: fromPreset('layers') },
      dModel: { ...count(1e6), default: fromPreset('dModel') },
      heads: { ...count(1e4), default: fromPreset('heads') },
      kvHeads: { ...count(1e4), default: fromPreset('kvHeads') },
      ffnDim: { ...count(1e7), default: fromPreset('ffnDim') },
      gated: { type: 'choice', options: ['yes', 'no'], default: fromPreset('gated') },
      vocab: { ...count(1e8), default: fromPreset('vocab') },
      tied: { type: 'choice', options: ['yes', 'no'], default: fromPreset('tied') },
      positions: { type: 'choice', options: ['learned', 'none'], default: fromPreset('positions') },
      context: { ...count(1e8), default: fromPreset('context') },
      biases: { type: 'choice', options: ['yes', 'no'], default: fromPreset('biases') },
      norm: { type: 'choice', options: ['layernorm', 'rmsnorm'], default: fromPreset('norm') },
    },
  });
  const { texts, values: v } = state;
  const edit = useQueuedEdits<Key>(state.set);
  const presetId = presetIdOf(texts.preset, parameterCounterDefault);
  const preset = modelShapes[presetId];
  const shape: ModelShape = {
    layers: v.layers,
    dModel: v.dModel,
    heads: v.heads,
    kvHeads: v.kvHeads,
    ffnDim: v.ffnDim,
    gatedFfn: texts.gated === 'yes',
    vocab: v.vocab,
    tiedEmbeddings: texts.tied === 'yes',
    learnedPositions: texts.positions === 'learned',
    contextLength: v.context,
    biases: texts.biases === 'yes',
    norm: texts.norm as NormKind,
  };
  // Heads that do not divide the width is a problem of two valid fields: show it at the field,
  // keep the last shape that exists.
  const problem = shapeProblem(shape);
  const lastValid = useRef<ParameterBreakdown | null>(null);
  if (problem === null) lastValid.current = parameterBreakdown(shape);
  const parts = lastValid.current ?? parameterBreakdown(preset.shape);
  const changed = [...state.overridden].filter((key) => key !== 'preset');
  const fromPresetUnchanged = changed.length === 0;

  const field = (key: string) => `${id}-${key}`;
  const allInputs = (Object.keys(shapeTexts(preset.shape)) as Key[]).concat('preset').map(field);
  const parsedOf = (key: ShapeKey): ParsedBand =>
    problem?.field === key ? { ok: false, message: problem.message } : state.parsed[key];
  const quantity = (key: 'layers' | 'dModel' | 'heads' | 'kvHeads' | 'ffnDim' | 'vocab' | 'context') => ({
    id: field(key),
    text: texts[key],
    parsed: parsedOf(key),
    onText: (text: string) => state.set(key, text),
    rules: state.rules[key],
  });
  const noun = (singular: string, plural = `${singular}s`) => (b: { low: number }) => describeCount(b.low, { singular, plural });
  const select = (key: 'gated' | 'tied' | 'positions' | 'biases' | 'norm') => (next: string) => state.set(key, next);
  const source = presetSources[presetId];
  const d = v.dModel;
  const kvDim = (d / v.heads) * v.kvHeads;

  return (
    <Calculator
      id={id}
      title="Parameter counter"
      stale={state.stale || problem !== null}
      inputs={
        <>
          <SelectField id={field('preset')} label="Preset (fills every field)" value={presetId} options={presetOptions}
            onChange={(next) => {
              state.reset();
              edit([['preset', next]]);
            }}
            note={fromPresetUnchanged ? `As released: ${source.title} (${source.year}), ${preset.citation.locator}` : `Changed from the preset: ${changed.join(', ')}`} />
          <NumberField {...quantity('layers')} label="Layers" describe={noun('block')} />
          <NumberField {...quantity('dModel')} label="Model width (d_model)" describe={noun('channel')} />
          <NumberField {...quantity('heads')} label="Attention heads" describe={(b) => `${describeCount(b.low, 'query heads')} of ${formatCount(d / b.low)} channels`} />
          <NumberField {...quantity('kvHeads')} label="Key-value heads" describe={(b) => (b.low === v.heads ? 'as many as query heads (multi-head)' : `grouped-query: ${formatCount(v.heads / b.low)} query heads share one`)} />
          <NumberField {...quantity('ffnDim')} label="Feed-forward width (d_ff)" describe={(b) => `${formatCount(b.low / d)} × d_model`} />
          <SelectField id={field('gated')} label="Gated feed-forward (SwiGLU)" value={texts.gated as 'yes'} options={yesNo} onChange={select('gated')}
            note={texts.gated === 'yes' ? 'three matrices per block' : 'two matrices per block'} />
          <NumberField {...quantity('vocab')} label="Vocabulary" describe={noun('token')} />
          <SelectField id={field('tied')} label="Output layer shares the embedding" value={texts.tied as 'yes'} options={yesNo} onChange={select('tied')} />
          <SelectField id={field('positions')} label="Position embeddings" value={texts.positions as 'learned'} options={positionOptions} onChange={select('positions')} />
          <NumberField {...quantity('context')} label="Context length" describe={(b) => (texts.positions === 'learned' ? `${describeCount(b.low, 'positions')} learned` : 'no parameters without learned positions')} />
          <SelectField id={field('biases')} label="Biases on linear layers" value={texts.biases as 'yes'} options={yesNo} onChange={select('biases')} />
          <SelectField id={field('norm')} label="Normalisation" value={texts.norm as 'rmsnorm'} options={normOptions} onChange={select('norm')} />
        </>
      }
      results={
        <>
          <ResultCell headline inputs={allInputs} label="Parameters (computed)" value={formatCount(parts.total)} detail={`${parts.total.toLocaleString('en-US')} exactly`} />
          <ResultCell inputs={allInputs} label="Published" value={fromPresetUnchanged ? formatCount(preset.publishedParams) : '—'}
            detail={fromPresetUnchanged
              ? `${preset.citation.locator}${preset.checkpointParams ? `; released weights ${preset.checkpointParams.toLocaleString('en-US')}` : ''}`
              : 'shape changed from the preset'} />
          <ResultCell inputs={allInputs} label="Embedding share" value={formatPercent(parts.embedding / parts.total)} detail={`${formatCount(parts.embedding)} in embeddings`} />
          <div class="tot-result tot-result-wide">
            <StackedBar
              label="Where the parameters are"
              segments={[
                { key: 'embedding', label: 'Embeddings', value: parts.embedding, text: formatCount(parts.embedding) },
                { key: 'attention', label: 'Attention', value: parts.attention, text: formatCount(parts.attention) },
                { key: 'ffn', label: 'Feed-forward', value: parts.ffn, text: formatCount(parts.ffn) },
                { key: 'norms', label: 'Norms', value: parts.norms, text: formatCount(parts.norms) },
              ]}
            />
          </div>
        </>
      }
      footer={
        <>
          <ShowMath
            steps={[
              `attention per block = 2·d² + 2·d·d_kv = 2·${d}² + 2·${d}·${kvDim}${shape.biases ? ' + biases' : ''}`,
              `feed-forward per block = ${shape.gatedFfn ? 3 : 2}·d·d_ff = ${shape.gatedFfn ? 3 : 2}·${d}·${v.ffnDim}${shape.biases ? ' + biases' : ''}`,
              `blocks: ${v.layers} × (attention + feed-forward + 2 norms) + final norm = ${formatCount(parts.attention + parts.ffn + parts.norms)}`,
              `embeddings = ${shape.tiedEmbeddings ? '' : '2 × '}vocab × d${shape.learnedPositions ? ' + context × d' : ''} = ${formatCount(parts.embedding)}`,
              `total = ${parts.total.toLocaleString('en-US')}`,
            ]}
            source="Kaplan et al. 2020, Table 1; grouped-query attention: Ainslie et al. 2023; SwiGLU: Shazeer 2020"
            href="https://arxiv.org/abs/2001.08361"
          />
          <CopyLink anchor={id} />
        </>
      }
    />
  );
}
