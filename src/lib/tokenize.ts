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
 * 65,536 entries, else 4). A checkpoint that can resume training holds the model state of
 * mixed-precision AdamW, up to 16 bytes per parameter (EleutherAI, Transformer Math 101); one that
 * only serves holds the 16-bit weights, 2 bytes per parameter.
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
 * Bytes on disk per parameter of a checkpoint: the full training state of mixed-precision AdamW
 * (16, Transformer Math 101), or 16-bit weights only (2).
 * @example checkpointBytesPerParam.trainingState //=> 16
 */
export const checkpointBytesPerParam = { trainingState: 16, weightsOnly: 2 } as const;

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
  /** One checkpoint with the training state (16 B/param). */
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
 *   checkpointsKept: 3 }).totalBytes //=> 4e12 + 2e12 + 3 × 112e9 = 6.336e12
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
