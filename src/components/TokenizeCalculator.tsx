import {
  chinchillaTokensPerParam,
  datasetStorage,
  describeCount,
  checkpointBytesPerParam,
  formatBytes,
  formatCount,
  pileBytesPerToken,
  tokenIdBytes,
} from '~/lib';
import { Calculator } from './kit/Calculator';
import { CopyLink } from './kit/CopyLink';
import { parameterLimits } from './kit/limits';
import { NumberField } from './kit/NumberField';
import { ResultCell } from './kit/ResultCell';
import { ShowMath } from './kit/ShowMath';
import { useCalculatorState } from './kit/useCalculatorState';

const id = 'tokenize-calculator';
const keys = ['text', 'ratio', 'vocab', 'params', 'kept'] as const;

/**
 * Text size → tokens → bytes on disk (library `datasetStorage`): the tokenized corpus, one
 * checkpoint that can resume training (14 B/param), the weights alone (2 B/param). Opens on The
 * Pile's 825 GiB (Gao et al. 2020, §1.1) at the 2.95 bytes per token that Pythia's 299.9B tokens
 * imply for it (EleutherAI, Pythia README), with GPT-2's 50,257-entry vocabulary (Radford et al.
 * 2019, §2.3) and a 7B model keeping three checkpoints.
 */
export function TokenizeCalculator() {
  const state = useCalculatorState({
    namespace: 'tok',
    anchor: id,
    fields: {
      text: { type: 'quantity', kind: 'bytes', min: 1, max: 1e18, default: '825 GiB' },
      ratio: { type: 'quantity', kind: 'count', min: 0.1, max: 100, default: formatCount(pileBytesPerToken) },
      vocab: { type: 'quantity', kind: 'count', min: 2, max: 1e7, integer: true, default: '50,257' },
      params: { type: 'quantity', kind: 'count', ...parameterLimits, default: '7B' },
      kept: { type: 'quantity', kind: 'count', min: 0, max: 1e4, integer: true, default: '3' },
    },
  });
  const { texts, parsed, values } = state;
  const storage = datasetStorage({
    textBytes: values.text,
    bytesPerToken: values.ratio,
    vocabularySize: values.vocab,
    params: values.params,
    checkpointsKept: values.kept,
  });
  const idBytes = tokenIdBytes(values.vocab);
  const field = (key: string) => `${id}-${key}`;
  const inputs = keys.map(field);
  const quantity = (key: (typeof keys)[number]) => ({
    id: field(key),
    text: texts[key],
    parsed: parsed[key],
    onText: (text: string) => state.set(key, text),
    rules: state.rules[key],
  });
  return (
    <Calculator
      id={id}
      title="Tokens and storage"
      stale={state.stale}
      inputs={
        <>
          <NumberField {...quantity('text')} label="Text size" describe={(b) => `${formatBytes(b.low)} of text (SI: 1 GB = 10⁹ bytes)`} hint="e.g. 800 GB, 5 TB" />
          <NumberField {...quantity('ratio')} label="Bytes of text per token" describe={(b) => `${formatCount(b.low)} bytes per token`} hint="the Pile ≈ 2.95; English prose ≈ 4" />
          <NumberField {...quantity('vocab')} label="Vocabulary size" describe={(b) => `${describeCount(b.low, 'token ids')}, ${tokenIdBytes(b.low)} bytes each`} />
          <NumberField {...quantity('params')} label="Model parameters" describe={(b) => describeCount(b.low, 'parameters')} hint="e.g. 7B, 70B" />
          <NumberField {...quantity('kept')} label="Checkpoints kept" describe={(b) => describeCount(b.low, { singular: 'checkpoint', plural: 'checkpoints' })} />
        </>
      }
      results={
        <>
          <ResultCell headline inputs={inputs} label="Training tokens" value={formatCount(storage.tokens)}
            detail={`enough for a compute-optimal model of ${formatCount(storage.tokens / chinchillaTokensPerParam)} parameters (20 tokens per parameter)`} />
          <ResultCell inputs={inputs} label="Tokenized data" value={formatBytes(storage.tokenizedBytes)} />
          <ResultCell inputs={inputs} label="One checkpoint (to resume training)" value={formatBytes(storage.checkpointBytes)} />
          <ResultCell inputs={inputs} label="Weights only" value={formatBytes(storage.weightsBytes)} />
          <ResultCell headline inputs={inputs} label="Total storage" value={formatBytes(storage.totalBytes)} />
        </>
      }
      footer={
        <>
          <ShowMath
            steps={[
              `tokens = ${formatBytes(values.text)} ÷ ${formatCount(values.ratio)} bytes per token = ${formatCount(storage.tokens)}`,
              `tokenized = ${formatCount(storage.tokens)} tokens × ${idBytes} bytes per id = ${formatBytes(storage.tokenizedBytes)}`,
              `checkpoint = ${formatCount(values.params)} × ${checkpointBytesPerParam.trainingState} bytes (${checkpointBytesPerParam.optimizerState} of fp32 weights, momentum and variance, ${checkpointBytesPerParam.weightsOnly} of 16-bit weights; no gradients) = ${formatBytes(storage.checkpointBytes)}; weights = ${formatCount(values.params)} × ${checkpointBytesPerParam.weightsOnly} bytes = ${formatBytes(storage.weightsBytes)}`,
              `total = text + tokenized + ${formatCount(values.kept)} checkpoints = ${formatBytes(storage.totalBytes)}`,
            ]}
            source="Gao et al. 2020 §1.1 and EleutherAI's Pythia README (the Pile: 825.18 GiB, ≈ 300B tokens); Rajbhandari et al. 2019 §3.1 (12 bytes of Adam state per parameter)"
            href="https://github.com/EleutherAI/pythia"
          />
          <CopyLink anchor={id} />
        </>
      }
    />
  );
}
