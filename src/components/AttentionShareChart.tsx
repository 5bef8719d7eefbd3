import {
  attentionParityContextLength,
  describeCount,
  flopsPerToken,
  formatCount,
  formatFlops,
  formatPercent,
  modelShapes,
  scaledNonEmbeddingParams,
  type ModelShapeId,
} from '~/lib';
import { contextDomain, contextLabel, contextTicks } from './basics/shareChart';
import { ShareChartFigure } from './basics/ShareChartFigure';
import { presetIdOf, presetIds, presetOptions } from './basics/presets';
import { useQueuedEdits } from './basics/useQueuedEdits';
import { Calculator } from './kit/Calculator';
import { CopyLink } from './kit/CopyLink';
import { NumberField } from './kit/NumberField';
import { ResultCell } from './kit/ResultCell';
import { SelectField } from './kit/SelectField';
import { ShowMath } from './kit/ShowMath';
import { useCalculatorState } from './kit/useCalculatorState';

export interface AttentionShareChartProps {
  id?: string;
  /** URL namespace of its state: `attn` gives `?attn.context=32768`. */
  namespace?: string;
}

/** The chart opens on Llama 2 7B at its 4,096-token context (Touvron et al. 2023b, Table 1). */
export const attentionShareDefault = { model: 'llama2-7b' as ModelShapeId, contextLength: 4096 };

const shapeOf = (text: string | undefined) => modelShapes[presetIdOf(text, attentionShareDefault.model)].shape;

/**
 * The share of training FLOPs per token that attention takes as the context grows
 * (Kaplan et al. 2020, §2.1): a server-rendered SVG line with a marker at the chosen context.
 */
export function AttentionShareChart({ id = 'attention-share', namespace = 'attn' }: AttentionShareChartProps) {
  const state = useCalculatorState({
    namespace,
    anchor: id,
    fields: {
      model: { type: 'choice', options: presetIds, default: attentionShareDefault.model },
      layers: { type: 'quantity', kind: 'count', min: 1, max: 1e4, integer: true, default: ({ texts }) => String(shapeOf(texts.model).layers) },
      dModel: { type: 'quantity', kind: 'count', min: 1, max: 1e6, integer: true, default: ({ texts }) => String(shapeOf(texts.model).dModel) },
      context: { type: 'quantity', kind: 'count', min: 1, max: 1e8, integer: true, default: String(attentionShareDefault.contextLength) },
    },
  });
  const { texts, parsed, values: v } = state;
  const edit = useQueuedEdits(state.set);
  const model = presetIdOf(texts.model, attentionShareDefault.model);
  const shape = modelShapes[model].shape;
  const size = { layers: v.layers, dModel: v.dModel };
  const nonEmbeddingParams = scaledNonEmbeddingParams(shape, size);
  const at = (contextLength: number) => flopsPerToken({ nonEmbeddingParams, ...size, contextLength: Math.round(contextLength) });
  const chosen = at(v.context);
  const parity = attentionParityContextLength({ nonEmbeddingParams, ...size });

  const ticks = contextTicks(contextDomain(v.context));
  const markerLabel = `${contextLabel(v.context)}: ${formatPercent(chosen.attentionShare)}`;
  const summary = ticks.map((n) => `${contextLabel(n)} tokens ${formatPercent(at(n).attentionShare)}`).join(', ');

  const field = (key: string) => `${id}-${key}`;
  const allInputs = ['model', 'layers', 'dModel', 'context'].map(field);
  const quantity = (key: 'layers' | 'dModel' | 'context') => ({
    id: field(key),
    text: texts[key],
    parsed: parsed[key],
    onText: (text: string) => state.set(key, text),
  });

  return (
    <Calculator
      id={id}
      title="Attention’s share of training FLOPs"
      stale={state.stale}
      inputs={
        <>
          <SelectField id={field('model')} label="Model (fills layers and width)" value={model} options={presetOptions}
            onChange={(next) => edit([['model', next], ['layers', String(modelShapes[next].shape.layers)], ['dModel', String(modelShapes[next].shape.dModel)]])}
            note={`${describeCount(nonEmbeddingParams, 'parameters')} outside the embeddings`} />
          <NumberField {...quantity('layers')} label="Layers" describe={(b) => describeCount(b.low, { singular: 'block', plural: 'blocks' })} />
          <NumberField {...quantity('dModel')} label="Model width (d_model)" describe={(b) => describeCount(b.low, 'channels')} hint="other ratios kept" />
          <NumberField {...quantity('context')} label="Context length (tokens)" describe={(b) => describeCount(b.low, 'tokens')} hint="e.g. 4096, 32768, 128k = 131072" />
        </>
      }
      results={
        <>
          <ResultCell inputs={allInputs} label={`Attention share at ${contextLabel(v.context)} tokens`} value={formatPercent(chosen.attentionShare)} />
          <ResultCell inputs={allInputs} label="Training FLOPs per token" value={formatFlops(chosen.totalFlops)}
            detail={`6N ${formatFlops(chosen.denseFlops)} + attention ${formatFlops(chosen.attentionFlops)}`} />
          <ResultCell inputs={allInputs} label="Attention equals 6N at" value={`${formatCount(parity)} tokens`} detail="N / (layers × d_model)" />
          <ShareChartFigure id={id} share={(n) => at(n).attentionShare} context={v.context} markerLabel={markerLabel}
            description={`${modelShapes[model].label}${state.overridden.has('layers') || state.overridden.has('dModel') ? ' (resized)' : ''}: ${summary}.`} />
        </>
      }
      footer={
        <>
          <ShowMath
            steps={[
              `N (non-embedding) = ${formatCount(nonEmbeddingParams)}; 6N = ${formatFlops(chosen.denseFlops)} per token`,
              `attention = 6 × layers × context × d_model = 6 × ${v.layers} × ${v.context} × ${v.dModel} = ${formatFlops(chosen.attentionFlops)} per token`,
              `share = attention ÷ (6N + attention) = ${formatPercent(chosen.attentionShare)}`,
            ]}
            source="Kaplan et al. 2020, §2.1 and Table 1 (PaLM App. B counts twice this attention term, without the causal halving)"
            href="https://arxiv.org/abs/2001.08361"
          />
          <CopyLink anchor={id} />
        </>
      }
    />
  );
}
