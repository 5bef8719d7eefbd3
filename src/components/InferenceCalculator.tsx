import {
  accelerators,
  describeCount,
  estimateInference,
  formatCount,
  formatPercent,
  formatUsd,
  getAccelerator,
  hoursPerMonth,
  isAcceleratorId,
  type AcceleratorId,
} from '~/lib';
import { AssumptionsLine } from './kit/AssumptionsLine';
import { Calculator } from './kit/Calculator';
import { CopyLink } from './kit/CopyLink';
import { parameterLimits } from './kit/limits';
import { NumberField } from './kit/NumberField';
import { ResultCell } from './kit/ResultCell';
import { SelectField } from './kit/SelectField';
import { ShowMath } from './kit/ShowMath';
import { useCalculatorState } from './kit/useCalculatorState';
import type { TrainingExample } from './trainingExample';

const id = 'inference-calculator';
const acceleratorIds = accelerators.map((a) => a.id);
const acceleratorOptions = accelerators.map(({ id: value, name }) => ({ value, label: name }));
/** Bytes per stored weight by number format. */
const formats = { bf16: 2, int8: 1, int4: 0.5 } as const;
type WeightFormat = keyof typeof formats;
const formatIds = Object.keys(formats) as WeightFormat[];
const formatOptions = [
  { value: 'bf16', label: 'BF16 (2 bytes)' },
  { value: 'int8', label: 'INT8 / FP8 (1 byte)' },
  { value: 'int4', label: '4-bit (0.5 bytes)' },
] as const satisfies readonly { value: WeightFormat; label: string }[];

/**
 * Serving cost: tokens per second under a roofline (2·N FLOPs per token against one read of the
 * weights per decode step), then cost per million tokens and per month (library
 * `estimateInference`). Opens on the model it is given (LLaMA 65B in the article), in BF16 on the
 * accelerator it was trained on.
 */
export function InferenceCalculator({ example }: { example: Pick<TrainingExample, 'params' | 'accelerator'> }) {
  const state = useCalculatorState({
    namespace: 'inf',
    anchor: id,
    fields: {
      params: { type: 'quantity', kind: 'count', ...parameterLimits, min: 1e6, default: formatCount(example.params) },
      format: { type: 'choice', options: formatIds, default: 'bf16' },
      gpu: { type: 'choice', options: acceleratorIds, default: example.accelerator },
      batch: { type: 'quantity', kind: 'count', min: 1, max: 4096, integer: true, default: '1' },
      mfu: { type: 'quantity', kind: 'fraction', min: 0.001, max: 1, default: ({ assumptions }) => formatPercent(assumptions.mfu.low) },
      price: {
        type: 'quantity',
        kind: 'usd',
        min: 0,
        max: 1e4,
        shared: 'price', per: 'hour',
        default: ({ assumptions, texts }) =>
          formatUsd(assumptions.pricePerHourUsd[isAcceleratorId(texts.gpu) ? texts.gpu : example.accelerator]),
      },
      demand: { type: 'quantity', kind: 'count', min: 0, max: 1e18, default: '1B' },
    },
  });
  const { texts, parsed, values } = state;
  const acceleratorId: AcceleratorId = isAcceleratorId(texts.gpu) ? texts.gpu : example.accelerator;
  const accelerator = getAccelerator(acceleratorId);
  const weightFormat: WeightFormat = formatIds.includes(texts.format as WeightFormat) ? (texts.format as WeightFormat) : 'bf16';
  const result = estimateInference({
    params: values.params,
    bytesPerParam: formats[weightFormat],
    accelerator: acceleratorId,
    batchSize: values.batch,
    mfu: values.mfu,
    pricePerHour: values.price,
    tokensPerMonth: values.demand,
  });
  const field = (key: string) => `${id}-${key}`;
  const inputs = ['params', 'format', 'gpu', 'batch', 'mfu', 'price', 'demand'].map(field);
  const quantity = (key: 'params' | 'batch' | 'mfu' | 'price' | 'demand') => ({
    id: field(key),
    text: texts[key],
    parsed: parsed[key],
    onText: (text: string) => state.set(key, text),
    rules: state.rules[key],
  });
  return (
    <Calculator
      id={id}
      title="Serving cost"
      stale={state.stale}
      inputs={
        <>
          <NumberField {...quantity('params')} label="Parameters (active per token)" describe={(b) => describeCount(b.low, 'parameters')} hint="e.g. 7B, 70B" />
          <SelectField id={field('format')} label="Weight format" value={weightFormat} options={formatOptions} onChange={(next) => state.set('format', next)} />
          <SelectField id={field('gpu')} label="Accelerator" value={acceleratorId} options={acceleratorOptions} onChange={(next) => state.set('gpu', next)} />
          <NumberField {...quantity('batch')} label="Batch size (sequences at once)" describe={(b) => describeCount(b.low, { singular: 'sequence', plural: 'sequences' })} />
          <NumberField {...quantity('mfu')} label="Utilisation when compute-bound" describe={(b) => `${formatPercent(b.low)} of the dense peak`} />
          <NumberField {...quantity('price')} label="Price per accelerator-hour" describe={(b) => `${formatUsd(b.low)} per accelerator-hour`} />
          <NumberField {...quantity('demand')} label="Tokens served per month" describe={(b) => describeCount(b.low, 'tokens')} hint="e.g. 1B, 50B" />
        </>
      }
      results={
        <>
          <ResultCell inputs={inputs} label="Accelerators per replica" value={formatCount(result.devicesPerReplica)} />
          <ResultCell inputs={inputs} label="Tokens per second per replica" value={formatCount(result.tokensPerSecond)}
            detail={result.bound === 'compute' ? 'compute-bound' : 'memory-bandwidth-bound'} />
          <ResultCell headline inputs={inputs} label="Cost per million tokens" value={formatUsd(result.costPerMillionTokensUsd)} />
          <ResultCell inputs={inputs} label="Replicas for the demand" value={formatCount(result.replicas)} />
          <ResultCell headline inputs={inputs} label="Cost per month" value={formatUsd(result.costPerMonthUsd)} />
        </>
      }
      footer={
        <>
          <ShowMath
            steps={[
              `weights = ${formatCount(values.params)} × ${formats[weightFormat]} B; with 20% overhead they need ${formatCount(result.devicesPerReplica)} × ${accelerator.name}`,
              `compute bound = devices × peak × ${formatPercent(values.mfu)} ÷ (2 × ${formatCount(values.params)} FLOPs per token)`,
              `bandwidth bound = batch ${formatCount(values.batch)} × devices × bandwidth ÷ weight bytes per step`,
              `throughput = the smaller bound = ${formatCount(result.tokensPerSecond)} tokens/s (${result.bound})`,
              `cost per million = ${formatCount(result.devicesPerReplica)} × ${formatUsd(values.price)}/h ÷ (${formatCount(result.tokensPerSecond)} × 3600) × 10^6 = ${formatUsd(result.costPerMillionTokensUsd)}`,
              `per month = ${formatCount(result.replicas)} replicas × ${formatCount(result.devicesPerReplica)} × ${formatUsd(values.price)}/h × ${formatCount(hoursPerMonth)} h = ${formatUsd(result.costPerMonthUsd)}`,
            ]}
            source="Kaplan et al. 2020, §2.1 (2·N per token); Pope et al. 2022, §2 (memory-bound decoding)"
            href="https://arxiv.org/abs/2211.05102"
          />
          <AssumptionsLine
            used={[{ label: `${accelerator.name} price`, value: `${formatUsd(values.price)}/h`, overridden: state.overridden.has('price') }]}
          />
          <CopyLink anchor={id} />
        </>
      }
    />
  );
}
