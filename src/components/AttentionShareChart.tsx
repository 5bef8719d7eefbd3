import {
  attentionParityContextLength,
  attentionShapeOf,
  countParameters,
  describeCount,
  flopsPerToken,
  formatCount,
  formatFlops,
  formatPercent,
  modelShapes,
  type AttentionConvention,
  type ModelShapeId,
} from '~/lib';
import { contextDomain, contextLabel, contextTicks } from './basics/shareChart';
import { ShareChartFigure } from './basics/ShareChartFigure';
import { presetIdOf, presetIds, presetOptions } from './basics/presets';
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

/** The chart opens on Llama 3.1 8B at the 8,192-token sequences of its pre-training (Dubey et al. 2024, §3.4.1). */
export const attentionShareDefault = { model: 'llama3-8b' as ModelShapeId, contextLength: 8192 };

const conventionOptions = [
  { value: 'palm', label: 'PaLM’s (reported MFU)' },
  { value: 'kaplan', label: 'Kaplan’s (half of it)' },
] as const satisfies readonly { value: AttentionConvention; label: string }[];

/**
 * The share of training FLOPs per token that attention takes as the context grows, for a model's
 * real attention widths (PaLM App. B's count, or Kaplan et al. 2020 §2.1's half of it): a
 * server-rendered SVG line with a marker at the chosen context.
 */
export function AttentionShareChart({ id = 'attention-share', namespace = 'attn' }: AttentionShareChartProps) {
  const state = useCalculatorState({
    namespace,
    anchor: id,
    fields: {
      model: { type: 'choice', options: presetIds, default: attentionShareDefault.model },
      context: { type: 'quantity', kind: 'count', min: 1, max: 1e8, integer: true, default: String(attentionShareDefault.contextLength) },
      convention: { type: 'choice', options: conventionOptions.map((o) => o.value), default: 'palm' },
    },
  });
  const { texts, parsed, values: v } = state;
  const model = presetIdOf(texts.model, attentionShareDefault.model);
  const shape = modelShapes[model].shape;
  const convention: AttentionConvention = texts.convention === 'kaplan' ? 'kaplan' : 'palm';
  const params = countParameters(shape).activeMatmul;
  const at = (contextLength: number) => flopsPerToken({ params, attention: attentionShapeOf(shape, Math.round(contextLength)), convention });
  const chosen = at(v.context);
  const parity = attentionParityContextLength({ params, attention: attentionShapeOf(shape, 1), convention });

  const ticks = contextTicks(contextDomain(v.context));
  const markerLabel = `${contextLabel(v.context)}: ${formatPercent(chosen.attentionShare)}`;
  const summary = ticks.map((n) => `${contextLabel(n)} tokens ${formatPercent(at(n).attentionShare)}`).join(', ');

  const field = (key: string) => `${id}-${key}`;
  const allInputs = ['model', 'context', 'convention'].map(field);

  return (
    <Calculator
      id={id}
      title="Attention’s share of training FLOPs"
      stale={state.stale}
      inputs={
        <>
          <SelectField id={field('model')} label="Model" value={model} options={presetOptions} onChange={(next) => state.set('model', next)}
            note={`N = ${describeCount(params, 'parameters')} multiplied per token`} />
          <NumberField id={field('context')} text={texts.context} parsed={parsed.context} onText={(text) => state.set('context', text)} rules={state.rules.context}
            label="Context length (tokens)" describe={(b) => describeCount(b.low, 'tokens')} hint="e.g. 4096, 32768, 128k = 131072" />
          <SelectField id={field('convention')} label="Attention counted as" value={convention} options={conventionOptions} onChange={(next) => state.set('convention', next)} />
        </>
      }
      results={
        <>
          <ResultCell headline inputs={allInputs} label={`Attention share at ${contextLabel(v.context)} tokens`} value={formatPercent(chosen.attentionShare)} />
          <ResultCell inputs={allInputs} label="Training FLOPs per token" value={formatFlops(chosen.totalFlops)}
            detail={`6N ${formatFlops(chosen.denseFlops)} + attention ${formatFlops(chosen.attentionFlops)}`} />
          <ResultCell inputs={allInputs} label="Attention equals 6N at" value={parity === undefined ? 'never' : `${parity.toLocaleString('en-US')} tokens`}
            detail={parity === undefined ? 'every layer attends within a window' : convention === 'palm' ? 'N / (layers × heads × 2 × head width)' : 'twice the context of PaLM’s count'} />
          <ShareChartFigure id={id} share={(n) => at(n).attentionShare} context={v.context} markerLabel={markerLabel}
            description={`${modelShapes[model].label}: ${summary}.`} />
        </>
      }
      footer={
        <>
          <ShowMath
            steps={[
              `N (multiplied per token) = ${formatCount(params)}; 6N = ${formatFlops(chosen.denseFlops)} per token`,
              `attention = ${convention === 'palm' ? 6 : 3} × heads × (query-key + value width) × Σ layers of the tokens attended = ${formatFlops(chosen.attentionFlops)} per token at ${formatCount(v.context)} tokens`,
              `share = attention ÷ (6N + attention) = ${formatPercent(chosen.attentionShare)}`,
            ]}
            source="Chowdhery et al. 2022, App. B (6N + 12·L·H·Q·T); Kaplan et al. 2020, §2.1 and Table 1 (half the attention term)"
            href="https://arxiv.org/abs/2204.02311"
          />
          <CopyLink anchor={id} />
        </>
      }
    />
  );
}
