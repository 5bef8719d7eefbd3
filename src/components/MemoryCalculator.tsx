import {
  accelerators,
  bytesPerValue,
  countParameters,
  describeCount,
  formatBytes,
  formatCount,
  getAccelerator,
  isAcceleratorId,
  minimumDevices,
  modelShapes,
  optimizerBytesPerParam,
  trainingMemory,
  type ModelShapeId,
  type Optimizer,
  type Precision,
  type Recomputation,
  type ZeroStage,
} from '~/lib';
import { StackedBar } from './basics/StackedBar';
import { useQueuedEdits } from './basics/useQueuedEdits';
import { Calculator } from './kit/Calculator';
import { CopyLink } from './kit/CopyLink';
import { parameterLimits } from './kit/limits';
import { NumberField } from './kit/NumberField';
import { ResultCell } from './kit/ResultCell';
import { SelectField, type SelectOption } from './kit/SelectField';
import { ShowMath } from './kit/ShowMath';
import { useCalculatorState } from './kit/useCalculatorState';

export interface MemoryCalculatorProps {
  /** Anchor of this calculator on the page; change it (and `namespace`) to embed two. */
  id?: string;
  /** URL namespace of its state: `mem` gives `?mem.zero=3`. */
  namespace?: string;
}

const modelIds = Object.keys(modelShapes) as ModelShapeId[];
const modelOptions = modelIds.map((value) => ({ value, label: modelShapes[value].label }));
const precisionOptions = [
  { value: 'bf16', label: 'bf16 (2 bytes)' },
  { value: 'fp16', label: 'fp16 (2 bytes)' },
  { value: 'fp32', label: 'fp32 (4 bytes, no master copy)' },
  { value: 'fp8', label: 'fp8 (1 byte, lower bound)' },
] as const satisfies readonly { value: Precision; label: string }[];
const optimizerOptions = [
  { value: 'adamw', label: 'AdamW (momentum + variance)' },
  { value: 'adamw-8bit', label: 'AdamW 8-bit' },
  { value: 'sgd-momentum', label: 'SGD with momentum' },
  { value: 'sgd', label: 'SGD' },
] as const satisfies readonly { value: Optimizer; label: string }[];
const zeroOptions = [
  { value: '0', label: 'None', description: 'Every device holds everything' },
  { value: '1', label: 'ZeRO-1', description: 'Optimizer states are sharded' },
  { value: '2', label: 'ZeRO-2', description: 'Optimizer states and gradients are sharded' },
  { value: '3', label: 'ZeRO-3', description: 'Optimizer states, gradients and weights are sharded' },
] as const;
const recomputeOptions = [
  { value: 'none', label: 'None', description: 'Every activation is kept' },
  { value: 'selective', label: 'Selective', description: 'Attention is recomputed' },
  { value: 'full', label: 'Full', description: 'Only each layer’s input is kept' },
] as const satisfies readonly SelectOption<Recomputation>[];
const acceleratorOptions = accelerators.map(({ id, name }) => ({ value: id, label: name }));
/** Slider tracks for model size and device count, on log scales (they span orders of magnitude). */
const sliders = {
  params: { label: 'Model size', min: 1e8, max: 2e12, scale: 'log', steps: 100 },
  devices: { label: 'Number of devices', min: 1, max: 1e5, scale: 'log', steps: 100 },
} as const;
const values = <T extends { value: string }>(options: readonly T[]) => options.map((o) => o.value);

/** The worked example: Llama 2 7B, full fine-tuning in bf16 with AdamW, on one A100 80GB. */
export const memoryExample = {
  model: 'llama2-7b',
  precision: 'bf16',
  optimizer: 'adamw',
  zeroStage: 0,
  devices: 1,
  recomputation: 'full',
  /** Llama 2's context length (Touvron et al. 2023b, Table 1). */
  sequenceLength: 4096,
  microBatchSize: 1,
  accelerator: 'a100-80gb',
} as const;

const presetTexts = (id: ModelShapeId) => {
  const { shape } = modelShapes[id];
  return {
    params: formatCount(countParameters(shape).total),
    layers: String(shape.layers),
    dModel: String(shape.dModel),
    heads: String(shape.heads),
  };
};

/**
 * Training memory per device: weights, gradients and optimizer states (sharded by the ZeRO
 * stage across data-parallel devices) plus activations (Korthikanti et al. 2022), against the
 * chosen accelerator's memory, with the fewest devices that fit. Opens on Llama 2 7B full
 * fine-tuning, which needs ≈ 16 bytes per parameter and does not fit on one A100 80GB.
 */
export function MemoryCalculator({ id = 'memory-calculator', namespace = 'mem' }: MemoryCalculatorProps) {
  const state = useCalculatorState({
    namespace,
    anchor: id,
    fields: {
      model: { type: 'choice', options: modelIds, default: memoryExample.model },
      params: { type: 'quantity', kind: 'count', ...parameterLimits, default: ({ texts }) => presetTexts(presetId(texts.model)).params },
      precision: { type: 'choice', options: values(precisionOptions), default: memoryExample.precision },
      optimizer: { type: 'choice', options: values(optimizerOptions), default: memoryExample.optimizer },
      zero: { type: 'choice', options: values(zeroOptions), default: String(memoryExample.zeroStage) },
      devices: { type: 'quantity', kind: 'count', min: 1, max: 1e6, integer: true, default: String(memoryExample.devices) },
      recompute: { type: 'choice', options: values(recomputeOptions), default: memoryExample.recomputation },
      seq: { type: 'quantity', kind: 'count', min: 1, max: 1e7, integer: true, default: String(memoryExample.sequenceLength) },
      micro: { type: 'quantity', kind: 'count', min: 1, max: 1e5, integer: true, default: String(memoryExample.microBatchSize) },
      layers: { type: 'quantity', kind: 'count', min: 1, max: 1e4, integer: true, default: ({ texts }) => presetTexts(presetId(texts.model)).layers },
      dModel: { type: 'quantity', kind: 'count', min: 1, max: 1e6, integer: true, default: ({ texts }) => presetTexts(presetId(texts.model)).dModel },
      heads: { type: 'quantity', kind: 'count', min: 1, max: 1e4, integer: true, default: ({ texts }) => presetTexts(presetId(texts.model)).heads },
      gpu: { type: 'choice', options: accelerators.map((a) => a.id), default: memoryExample.accelerator },
    },
  });
  const { texts, parsed, values: v } = state;
  const edit = useQueuedEdits(state.set);
  const model = presetId(texts.model);
  const precision = texts.precision as Precision;
  const optimizer = texts.optimizer as Optimizer;
  const zeroStage = Number(texts.zero) as ZeroStage;
  const recomputation = texts.recompute as Recomputation;
  const acceleratorId = isAcceleratorId(texts.gpu) ? texts.gpu : memoryExample.accelerator;
  const accelerator = getAccelerator(acceleratorId);

  const input = {
    params: v.params,
    precision,
    optimizer,
    zeroStage,
    recomputation,
    activations: { layers: v.layers, dModel: v.dModel, heads: v.heads, sequenceLength: v.seq, microBatchSize: v.micro },
  };
  const memory = trainingMemory({ ...input, devices: v.devices });
  const fits = memory.totalBytes <= accelerator.memoryBytes;
  const fewest = minimumDevices({ ...input, accelerator: acceleratorId });
  const fewestZero3 = zeroStage === 3 ? fewest : minimumDevices({ ...input, zeroStage: 3, accelerator: acceleratorId });

  const field = (key: string) => `${id}-${key}`;
  const allInputs = ['model', 'params', 'precision', 'optimizer', 'zero', 'devices', 'recompute', 'seq', 'micro', 'layers', 'dModel', 'heads', 'gpu'].map(field);
  const quantity = (key: 'params' | 'devices' | 'seq' | 'micro' | 'layers' | 'dModel' | 'heads') => ({
    id: field(key),
    text: texts[key],
    parsed: parsed[key],
    onText: (text: string) => state.set(key, text),
    rules: state.rules[key],
  });
  const count = (noun: string, plural = `${noun}s`) => (b: { low: number }) => describeCount(b.low, { singular: noun, plural });
  const choose = (key: 'precision' | 'optimizer' | 'zero' | 'recompute' | 'gpu') => (next: string) => state.set(key, next);
  const perDevice = (stage: ZeroStage) => (zeroStage >= stage && v.devices > 1 ? ` ÷ ${formatCount(v.devices)} devices` : '');
  const deviceName = `${formatCount(v.devices)} × ${accelerator.name}`;
  const fewestText = (result: typeof fewest) =>
    result.fits
      ? describeCount(result.devices, { singular: 'device', plural: 'devices' })
      : result.reason === 'not-partitioned'
        ? 'none'
        : 'over a million';
  const fewestDetail = fewest.fits
    ? `at ZeRO-${zeroStage}, ${formatBytes(fewest.memory.totalBytes)} per device`
    : zeroStage === 0
      ? `without ZeRO every device holds all ${formatBytes(fewest.floorBytes)}; with ZeRO-3: ${fewestText(fewestZero3)}`
      : `what ZeRO-${zeroStage} keeps whole (${formatBytes(fewest.floorBytes)}) exceeds one device; with ZeRO-3: ${fewestText(fewestZero3)}`;

  return (
    <Calculator
      id={id}
      title="Training memory per device"
      stale={state.stale}
      inputs={
        <>
          <SelectField id={field('model')} label="Model (fills parameters and shape)" value={model} options={modelOptions}
            onChange={(next) => edit([['model', next], ...Object.entries(presetTexts(next)) as Array<['params' | 'layers' | 'dModel' | 'heads', string]>])}
            note={`${describeCount(countParameters(modelShapes[model].shape).total, 'parameters')} in the released shape`} />
          <NumberField {...quantity('params')} label="Parameters" slider={sliders.params} describe={(b) => describeCount(b.low, 'parameters')} hint="e.g. 7B, 70B" />
          <SelectField id={field('precision')} label="Weights and gradients in" value={precision} options={precisionOptions} onChange={choose('precision')} />
          <SelectField id={field('optimizer')} label="Optimizer" value={optimizer} options={optimizerOptions} onChange={choose('optimizer')}
            note={`${optimizerBytesPerParam(optimizer, precision)} bytes per parameter${precision === 'fp32' ? '' : ', fp32 master copy included'}`} />
          <SelectField id={field('zero')} label="ZeRO stage" value={texts.zero as '0'} options={zeroOptions} onChange={choose('zero')} />
          <NumberField {...quantity('devices')} label="Data-parallel devices" slider={sliders.devices} describe={count('device')} />
          <SelectField id={field('recompute')} label="Activation recomputation" value={recomputation} options={recomputeOptions} onChange={choose('recompute')} />
          <NumberField {...quantity('seq')} label="Sequence length (tokens)" describe={count('token')} />
          <NumberField {...quantity('micro')} label="Micro-batch per device" describe={count('sequence')} />
          <NumberField {...quantity('layers')} label="Layers" describe={count('layer')} />
          <NumberField {...quantity('dModel')} label="Model width (d_model)" describe={count('channel')} />
          <NumberField {...quantity('heads')} label="Attention heads" describe={count('head')} />
          <SelectField id={field('gpu')} label="Accelerator" value={acceleratorId} options={acceleratorOptions} onChange={choose('gpu')}
            note={`${formatBytes(accelerator.memoryBytes)} of memory`} />
        </>
      }
      results={
        <>
          <ResultCell headline inputs={allInputs} label="Memory per device" value={formatBytes(memory.totalBytes)}
            detail={`of ${formatBytes(accelerator.memoryBytes)} on one ${accelerator.name}`} />
          <ResultCell headline inputs={allInputs} label={`Fits on ${deviceName}?`} value={fits ? 'Yes' : 'No'}
            detail={fits ? `${formatBytes(accelerator.memoryBytes - memory.totalBytes)} to spare` : `${formatBytes(memory.totalBytes - accelerator.memoryBytes)} too much per device`} />
          <ResultCell inputs={allInputs} label={`Fewest devices that fit at ZeRO-${zeroStage}`} value={fewestText(fewest)} detail={fewestDetail} />
          <div class="tot-result tot-result-wide">
            <StackedBar
              label={`Memory per device on ${deviceName}`}
              segments={[
                { key: 'weights', label: 'Weights', value: memory.weightsBytes, text: formatBytes(memory.weightsBytes) },
                { key: 'gradients', label: 'Gradients', value: memory.gradientsBytes, text: formatBytes(memory.gradientsBytes) },
                { key: 'optimizer', label: 'Optimizer states', value: memory.optimizerBytes, text: formatBytes(memory.optimizerBytes) },
                { key: 'activations', label: 'Activations', value: memory.activationsBytes, text: formatBytes(memory.activationsBytes) },
              ]}
              limit={{ value: accelerator.memoryBytes, text: `${formatBytes(accelerator.memoryBytes)} device memory` }}
            />
          </div>
        </>
      }
      footer={
        <>
          <ShowMath
            steps={[
              `weights = ${formatCount(v.params)} × ${bytesPerValue[precision]} B${perDevice(3)} = ${formatBytes(memory.weightsBytes)}`,
              `gradients = ${formatCount(v.params)} × ${bytesPerValue[precision]} B${perDevice(2)} = ${formatBytes(memory.gradientsBytes)}`,
              `optimizer states = ${formatCount(v.params)} × ${optimizerBytesPerParam(optimizer, precision)} B${perDevice(1)} = ${formatBytes(memory.optimizerBytes)}`,
              `activations (${recomputation}) = ${activationFormula(recomputation)} with s = ${formatCount(v.seq)}, b = ${formatCount(v.micro)}, h = ${formatCount(v.dModel)}, L = ${formatCount(v.layers)}, a = ${formatCount(v.heads)}: ${formatBytes(memory.activationsBytes)}`,
              `total per device = ${formatBytes(memory.totalBytes)} against ${formatBytes(accelerator.memoryBytes)} (GB = 10⁹ bytes)`,
            ]}
            source="EleutherAI, Transformer Math 101 (2023); Rajbhandari et al. 2019, ZeRO §5; Korthikanti et al. 2022, §4"
            href="https://blog.eleuther.ai/transformer-math/"
          />
          <CopyLink anchor={id} />
        </>
      }
    />
  );
}

function presetId(text: string | undefined): ModelShapeId {
  return modelIds.find((known) => known === text) ?? memoryExample.model;
}

function activationFormula(recomputation: Recomputation): string {
  switch (recomputation) {
    case 'none':
      return 's·b·h·L·(34 + 5·a·s/h) bytes';
    case 'selective':
      return 's·b·h·L·34 bytes';
    case 'full':
      return '2·s·b·h·L bytes';
    default:
      throw new Error(`Unknown recomputation ${JSON.stringify(recomputation satisfies never)}`);
  }
}
