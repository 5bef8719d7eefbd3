import type { DataUniqueness, Expertise, HostedModelResult, Recommendation, Regulation, TimeAvailable } from '~/lib/recommend';

/** An option of a select: its URL value, what the reader reads, and what it means in full. */
export interface Option<Value extends string> {
  value: Value;
  label: string;
  description?: string;
}

/** The options of one select: never empty, so the first is always there to fall back on. */
export type Options<Value extends string> = readonly [Option<Value>, ...Option<Value>[]];

export const hostedOptions: Options<HostedModelResult> = [
  { value: 'untested', label: 'Not tested yet' },
  { value: 'passes', label: 'Yes, it passes' },
  { value: 'fails', label: 'No, it fails' },
];

export const euOptions: Options<'no' | 'yes'> = [
  { value: 'no', label: 'No' },
  { value: 'yes', label: 'Yes' },
];

export const dataOptions: Options<DataUniqueness> = [
  { value: 'general', label: 'General', description: 'What public models already read' },
  { value: 'specialised', label: 'Specialised', description: 'A field with its own vocabulary' },
  { value: 'unique', label: 'Unique', description: 'Existing models struggle with it' },
];

export const yesNoOptions: Options<'no' | 'yes'> = [
  { value: 'no', label: 'No' },
  { value: 'yes', label: 'Yes' },
];

export const regulationOptions: Options<Regulation> = [
  { value: 'none', label: 'No special rules' },
  { value: 'data-in-house', label: 'Data must stay in-house' },
  { value: 'own-model-required', label: 'Third-party models forbidden' },
];

export const timeOptions: Options<TimeAvailable> = [
  { value: 'weeks', label: 'Weeks' },
  { value: 'months', label: 'One to six months' },
  { value: 'year', label: 'A year or more' },
];

export const expertiseOptions: Options<Expertise> = [
  { value: 'none', label: 'None', description: 'We use models, we do not train them' },
  { value: 'applied', label: 'Applied', description: 'We can fine-tune and evaluate' },
  { value: 'research', label: 'Research', description: 'We have trained large models' },
];

/** The values of a list of options, for the kit's `choice` fields. */
export const valuesOf = <Value extends string>(options: readonly Option<Value>[]): readonly Value[] =>
  options.map(({ value }) => value);

/**
 * Where to read on for each outcome. Only pages that exist at build time (an e2e test opens
 * every one of them from the built site).
 */
export const readNext: Record<Recommendation, readonly { href: `/${string}`; label: string }[]> = {
  'from-scratch': [
    { href: '/recommendations/build-or-fine-tune/#the-from-scratch-bar', label: 'The from-scratch bar' },
    { href: '/recommendations/build-or-fine-tune/#post-training', label: 'Post-training: instruction tuning, preferences and reinforcement learning' },
    { href: '/training-steps/compute/', label: 'How much compute training takes' },
    { href: '/recommendations/cutting-the-cost/', label: 'Cutting the cost' },
    { href: '/reference/assumptions/', label: 'Your price and utilisation assumptions' },
  ],
  'continued-pretraining': [
    { href: '/recommendations/build-or-fine-tune/#post-training', label: 'Post-training: instruction tuning, preferences and reinforcement learning' },
    { href: '/training-steps/compute/', label: 'How much compute training takes' },
    { href: '/recommendations/what-fine-tuning-saves/', label: 'What fine-tuning saves' },
  ],
  'full-fine-tune': [
    { href: '/recommendations/what-fine-tuning-saves/', label: 'What fine-tuning saves' },
    { href: '/reference/glossary/#fine-tuning', label: 'Glossary: fine-tuning' },
  ],
  peft: [
    { href: '/recommendations/what-fine-tuning-saves/', label: 'What fine-tuning saves: LoRA and QLoRA' },
    { href: '/reference/glossary/#peft', label: 'Glossary: PEFT' },
  ],
  'prompt-or-retrieval': [
    { href: '/recommendations/build-or-fine-tune/#what-each-path-costs', label: 'What each path costs over its lifetime' },
    { href: '/reference/glossary/#rag', label: 'Glossary: retrieval-augmented generation' },
    { href: '/recommendations/what-fine-tuning-saves/', label: 'What fine-tuning would cost you' },
  ],
};
