/**
 * From raw text to training tokens, and what the data and the checkpoints weigh on disk.
 *
 * Tokens from text: OpenAI's rule of thumb for English with its tokenizers is 1 token ≈ 4
 * characters ≈ ¾ of a word (OpenAI Help Center, "What are tokens and how to count them?").
 * Other languages need more tokens for the same content: Petrov et al. 2023 (arXiv 2305.15425,
 * abstract) measure tokenization lengths up to 15× longer than English for the same sentences
 * (FLORES-200), so a rule of thumb for English does not carry over.
 *
 * Storage: tokenized data stores one integer per token (2 bytes while the vocabulary has at most
 * 65,536 entries, else 4). A checkpoint that can resume training holds the optimizer state of
 * mixed-precision Adam, 12 bytes per parameter (fp32 weights, momentum and variance: Rajbhandari
 * et al. 2019, ZeRO §3.1, K = 12), and usually the 16-bit weights as well: 12–14 bytes per
 * parameter. Gradients are recomputed after a restart, so they are not saved. A checkpoint that
 * only serves holds the 16-bit weights, 2 bytes per parameter.
 *
 * The Pile as calibration: 825.18 GiB of text (Gao et al. 2020, §1.1) that Pythia's 299.9B
 * training tokens cover in just under one epoch with the GPT-NeoX tokenizer (EleutherAI, Pythia
 * README), about 2.95 bytes of text per token.
 */
import { requireNonNegative, requirePositive } from './validate';

/**
 * Characters (≈ bytes for ASCII text) per token for English text (OpenAI Help Center).
 * @example englishCharsPerToken //=> 4
 */
export const englishCharsPerToken = 4;

/**
 * Words per token for English text (OpenAI Help Center: 1 token ≈ ¾ of a word).
 * @example englishWordsPerToken //=> 0.75
 */
export const englishWordsPerToken = 0.75;

/**
 * Bytes on disk per parameter of a checkpoint. `optimizerState`: what resuming needs at the least,
 * the fp32 weights, momentum and variance of mixed-precision Adam (ZeRO §3.1, K = 12).
 * `trainingState`: that plus the 16-bit weights most frameworks save beside it (14), the size this
 * library stores. `weightsOnly`: the 16-bit weights a served model needs (2).
 * @example checkpointBytesPerParam.trainingState //=> 14
 */
export const checkpointBytesPerParam = { optimizerState: 12, trainingState: 14, weightsOnly: 2 } as const;

/**
 * The Pile's size and the tokens it holds with the GPT-NeoX tokenizer: 825.18 GiB (Gao et al.
 * 2020, §1.1, 886.0 GB) and Pythia's 299,892,736,000 training tokens, "just under 1 epoch on the
 * Pile" (EleutherAI, Pythia README): a floor on the Pile's token count.
 * @example pileCorpus.tokens //=> 299_892_736_000
 */
export const pileCorpus = { textBytes: 825.18 * 2 ** 30, tokens: 299_892_736_000 } as const;

/**
 * Bytes of English text per token that the Pile implies for the GPT-NeoX tokenizer, ≈ 2.95: the
 * published calibration point for a byte-level BPE tokenizer on a mixed English corpus (code,
 * papers, web text), where OpenAI's rule of thumb (4 characters per token) is for plain prose.
 * @example pileBytesPerToken //=> 886.03e9 / 299.89e9 ≈ 2.9545
 */
export const pileBytesPerToken = pileCorpus.textBytes / pileCorpus.tokens;

/** What a checkpoint keeps. */
export type CheckpointKind = keyof typeof checkpointBytesPerParam;

/**
 * Tokens in a text of `textBytes` bytes at `bytesPerToken` (4 for English, fewer for scripts a
 * tokenizer splits finely).
 * @example tokensFromText({ textBytes: 4e12, bytesPerToken: 4 }) //=> 1e12
 */
export function tokensFromText(input: { textBytes: number; bytesPerToken: number }): number {
  const bytes = requireNonNegative(input.textBytes, 'tokensFromText', 'textBytes');
  return bytes / requirePositive(input.bytesPerToken, 'tokensFromText', 'bytesPerToken');
}

/**
 * Bytes per stored token id: 2 when every id fits in 16 bits (vocabulary ≤ 65,536), else 4.
 * @example tokenIdBytes(50_257) //=> 2 (GPT-2)
 * @example tokenIdBytes(128_256) //=> 4 (Llama 3)
 */
export function tokenIdBytes(vocabularySize: number): 2 | 4 {
  return requirePositive(vocabularySize, 'tokenIdBytes', 'vocabularySize') <= 2 ** 16 ? 2 : 4;
}

/** Input of {@link datasetStorage}. */
export interface DatasetStorageInput {
  /** Raw text, bytes. */
  textBytes: number;
  /** Bytes of text per token (English ≈ 4). */
  bytesPerToken: number;
  /** Tokenizer vocabulary size, entries. */
  vocabularySize: number;
  /** Parameters of the model whose checkpoints are kept. */
  params: number;
  /** Checkpoints kept at once (integer ≥ 0). */
  checkpointsKept: number;
}

/** Output of {@link datasetStorage}; all sizes in bytes. */
export interface DatasetStorage {
  tokens: number;
  tokenizedBytes: number;
  /** One checkpoint with the training state (14 B/param: optimizer state and 16-bit weights). */
  checkpointBytes: number;
  /** The weights alone (2 B/param), what serving needs. */
  weightsBytes: number;
  /** Raw text + tokenized copy + kept checkpoints. */
  totalBytes: number;
}

/**
 * Tokens in a corpus and what the corpus and its checkpoints occupy on disk.
 * @example
 * datasetStorage({ textBytes: 4e12, bytesPerToken: 4, vocabularySize: 32_000, params: 7e9,
 *   checkpointsKept: 3 }).totalBytes //=> 4e12 + 2e12 + 3 × 98e9 = 6.294e12
 */
export function datasetStorage(input: DatasetStorageInput): DatasetStorage {
  const where = 'datasetStorage';
  const textBytes = requireNonNegative(input.textBytes, where, 'textBytes');
  const params = requireNonNegative(input.params, where, 'params');
  const kept = requireNonNegative(input.checkpointsKept, where, 'checkpointsKept');
  const tokens = tokensFromText(input);
  const tokenizedBytes = tokens * tokenIdBytes(input.vocabularySize);
  const checkpointBytes = params * checkpointBytesPerParam.trainingState;
  return {
    tokens,
    tokenizedBytes,
    checkpointBytes,
    weightsBytes: params * checkpointBytesPerParam.weightsOnly,
    totalBytes: textBytes + tokenizedBytes + kept * checkpointBytes,
  };
}
