/**
 * How many tokens each model preset was pre-trained on, as its developer published it: what
 * fine-tuning is compared against. GPT-2's paper publishes no token count, so its presets have
 * no entry here and the fine-tune comparison does not offer them.
 */
import type { ModelShapeId } from './modelShapes';
import type { PublishedFigure } from './runs/types';

/**
 * Published pre-training tokens per model preset.
 * @example publishedPretrainingTokens['llama3-8b'].value //=> 15e12
 */
export const publishedPretrainingTokens = {
  'gpt3-175b': {
    value: 300e9,
    citation: { source: 'brown-2020-gpt3', locator: 'Table D.1' },
  },
  'llama2-7b': {
    value: 2e12,
    citation: { source: 'touvron-2023-llama2', locator: 'Table 1' },
  },
  'llama2-70b': {
    value: 2e12,
    citation: { source: 'touvron-2023-llama2', locator: 'Table 1' },
  },
  'llama3-8b': {
    value: 15e12,
    citation: { source: 'meta-llama3-model-card', locator: 'Model Details' },
    note: 'Printed "15T+": "pretrained on over 15 trillion tokens".',
  },
} as const satisfies Partial<Record<ModelShapeId, PublishedFigure<number>>>;

/** A preset whose pre-training tokens are published. */
export type PretrainedModelId = keyof typeof publishedPretrainingTokens;

/**
 * True if the preset's pre-training tokens are published (an entry of {@link publishedPretrainingTokens}).
 * @example hasPublishedPretrainingTokens('llama2-7b') //=> true
 * @example hasPublishedPretrainingTokens('gpt2-xl') //=> false
 */
export function hasPublishedPretrainingTokens(id: string): id is PretrainedModelId {
  return Object.hasOwn(publishedPretrainingTokens, id);
}
