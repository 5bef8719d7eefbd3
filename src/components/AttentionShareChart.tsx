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
import { chart, contextDomain, contextLabel, contextTicks, linePath, logSamples, scales } from './basics/shareChart';
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

  const domain = contextDomain(v.context);
  const { x, y } = scales(domain);
  const path = linePath(logSamples(domain).map((n) => [x(n), y(at(n).attentionShare)]));
  const ticks = contextTicks(domain);
  const plotBottom = chart.height - chart.bottom;
  const marker = { x: x(v.context), y: y(chosen.attentionShare) };
  const markerLabel = `${contextLabel(v.context)}: ${formatPercent(chosen.attentionShare)}`;
  const labelOnLeft = marker.x > chart.width * 0.62;
  const summary = ticks.map((n) => `${contextLabel(n)} tokens ${formatPercent(at(n).attentionShare)}`).join(', ');

  const field = (key: string) => `${id}-${key}`;
  const allInputs = ['model', 'layers', 'dModel', 'context'].map(field);
  const quantity = (key: 'layers' | 'dModel' | 'context') => ({
    id: field(key),
    text: texts[key],
    parsed: parsed[key],
    onText: (text: string) => state.set(key, text),
    rules: state.rules[key],
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
          <ResultCell headline inputs={allInputs} label={`Attention share at ${contextLabel(v.context)} tokens`} value={formatPercent(chosen.attentionShare)} />
          <ResultCell inputs={allInputs} label="Training FLOPs per token" value={formatFlops(chosen.totalFlops)}
            detail={`6N ${formatFlops(chosen.denseFlops)} + attention ${formatFlops(chosen.attentionFlops)}`} />
          <ResultCell inputs={allInputs} label="Attention equals 6N at" value={`${formatCount(parity)} tokens`} detail="N / (layers × d_model)" />
          <figure class="tot-result tot-result-wide tot-share-chart">
            <svg viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-labelledby={`${id}-svg-title ${id}-svg-desc`}>
              <title id={`${id}-svg-title`}>Attention share of training FLOPs per token against context length</title>
              <desc id={`${id}-svg-desc`}>{`${modelShapes[model].label}${state.overridden.has('layers') || state.overridden.has('dModel') ? ' (resized)' : ''}: ${summary}.`}</desc>
              {[0, 0.25, 0.5, 0.75, 1].map((share) => (
                <g key={share} class="tot-chart-grid">
                  <line x1={chart.left} x2={chart.width - chart.right} y1={y(share)} y2={y(share)} />
                  <text x={chart.left - 6} y={y(share)} dy="0.32em" text-anchor="end">{`${share * 100}%`}</text>
                </g>
              ))}
              {ticks.map((n) => (
                <text key={n} class="tot-chart-tick" x={x(n)} y={plotBottom + 16} text-anchor="middle">
                  {contextLabel(n)}
                </text>
              ))}
              <text class="tot-chart-axis" x={(chart.left + chart.width - chart.right) / 2} y={chart.height - 6} text-anchor="middle">
                Context length (tokens, log scale)
              </text>
              <path class="tot-chart-line" d={path} />
              <line class="tot-chart-marker-line" x1={marker.x} x2={marker.x} y1={plotBottom} y2={marker.y} />
              <circle class="tot-chart-marker" cx={marker.x} cy={marker.y} r="5" />
              <text class="tot-chart-marker-label" x={marker.x + (labelOnLeft ? -9 : 9)} y={marker.y - 9} text-anchor={labelOnLeft ? 'end' : 'start'}>
                {markerLabel}
              </text>
            </svg>
          </figure>
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
