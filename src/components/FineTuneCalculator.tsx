import { getAccelerator } from '~/lib/accelerators';
import { isPricedAcceleratorId, pricedAcceleratorIds, pricedAcceleratorOr } from '~/lib/defaultPrices';
import { chinchillaTokensPerParam } from '~/lib/chinchilla';
import { compareFineTuning, maxFineTuningTokensForSaving, type FineTuneRoute } from '~/lib/fineTuneComparison';
import type { LoraTargets } from '~/lib/lora';
import { modelShapes, type ModelShapeId } from '~/lib/modelShapes';
import { countParameters } from '~/lib/parameters';
import { hasPublishedPretrainingTokens, publishedPretrainingTokens, type PretrainedModelId } from '~/lib/pretrainingTokens';
import { formatBand } from '~/lib/quantity/band';
import {
  describeCount,
  formatBytes,
  formatCount,
  formatDuration,
  formatFactor,
  formatFlops,
  formatPercent,
} from '~/lib/quantity/format';
import { AssumptionsLine } from './kit/AssumptionsLine';
import { Calculator } from './kit/Calculator';
import { CopyLink } from './kit/CopyLink';
import { ScrollRegion } from './kit/ScrollRegion';
import { tokenLimits } from './kit/limits';
import { NumberField } from './kit/NumberField';
import { ResultCell } from './kit/ResultCell';
import { SelectField } from './kit/SelectField';
import { ShowMath } from './kit/ShowMath';
import { useCalculatorState } from './kit/useCalculatorState';
import type { FineTuneExample } from './recommendations/fineTuneExample';

export interface FineTuneCalculatorProps {
  /** The worked example (server-computed): Llama 2 7B as published, fine-tuned on 100M tokens. */
  example: FineTuneExample;
  id?: string;
  namespace?: string;
}

/**
 * Dense presets whose pre-training tokens are published: the comparison needs that figure, and
 * LoRA's adapter count here assumes one feed-forward and per-head keys and values.
 */
const isDense = (id: ModelShapeId) => modelShapes[id].shape.mixtureOfExperts === undefined && modelShapes[id].shape.latentAttention === undefined;
const modelIds = (Object.keys(modelShapes) as ModelShapeId[]).filter(isDense).filter(hasPublishedPretrainingTokens);
const modelOptions = modelIds.map((id) => ({ value: id, label: modelShapes[id].label }));
const acceleratorOptions = pricedAcceleratorIds.map((id) => ({ value: id, label: getAccelerator(id).name }));
const targetOptions: { value: LoraTargets; label: string }[] = [
  { value: 'qv', label: 'Query and value (Hu et al.)' },
  { value: 'attention', label: 'All attention projections' },
  { value: 'all-linear', label: 'Every linear layer' },
];
const routeLabels: Record<FineTuneRoute, string> = {
  pretraining: 'Pre-training from scratch',
  full: 'Full fine-tune',
  lora: 'LoRA',
  qlora: 'QLoRA',
};
const routes: FineTuneRoute[] = ['pretraining', 'full', 'lora', 'qlora'];
const isModelId = (x: string | undefined): x is PretrainedModelId => x !== undefined && (modelIds as string[]).includes(x);

/**
 * What fine-tuning saves: pre-training a model vs fine-tuning it in full, with LoRA or with QLoRA
 * on the reader's tokens (devices, time, cost, saving), and whether AI-Pro's "up to 90%" holds.
 * Pre-training tokens default to each model's published count.
 */
export function FineTuneCalculator({ example, id = 'fine-tune-calculator', namespace = 'ft' }: FineTuneCalculatorProps) {
  const state = useCalculatorState({
    namespace,
    anchor: id,
    fields: {
      model: { type: 'choice', options: modelIds, default: example.model },
      tokens: { type: 'quantity', kind: 'count', ...tokenLimits, default: formatCount(example.fineTuningTokens) },
      pretrain: {
        type: 'quantity',
        kind: 'count',
        ...tokenLimits,
        // The published tokens of the chosen model (the worked example's: its run's own figure).
        default: ({ texts }) =>
          isModelId(texts.model) && texts.model !== example.model
            ? formatCount(publishedPretrainingTokens[texts.model].value)
            : formatCount(example.pretrainingTokens),
      },
      rank: { type: 'quantity', kind: 'count', min: 1, max: 4096, integer: true, default: String(example.loraRank) },
      targets: { type: 'choice', options: targetOptions.map(({ value }) => value), default: example.loraTargets },
      gpu: { type: 'choice', options: pricedAcceleratorIds, default: example.accelerator },
      mfu: { type: 'quantity', kind: 'fraction', min: 0.001, max: 1, default: formatPercent(example.mfu) },
      price: {
        type: 'quantity',
        kind: 'usd',
        min: 0,
        max: 1e4,
        band: true,
        shared: 'price', per: 'hour',
        default: ({ assumptions, texts }) =>
          formatBand(assumptions.pricePerHourUsd[pricedAcceleratorOr(texts.gpu, pricedAcceleratorOr(example.accelerator, 'a100-80gb'))], 'usd'),
      },
    },
  });
  const { texts, parsed, values, bands } = state;
  const model: ModelShapeId = isModelId(texts.model) ? texts.model : example.model;
  const published = isModelId(model) ? { id: model, value: publishedPretrainingTokens[model].value } : undefined;
  const acceleratorId = isPricedAcceleratorId(texts.gpu) ? texts.gpu : example.accelerator;
  const accelerator = getAccelerator(acceleratorId);
  const targets = targetOptions.find(({ value }) => value === texts.targets)?.value ?? example.loraTargets;
  // Costs at both ends of the price band; hours, devices and savings do not depend on the price.
  const compareAt = (pricePerHour: number) => compareFineTuning({
    shape: modelShapes[model].shape,
    pretrainingTokens: values.pretrain,
    fineTuningTokens: values.tokens,
    loraRank: values.rank,
    loraTargets: targets,
    accelerator: acceleratorId,
    mfu: values.mfu,
    pricePerHour,
  });
  const comparison = compareAt(bands.price.high);
  const cheap = compareAt(bands.price.low);
  const { rows } = comparison;
  const costBand = (route: FineTuneRoute) => formatBand({ low: cheap.rows[route].costUsd, high: rows[route].costUsd }, 'usd');
  const ninetyFull = maxFineTuningTokensForSaving({ pretrainingTokens: values.pretrain, saving: 0.9, method: 'full' });
  const ninetyLora = maxFineTuningTokensForSaving({ pretrainingTokens: values.pretrain, saving: 0.9, method: 'lora' });
  const holds = rows.full.savingFraction >= 0.9;
  const verdict = holds
    ? `Yes: a full fine-tune saves ${formatPercent(rows.full.savingFraction)}`
    : `No: a full fine-tune saves ${formatPercent(Math.max(0, rows.full.savingFraction))}`;

  const field = (key: string) => `${id}-${key}`;
  const allInputs = ['model', 'tokens', 'pretrain', 'rank', 'targets', 'gpu', 'mfu', 'price'].map(field);
  const quantity = (key: 'tokens' | 'pretrain' | 'rank' | 'mfu' | 'price') => ({
    id: field(key),
    text: texts[key],
    parsed: parsed[key],
    onText: (text: string) => state.set(key, text),
    rules: state.rules[key],
  });
  const n = formatCount(comparison.params);

  return (
    <Calculator
      id={id}
      title="What fine-tuning saves"
      stale={state.stale}
      inputs={
        <>
          <SelectField id={field('model')} label="Model" value={model} options={modelOptions} onChange={(next) => state.set('model', next)}
            note={`${describeCount(comparison.params, 'parameters')}`} />
          <NumberField {...quantity('tokens')} label="Fine-tuning tokens" describe={(b) => describeCount(b.low, 'tokens')} hint="e.g. 100M, 5B" />
          <NumberField {...quantity('pretrain')} label="Pre-training tokens"
            describe={(b) => `${describeCount(b.low, 'tokens')}; published: ${published ? `${formatCount(published.value)} (${example.pretrainingSources[published.id]})` : 'none'}; Chinchilla-optimal: ${formatCount(chinchillaTokensPerParam * comparison.params)}`} />
          <NumberField {...quantity('rank')} label="LoRA rank r" describe={(b) => `${describeCount(comparison.adapterParams, 'adapter parameters')} at r = ${b.low}`} />
          <SelectField id={field('targets')} label="LoRA on" value={targets} options={targetOptions} onChange={(next) => state.set('targets', next)} />
          <SelectField id={field('gpu')} label="Accelerator" value={acceleratorId} options={acceleratorOptions} onChange={(next) => state.set('gpu', next)}
            note={`${formatBytes(accelerator.memoryBytes)} of memory`} />
          <NumberField {...quantity('mfu')} label="Utilisation (MFU)" describe={(b) => `${formatBand(b, 'fraction')} of the dense peak`} />
          <NumberField {...quantity('price')} label="Price per accelerator-hour" describe={(b) => `${formatBand(b, 'usd')} per accelerator-hour`} />
        </>
      }
      results={
        <>
          <ResultCell inputs={allInputs} label="Pre-training cost" value={costBand('pretraining')}
            detail={`${formatCount(rows.pretraining.acceleratorHours)} accelerator-hours`} />
          <ResultCell headline inputs={allInputs} label="LoRA fine-tune cost" value={costBand('lora')}
            detail={`${formatCount(rows.lora.acceleratorHours)} accelerator-hours on ${describeCount(rows.lora.devices, { singular: 'device', plural: 'devices' })}`} />
          <ResultCell headline inputs={allInputs} label="Saving with LoRA" value={formatPercent(rows.lora.savingFraction)}
            detail={rows.lora.costUsd > 0 ? `${formatFactor(rows.pretraining.costUsd / rows.lora.costUsd)} cheaper than pre-training` : undefined} />
          <ResultCell inputs={allInputs} label="“Up to 90% cheaper”?" value={verdict}
            detail={`90% holds up to ${formatCount(ninetyFull)} fine-tuning tokens in full, ${formatCount(ninetyLora)} with LoRA`} />
          <ScrollRegion label={`Each route for ${modelShapes[model].label} on ${accelerator.name}`}>
            <table class="tot-ft-table">
              <caption>Each route for {modelShapes[model].label} on {accelerator.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Route</th>
                  <th scope="col">Compute</th>
                  <th scope="col">Model state</th>
                  <th scope="col">Devices</th>
                  <th scope="col">Accelerator-hours</th>
                  <th scope="col">Time on those devices</th>
                  <th scope="col">Cost</th>
                  <th scope="col">Saving</th>
                </tr>
              </thead>
              <tbody>
                {routes.map((route) => {
                  const row = rows[route];
                  return (
                    <tr key={route} data-route={route}>
                      <th scope="row">{routeLabels[route]}</th>
                      <td>{formatFlops(row.flops)}</td>
                      <td>{formatBytes(row.memoryBytes)}</td>
                      <td>{formatCount(row.devices)}</td>
                      <td>{formatCount(row.acceleratorHours)}</td>
                      <td>{formatDuration(row.wallClockHours)}</td>
                      <td>{costBand(route)}</td>
                      <td>{route === 'pretraining' ? '—' : formatPercent(row.savingFraction)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      }
      footer={
        <>
          <ShowMath
            steps={[
              `pre-training = 6 × N × D_pt = 6 × ${n} × ${formatCount(values.pretrain)} = ${formatFlops(rows.pretraining.flops)}`,
              `full fine-tune = 6 × N × D_ft = 6 × ${n} × ${formatCount(values.tokens)} = ${formatFlops(rows.full.flops)}`,
              `LoRA / QLoRA ≈ 4 × N × D_ft = ${formatFlops(rows.lora.flops)}: frozen weights skip their weight gradients, but every token still goes forward and backward through all ${n} parameters`,
              `memory: full 16 B × N = ${formatBytes(rows.full.memoryBytes)}; LoRA 2 B × N + 16 B × ${formatCount(comparison.adapterParams)} adapters = ${formatBytes(rows.lora.memoryBytes)}; QLoRA ≈ 0.52 B × N + adapters = ${formatBytes(rows.qlora.memoryBytes)}`,
              `devices = ⌈memory ÷ ${formatBytes(accelerator.memoryBytes)}⌉ (activations not counted); hours = FLOPs ÷ (peak × ${formatPercent(values.mfu)} × 3600)`,
              `saving = 1 − cost ÷ pre-training cost; 90% holds while D_ft ≤ 10% × D_pt in full (${formatCount(ninetyFull)}), 15% × D_pt with adapters (${formatCount(ninetyLora)})`,
            ]}
            source="Kaplan et al. 2020 §2.1 (6ND); huggingface/peft#664 (≈4ND with LoRA); Hu et al. 2021; Dettmers et al. 2023 §3"
            href="https://github.com/huggingface/peft/issues/664"
          />
          <AssumptionsLine
            used={[{ label: `${accelerator.name} price`, value: `${formatBand(bands.price, 'usd')}/h`, overridden: state.overridden.has('price') }]}
          />
          <CopyLink anchor={id} />
        </>
      }
    />
  );
}
