import {
  accelerators,
  activationShapeOf,
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
  type ParsedBand,
  type Precision,
  type Recomputation,
  type TrainingMemoryInput,
  type ZeroStage,
} from '~/lib';
import { presetIdOf, presetIds, presetOptions } from './basics/presets';
import { Calculator } from './kit/Calculator';
import { CopyLink } from './kit/CopyLink';
import { NumberField } from './kit/NumberField';
import { ResultCell } from './kit/ResultCell';
import { SelectField, type SelectOption } from './kit/SelectField';
import { ShowMath } from './kit/ShowMath';
import { StackedBar } from './kit/StackedBar';
import { useCalculatorState } from './kit/useCalculatorState';

export interface MemoryCalculatorProps {
  /** Anchor of this calculator on the page; change it (and `namespace`) to embed two. */
  id?: string;
  /** URL namespace of its state: `mem` gives `?mem.zero=3`. */
  namespace?: string;
}

const precisionOptions = [
  { value: 'bf16', label: 'bf16 (2 bytes)' },
  { value: 'fp16', label: 'fp16 (2 bytes)' },
  { value: 'fp32', label: 'fp32 (4 bytes, no master copy)' },
  { value: 'fp8', label: 'fp8 (1 byte, lower bound)' },
] as const satisfies readonly { value: Precision; label: string }[];
const gradientOptions = [
  { value: 'same', label: 'As the weights' },
  { value: 'fp32', label: 'fp32 (4 bytes)' },
] as const;
const optimizerOptions = [
  { value: 'adamw', label: 'AdamW' },
  { value: 'adamw-8bit', label: 'AdamW 8-bit' },
  { value: 'sgd-momentum', label: 'SGD with momentum' },
  { value: 'sgd', label: 'SGD' },
] as const satisfies readonly { value: Optimizer; label: string }[];
const zeroOptions = [
  { value: '0', label: 'None', description: 'Every device holds everything' },
  { value: '1', label: 'ZeRO-1', description: 'Optimizer states are sharded' },
  { value: '2', label: 'ZeRO-2', description: 'Optimizer states and gradients are sharded' },
  { value: '3', label: 'ZeRO-3 or FSDP', description: 'Optimizer states, gradients and weights are sharded' },
] as const;
const recomputeOptions = [
  { value: 'none', label: 'None', description: 'Every activation is kept' },
  { value: 'selective', label: 'Selective', description: 'Attention is recomputed' },
  { value: 'full', label: 'Full', description: 'Only each layer’s input is kept' },
] as const satisfies readonly SelectOption<Recomputation>[];
const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;
const acceleratorOptions = accelerators.map(({ id, name }) => ({ value: id, label: name }));
/** A slider track for the data-parallel degree, on a log scale (it spans orders of magnitude). */
const devicesSlider = { label: 'Number of data-parallel devices', min: 1, max: 1e5, scale: 'log', steps: 100 } as const;
const values = <T extends { value: string }>(options: readonly T[]) => options.map((o) => o.value);

/**
 * The calculator opens on torchtitan's Llama 3 70B training preset (PyTorch, `llama3_70b.toml`,
 * commit 038d5fd): 64 A100 GPUs as 8-way tensor parallel × 8-way FSDP, 8,192-token sequences,
 * 8 per data-parallel rank, full activation checkpointing, AdamW, BF16. FlashAttention and
 * sequence parallelism are the calculator's settings for it (torchtitan's attention and
 * tensor-parallel plan use both).
 */
export const memoryRecipe = {
  model: 'llama3.1-70b',
  precision: 'bf16',
  optimizer: 'adamw',
  zeroStage: 3,
  dataParallel: 8,
  tensorParallel: 8,
  pipelineParallel: 1,
  expertParallel: 1,
  sequenceParallel: true,
  flashAttention: true,
  recomputation: 'full',
  sequenceLength: 8192,
  microBatchSize: 8,
  accelerator: 'a100-80gb',
} as const;

/** The memory input of a preset under the calculator's settings (all of its parameters, experts split out). */
export function recipeMemoryInput(model: ModelShapeId, recipe: Omit<TrainingMemoryInput, 'params' | 'expertParams' | 'activations'> & { sequenceLength: number; microBatchSize: number }): TrainingMemoryInput {
  const { shape } = modelShapes[model];
  const count = countParameters(shape);
  const { sequenceLength, microBatchSize, ...rest } = recipe;
  return {
    ...rest,
    params: count.total,
    expertParams: count.routedExperts,
    activations: activationShapeOf(shape, { sequenceLength, microBatchSize }),
    communicationBuffers: true,
  };
}

const degree = { type: 'quantity', kind: 'count', min: 1, max: 1e5, integer: true } as const;

/**
 * Training memory per device: weights, gradients and optimizer states (split by tensor, pipeline
 * and expert parallelism, sharded by ZeRO), ZeRO's buffers and activations (Korthikanti et al.
 * 2022, generalised to the model's shape), against the chosen accelerator's memory, with the
 * fewest devices that fit at the chosen parallel degrees.
 */
export function MemoryCalculator({ id = 'memory-calculator', namespace = 'mem' }: MemoryCalculatorProps) {
  const state = useCalculatorState({
    namespace,
    anchor: id,
    fields: {
      model: { type: 'choice', options: presetIds, default: memoryRecipe.model },
      precision: { type: 'choice', options: values(precisionOptions), default: memoryRecipe.precision },
      gradients: { type: 'choice', options: values(gradientOptions), default: 'same' },
      optimizer: { type: 'choice', options: values(optimizerOptions), default: memoryRecipe.optimizer },
      zero: { type: 'choice', options: values(zeroOptions), default: String(memoryRecipe.zeroStage) },
      dp: { ...degree, default: String(memoryRecipe.dataParallel) },
      tp: { ...degree, default: String(memoryRecipe.tensorParallel) },
      pp: { ...degree, default: String(memoryRecipe.pipelineParallel) },
      ep: { ...degree, default: String(memoryRecipe.expertParallel) },
      sp: { type: 'choice', options: values(yesNo), default: memoryRecipe.sequenceParallel ? 'yes' : 'no' },
      recompute: { type: 'choice', options: values(recomputeOptions), default: memoryRecipe.recomputation },
      flash: { type: 'choice', options: values(yesNo), default: memoryRecipe.flashAttention ? 'yes' : 'no' },
      seq: { type: 'quantity', kind: 'count', min: 1, max: 1e7, integer: true, default: String(memoryRecipe.sequenceLength) },
      micro: { type: 'quantity', kind: 'count', min: 1, max: 1e5, integer: true, default: String(memoryRecipe.microBatchSize) },
      gpu: { type: 'choice', options: accelerators.map((a) => a.id), default: memoryRecipe.accelerator },
    },
  });
  const { texts, parsed, values: v } = state;
  const model = presetIdOf(texts.model, memoryRecipe.model);
  const precision = texts.precision as Precision;
  const optimizer = texts.optimizer as Optimizer;
  const zeroStage = Number(texts.zero) as ZeroStage;
  const recomputation = texts.recompute as Recomputation;
  const acceleratorId = isAcceleratorId(texts.gpu) ? texts.gpu : memoryRecipe.accelerator;
  const accelerator = getAccelerator(acceleratorId);
  // The expert degree must divide the data-parallel one: a problem of two valid fields, shown at the field.
  const epProblem = v.dp % v.ep === 0 ? null : `${formatCount(v.ep)} does not divide the ${formatCount(v.dp)} data-parallel devices`;
  const ep = epProblem === null ? v.ep : 1;
  const { shape, label } = modelShapes[model];
  const count = countParameters(shape);
  const input = recipeMemoryInput(model, {
    precision,
    gradientPrecision: texts.gradients === 'fp32' ? 'fp32' : precision,
    optimizer,
    zeroStage,
    devices: v.dp,
    tensorParallel: v.tp,
    pipelineParallel: v.pp,
    expertParallel: ep,
    sequenceParallel: texts.sp === 'yes',
    flashAttention: texts.flash === 'yes',
    recomputation,
    sequenceLength: v.seq,
    microBatchSize: v.micro,
  });
  const memory = trainingMemory(input);
  const fits = memory.totalBytes <= accelerator.memoryBytes;
  const { devices: _unused, ...withoutDevices } = input;
  const fewest = minimumDevices({ ...withoutDevices, accelerator: acceleratorId });
  const totalDevices = input.devices * v.tp * v.pp;

  const field = (key: string) => `${id}-${key}`;
  const allInputs = ['model', 'precision', 'gradients', 'optimizer', 'zero', 'dp', 'tp', 'pp', 'ep', 'sp', 'recompute', 'flash', 'seq', 'micro', 'gpu'].map(field);
  const quantity = (key: 'dp' | 'tp' | 'pp' | 'ep' | 'seq' | 'micro') => ({
    id: field(key),
    text: texts[key],
    parsed: (key === 'ep' && epProblem !== null ? { ok: false, message: epProblem } : parsed[key]) as ParsedBand,
    onText: (text: string) => state.set(key, text),
    rules: state.rules[key],
  });
  const select = (key: 'model' | 'precision' | 'gradients' | 'optimizer' | 'zero' | 'sp' | 'recompute' | 'flash' | 'gpu') => ({
    id: field(key),
    value: texts[key] as never,
    onChange: (next: string) => state.set(key, next),
  });
  const ways = (n: number, what: string) => describeCount(n, { singular: `way ${what}`, plural: `ways ${what}` });
  const gradientBytes = bytesPerValue[input.gradientPrecision ?? precision];
  const fewestText = fewest.fits ? describeCount(fewest.devices, { singular: 'device', plural: 'devices' }) : fewest.reason === 'not-partitioned' ? 'none' : 'over a million';
  const fewestDetail = fewest.fits
    ? `${formatCount(fewest.dataParallel)} data-parallel × ${formatCount(v.tp * v.pp)}, ${formatBytes(fewest.memory.totalBytes)} each`
    : `what ZeRO-${zeroStage} keeps whole (${formatBytes(fewest.floorBytes)}) exceeds one device; raise the stage or the tensor and pipeline degrees`;

  return (
    <Calculator
      id={id}
      title="Training memory per device"
      stale={state.stale || epProblem !== null}
      inputs={
        <>
          <SelectField {...select('model')} label="Model" options={presetOptions}
            note={count.routedExperts > 0 ? `${describeCount(count.total, 'parameters')}, every expert stored` : `${describeCount(count.total, 'parameters')}`} />
          <SelectField {...select('precision')} label="Weights in" options={precisionOptions} />
          <SelectField {...select('gradients')} label="Gradients in" options={gradientOptions} />
          <SelectField {...select('optimizer')} label="Optimizer" options={optimizerOptions}
            note={`${optimizerBytesPerParam(optimizer, precision)} bytes per parameter${precision === 'fp32' ? '' : ', fp32 master copy included'}`} />
          <SelectField {...select('zero')} label="ZeRO stage" options={zeroOptions} />
          <NumberField {...quantity('dp')} label="Data-parallel devices" slider={devicesSlider} describe={(b) => ways(b.low, 'data parallel')} />
          <NumberField {...quantity('tp')} label="Tensor-parallel degree" describe={(b) => ways(b.low, 'tensor parallel')} />
          <NumberField {...quantity('pp')} label="Pipeline stages" describe={(b) => describeCount(b.low, { singular: 'stage', plural: 'stages' })} />
          <NumberField {...quantity('ep')} label="Expert-parallel degree" describe={(b) => (count.routedExperts > 0 ? ways(b.low, 'expert parallel') : 'no experts in this model')} />
          <SelectField {...select('sp')} label="Sequence parallelism" options={yesNo} />
          <SelectField {...select('recompute')} label="Activation recomputation" options={recomputeOptions} />
          <SelectField {...select('flash')} label="FlashAttention" options={yesNo} note={texts.flash === 'yes' ? 'no score matrices stored' : 'score matrices stored'} />
          <NumberField {...quantity('seq')} label="Sequence length (tokens)" describe={(b) => describeCount(b.low, 'tokens')} />
          <NumberField {...quantity('micro')} label="Micro-batch per device" describe={(b) => describeCount(b.low, { singular: 'sequence', plural: 'sequences' })} />
          <SelectField {...select('gpu')} label="Accelerator" options={acceleratorOptions} note={`${formatBytes(accelerator.memoryBytes)} of memory`} />
        </>
      }
      results={
        <>
          <ResultCell headline inputs={allInputs} label="Memory per device" value={formatBytes(memory.totalBytes)}
            detail={`of ${formatBytes(accelerator.memoryBytes)} on each of ${formatCount(totalDevices)} × ${accelerator.name}`} />
          <ResultCell headline inputs={allInputs} label="Fits?" value={fits ? 'Yes' : 'No'}
            detail={fits ? `${formatBytes(accelerator.memoryBytes - memory.totalBytes)} to spare` : `${formatBytes(memory.totalBytes - accelerator.memoryBytes)} too much per device`} />
          <ResultCell inputs={allInputs} label="Fewest devices at these degrees" value={fewestText} detail={fewestDetail} />
          <div class="tot-result tot-result-wide">
            <StackedBar
              label={`Memory per device, ${label}`}
              segments={[
                { key: 'weights', label: 'Weights', value: memory.weightsBytes, text: formatBytes(memory.weightsBytes) },
                { key: 'gradients', label: 'Gradients', value: memory.gradientsBytes, text: formatBytes(memory.gradientsBytes) },
                { key: 'optimizer', label: 'Optimizer states', value: memory.optimizerBytes, text: formatBytes(memory.optimizerBytes) },
                { key: 'buffers', label: 'ZeRO buffers', value: memory.buffersBytes, text: formatBytes(memory.buffersBytes) },
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
              `parameters per device before ZeRO = (${formatCount(count.total - count.routedExperts)}${count.routedExperts > 0 ? ` + ${formatCount(count.routedExperts)} in experts ÷ ${formatCount(ep)}` : ''}) ÷ (${formatCount(v.tp)} × ${formatCount(v.pp)})`,
              `weights ${bytesPerValue[precision]} B, gradients ${gradientBytes} B, optimizer ${optimizerBytesPerParam(optimizer, precision)} B per parameter; ZeRO-${zeroStage} shards ${['none of them', 'the optimizer states', 'optimizer states and gradients', 'all three'][zeroStage]} ${formatCount(input.devices)} ways`,
              `ZeRO buffers = ${formatBytes(memory.buffersBytes)} (a 5e8-value bucket from stage 1, up to 1e9 live parameters at stage 3)`,
              `activations (${recomputation} recomputation${texts.flash === 'yes' ? ', FlashAttention' : ''}) for ${formatCount(v.micro)} × ${formatCount(v.seq)} tokens over ${formatCount(shape.layers)} layers, logits included = ${formatBytes(memory.activationsBytes)}`,
              `total per device = ${formatBytes(memory.totalBytes)} against ${formatBytes(accelerator.memoryBytes)} (GB = 10⁹ bytes)`,
            ]}
            source="EleutherAI, Transformer Math 101 and cookbook calc_transformer_mem.py; Rajbhandari et al. 2019, ZeRO §5; Korthikanti et al. 2022, §4"
            href="https://arxiv.org/abs/2205.05198"
          />
          <CopyLink anchor={id} />
        </>
      }
    />
  );
}
