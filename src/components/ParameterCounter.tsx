import {
  countParameters,
  describeCount,
  formatCount,
  formatPercent,
  modelShapes,
  shapeProblem,
  type ModelShapeId,
  type ParameterCount,
  type ParsedBand,
} from '~/lib';
import { useRef } from 'preact/hooks';
import type { PresetSource } from './basics/presetSources';
import { presetIdOf, presetIds, presetOptions, shapeFrom, shapeTexts, type ShapeChoiceKey, type ShapeCountKey, type ShapeKey } from './basics/presets';
import { useQueuedEdits } from './basics/useQueuedEdits';
import { Calculator } from './kit/Calculator';
import { CopyLink } from './kit/CopyLink';
import { NumberField } from './kit/NumberField';
import { ResultCell } from './kit/ResultCell';
import { SelectField } from './kit/SelectField';
import { ShowMath } from './kit/ShowMath';
import { StackedBar } from './kit/StackedBar';
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
export const parameterCounterDefault: ModelShapeId = 'llama3-8b';

type Key = 'preset' | ShapeKey;
const presetShape = (text: string | undefined) => modelShapes[presetIdOf(text, parameterCounterDefault)].shape;
const fromPreset = (key: ShapeKey) => ({ texts }: DefaultContext<Key>) => shapeTexts(presetShape(texts.preset))[key];
/** d_model / heads for the widths the reader typed, unless the preset gives its own head width. */
const headDimDefault = ({ texts }: DefaultContext<Key>) => {
  const preset = presetShape(texts.preset);
  const [d, h] = [Number(texts.dModel), Number(texts.heads)];
  if (preset.headDim === undefined && Number.isSafeInteger(d) && Number.isSafeInteger(h) && h > 0 && d % h === 0) return String(d / h);
  return shapeTexts(preset).headDim;
};
const count = (max: number, min = 1) => ({ type: 'quantity', kind: 'count', min, max, integer: true }) as const;
const choice = (options: readonly string[]) => ({ type: 'choice', options }) as const;
const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;
const attentionOptions = [
  { value: 'grouped', label: 'Per head (MHA, GQA, MQA)' },
  { value: 'latent', label: 'Latent (MLA)' },
] as const;
const ffnOptions = [
  { value: 'dense', label: 'Dense' },
  { value: 'experts', label: 'Mixture of experts' },
] as const;
const positionOptions = [
  { value: 'learned', label: 'Learned (GPT-2, GPT-3)', description: 'One vector per position' },
  { value: 'none', label: 'Rotary or none (Llama)', description: 'No parameters' },
] as const;
const biasOptions = [
  { value: 'none', label: 'None (Llama)' },
  { value: 'qkv', label: 'Query, key, value (Qwen)' },
  { value: 'all', label: 'Every linear layer (GPT-2)' },
] as const;
const normOptions = [
  { value: 'layernorm', label: 'LayerNorm (gain and bias)' },
  { value: 'rmsnorm', label: 'RMSNorm (gain only)' },
] as const;
const placementOptions = [
  { value: 'pre', label: 'Before each sub-layer' },
  { value: 'post', label: 'After each sub-layer (OLMo 2)' },
  { value: 'pre-and-post', label: 'Before and after (Gemma 2)' },
] as const;
const qkNormOptions = [
  { value: 'none', label: 'None' },
  { value: 'per-head', label: 'One head wide (Qwen3)' },
  { value: 'full-width', label: 'Full width (OLMo 2)' },
] as const;
const values = (options: readonly { value: string }[]) => options.map((o) => o.value);

/**
 * Counts a decoder-only transformer's parameters from its configuration, total and active per
 * token, by part, with presets that reproduce released models. The URL keeps the preset and only
 * the fields changed after it.
 */
export function ParameterCounter({ id = 'parameter-counter', namespace = 'params', presetSources }: ParameterCounterProps) {
  const state = useCalculatorState<Key>({
    namespace,
    anchor: id,
    fields: {
      preset: { ...choice(presetIds), default: parameterCounterDefault },
      layers: { ...count(1e4), default: fromPreset('layers') },
      dModel: { ...count(1e6), default: fromPreset('dModel') },
      heads: { ...count(1e4), default: fromPreset('heads') },
      attention: { ...choice(values(attentionOptions)), default: fromPreset('attention') },
      kvHeads: { ...count(1e4), default: fromPreset('kvHeads') },
      headDim: { ...count(1e5), default: headDimDefault },
      queryRank: { ...count(1e6, 0), default: fromPreset('queryRank') },
      kvRank: { ...count(1e6), default: fromPreset('kvRank') },
      qkNope: { ...count(1e5), default: fromPreset('qkNope') },
      qkRope: { ...count(1e5, 0), default: fromPreset('qkRope') },
      valueHead: { ...count(1e5), default: fromPreset('valueHead') },
      ffn: { ...choice(values(ffnOptions)), default: fromPreset('ffn') },
      ffnDim: { ...count(1e7), default: fromPreset('ffnDim') },
      gated: { ...choice(values(yesNo)), default: fromPreset('gated') },
      experts: { ...count(1e5), default: fromPreset('experts') },
      expertsPerToken: { ...count(1e5), default: fromPreset('expertsPerToken') },
      sharedExperts: { ...count(1e3, 0), default: fromPreset('sharedExperts') },
      expertFfnDim: { ...count(1e7), default: fromPreset('expertFfnDim') },
      denseLayers: { ...count(1e4, 0), default: fromPreset('denseLayers') },
      vocab: { ...count(1e8), default: fromPreset('vocab') },
      tied: { ...choice(values(yesNo)), default: fromPreset('tied') },
      positions: { ...choice(values(positionOptions)), default: fromPreset('positions') },
      context: { ...count(1e8), default: fromPreset('context') },
      biases: { ...choice(values(biasOptions)), default: fromPreset('biases') },
      norm: { ...choice(values(normOptions)), default: fromPreset('norm') },
      normPlacement: { ...choice(values(placementOptions)), default: fromPreset('normPlacement') },
      qkNorm: { ...choice(values(qkNormOptions)), default: fromPreset('qkNorm') },
    },
  });
  const { texts, values: v } = state;
  const edit = useQueuedEdits<Key>(state.set);
  const presetId = presetIdOf(texts.preset, parameterCounterDefault);
  const preset = modelShapes[presetId];
  const latent = texts.attention === 'latent';
  const experts = texts.ffn === 'experts';
  const shape = shapeFrom(texts, v, preset.shape, state.overridden.has('headDim'));
  // A shape that cannot exist is a problem of valid fields: show it at the field, keep the last count.
  const problem = shapeProblem(shape);
  const lastValid = useRef<ParameterCount | null>(null);
  if (problem === null) lastValid.current = countParameters(shape);
  const counted = lastValid.current ?? countParameters(preset.shape);
  const changed = [...state.overridden].filter((key) => key !== 'preset');
  const unchanged = changed.length === 0;

  const field = (key: string) => `${id}-${key}`;
  const hidden = new Set<Key>([
    ...(latent ? (['kvHeads', 'headDim'] as const) : (['queryRank', 'kvRank', 'qkNope', 'qkRope', 'valueHead'] as const)),
    ...(experts ? [] : (['experts', 'expertsPerToken', 'sharedExperts', 'expertFfnDim', 'denseLayers'] as const)),
  ]);
  const allInputs = (Object.keys(shapeTexts(preset.shape)) as Key[]).filter((key) => !hidden.has(key)).concat('preset').map(field);
  const parsedOf = (key: ShapeCountKey): ParsedBand =>
    problem?.field === key ? { ok: false, message: problem.message } : state.parsed[key];
  const quantity = (key: ShapeCountKey) => ({
    id: field(key),
    text: texts[key],
    parsed: parsedOf(key),
    onText: (text: string) => state.set(key, text),
    rules: state.rules[key],
  });
  const select = (key: ShapeChoiceKey) => ({ id: field(key), value: texts[key] as never, onChange: (next: string) => state.set(key, next) });
  const noun = (singular: string, plural = `${singular}s`) => (b: { low: number }) => describeCount(b.low, { singular, plural });
  const source = presetSources[presetId];
  const d = v.dModel;
  const printed = preset.publishedActiveParams === undefined ? formatCount(preset.publishedParams) : `${formatCount(preset.publishedParams)}, ${formatCount(preset.publishedActiveParams)} active`;
  const ffnWord = shape.gatedFfn ? 3 : 2;

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
            note={unchanged ? `As released: ${source.cited}, ${source.title}, ${source.locator}` : `Changed from the preset: ${changed.join(', ')}`} />
          <NumberField {...quantity('layers')} label="Layers" describe={noun('block')} />
          <NumberField {...quantity('dModel')} label="Model width (d_model)" describe={noun('channel')} />
          <NumberField {...quantity('heads')} label="Attention heads" describe={(b) => describeCount(b.low, 'query heads')} />
          <SelectField {...select('attention')} label="Keys and values" options={attentionOptions} />
          {latent ? (
            <>
              <NumberField {...quantity('queryRank')} label="Query latent width" describe={(b) => (b.low === 0 ? 'queries projected directly' : `queries pass through ${formatCount(b.low)} channels`)} />
              <NumberField {...quantity('kvRank')} label="Key-value latent width" describe={(b) => `${formatCount(b.low)} channels cached per token and layer`} />
              <NumberField {...quantity('qkNope')} label="Query-key width per head" describe={noun('channel')} />
              <NumberField {...quantity('qkRope')} label="Rotary width per head" describe={(b) => `${formatCount(b.low)} channels, one rotary key shared by all heads`} />
              <NumberField {...quantity('valueHead')} label="Value width per head" describe={noun('channel')} />
            </>
          ) : (
            <>
              <NumberField {...quantity('kvHeads')} label="Key-value heads" describe={(b) => (b.low === v.heads ? 'as many as query heads (multi-head)' : `grouped-query: ${formatCount(v.heads / b.low)} query heads share one`)} />
              <NumberField {...quantity('headDim')} label="Head width" describe={(b) => `${(b.low * v.heads).toLocaleString('en-US')} channels of queries${b.low * v.heads === d ? ', the model width' : ''}`} />
            </>
          )}
          <SelectField {...select('ffn')} label="Feed-forward" options={ffnOptions} />
          <NumberField {...quantity('ffnDim')} label={experts ? 'Dense-layer width (d_ff)' : 'Feed-forward width (d_ff)'} describe={(b) => `${formatCount(b.low / d)} × d_model`} />
          <SelectField {...select('gated')} label="Gated feed-forward (SwiGLU)" options={yesNo} note={shape.gatedFfn ? 'three matrices' : 'two matrices'} />
          {experts ? (
            <>
              <NumberField {...quantity('experts')} label="Routed experts per layer" describe={noun('expert')} />
              <NumberField {...quantity('expertsPerToken')} label="Experts per token" describe={(b) => `each token uses ${formatCount(b.low)} of ${formatCount(v.experts)}`} />
              <NumberField {...quantity('sharedExperts')} label="Shared experts" describe={(b) => (b.low === 0 ? 'none' : `${formatCount(b.low)} used by every token`)} />
              <NumberField {...quantity('expertFfnDim')} label="Expert width" describe={(b) => `${formatCount(b.low / d)} × d_model`} />
              <NumberField {...quantity('denseLayers')} label="Layers with a dense feed-forward" describe={(b) => `${formatCount(Math.max(0, v.layers - b.low))} layers of experts`} />
            </>
          ) : null}
          <NumberField {...quantity('vocab')} label="Vocabulary" describe={noun('token')} />
          <SelectField {...select('tied')} label="Output layer shares the embedding" options={yesNo} />
          <SelectField {...select('positions')} label="Position embeddings" options={positionOptions} />
          <NumberField {...quantity('context')} label="Context length" describe={(b) => (texts.positions === 'learned' ? `${describeCount(b.low, 'positions')} learned` : 'no parameters without learned positions')} />
          <SelectField {...select('biases')} label="Biases" options={biasOptions} />
          <SelectField {...select('norm')} label="Normalisation" options={normOptions} />
          <SelectField {...select('normPlacement')} label="Norms in each block" options={placementOptions} />
          <SelectField {...select('qkNorm')} label="Norms on queries and keys" options={qkNormOptions} />
        </>
      }
      results={
        <>
          <ResultCell headline inputs={allInputs} label="Parameters (computed)" value={formatCount(counted.total)} detail={`${counted.total.toLocaleString('en-US')} exactly`} />
          <ResultCell inputs={allInputs} label="Active per token" value={formatCount(counted.active)}
            detail={counted.active === counted.total ? 'all of them: a dense model' : `${formatPercent(counted.active / counted.total)} of the total; ${counted.active.toLocaleString('en-US')} exactly`} />
          <ResultCell inputs={allInputs} label="Published" value={unchanged ? printed : '—'}
            detail={unchanged
              ? `${source.publishedLocator ?? source.title}${preset.checkpointParams === undefined ? '' : `; released weights ${preset.checkpointParams.toLocaleString('en-US')}`}`
              : 'shape changed from the preset'} />
          <ResultCell inputs={allInputs} label="Embedding share" value={formatPercent(counted.embedding / counted.total)} detail={`${formatCount(counted.embedding)} in embeddings`} />
          <div class="tot-result tot-result-wide">
            <StackedBar
              label="Where the parameters are"
              segments={[
                { key: 'embedding', label: 'Embeddings', value: counted.embedding, text: formatCount(counted.embedding) },
                { key: 'attention', label: 'Attention', value: counted.attention, text: formatCount(counted.attention) },
                { key: 'ffn', label: experts ? 'Feed-forward and experts' : 'Feed-forward', value: counted.ffn, text: formatCount(counted.ffn) },
                { key: 'norms', label: 'Norms', value: counted.norms, text: formatCount(counted.norms) },
              ]}
            />
          </div>
        </>
      }
      footer={
        <>
          <ShowMath
            steps={[
              latent
                ? `attention per layer (latent) = d·r_q + r_q·H·(d_nope + d_rope) + d·(r_kv + d_rope) + r_kv·H·(d_nope + d_v) + H·d_v·d with d = ${d}, H = ${v.heads}`
                : `attention per layer = 2·d·(H·d_head) + 2·d·(H_kv·d_head) = 2·${d}·${v.heads * v.headDim} + 2·${d}·${v.kvHeads * v.headDim}${shape.biases === 'none' ? '' : ' + biases'}`,
              experts
                ? `experts per MoE layer = (${v.experts} routed + ${v.sharedExperts} shared) × ${ffnWord}·d·d_expert + router d·${v.experts}; each token uses ${v.expertsPerToken} routed`
                : `feed-forward per layer = ${ffnWord}·d·d_ff = ${ffnWord}·${d}·${v.ffnDim}${shape.biases === 'all' ? ' + biases' : ''}`,
              `all layers and norms = ${formatCount(counted.attention + counted.ffn + counted.norms)}`,
              `embeddings = ${shape.tiedEmbeddings ? '' : '2 × '}vocab × d${shape.learnedPositions ? ' + context × d' : ''} = ${formatCount(counted.embedding)}`,
              `total = ${counted.total.toLocaleString('en-US')}; active per token = ${counted.active.toLocaleString('en-US')}`,
            ]}
            source="Kaplan et al. 2020, Table 1; grouped-query attention: Ainslie et al. 2023; latent attention: DeepSeek-AI 2024 (DeepSeek-V2 §2.1); SwiGLU: Shazeer 2020"
            href="https://arxiv.org/abs/2001.08361"
          />
          <CopyLink anchor={id} />
        </>
      }
    />
  );
}
