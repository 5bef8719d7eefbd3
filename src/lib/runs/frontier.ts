/**
 * Closed frontier models of 2024–2025 whose developers disclosed no size, data or compute:
 * Claude 3.5 Sonnet, Grok-2, GPT-4.5 and Grok 3. Every figure here is Epoch AI's estimate.
 */
import { epochCloud, epochHardwareEnergy } from './epoch';
import type { TrainingRun } from './types';

const undisclosed = (developer: string) => `${developer} disclosed no parameter count, training data or compute: every figure for this run is an outside estimate.`;

/** Claude 3.5 Sonnet, Grok-2, GPT-4.5, Grok 3. */
export const frontierRuns: readonly TrainingRun[] = [
  {
    id: 'claude-3.5-sonnet',
    name: 'Claude 3.5 Sonnet',
    organization: 'Anthropic',
    year: 2024,
    date: '2024-06',
    publishedCostUsd: epochHardwareEnergy(
      25_870_993.12,
      '2026-04',
      'Claude 3.5 Sonnet',
      'Epoch AI derive the compute from a statement by Anthropic’s chief executive that the model cost "a few $10M\'s" to train.',
    ),
    estimateOnly: true,
    notes: undisclosed('Anthropic'),
  },
  {
    id: 'grok-2',
    name: 'Grok-2',
    organization: 'xAI',
    year: 2024,
    date: '2024-08',
    publishedCostUsd: epochHardwareEnergy(
      31_602_310.53,
      '2026-04',
      'Grok-2',
      'Epoch AI derive the compute from xAI’s statements comparing Grok-2 with GPT-4 and with Grok 3; the hardware is H100s.',
    ),
    estimateOnly: true,
    notes: undisclosed('xAI'),
  },
  {
    id: 'gpt-4.5',
    name: 'GPT-4.5',
    organization: 'OpenAI',
    year: 2025,
    date: '2025-02',
    publishedCostUsd: epochHardwareEnergy(
      339_957_479.94,
      '2026-04',
      'GPT-4.5',
      'OpenAI called the model a "new order of magnitude" of compute; Epoch AI estimate it from the size of its training clusters.',
    ),
    estimateOnly: true,
    notes: undisclosed('OpenAI'),
  },
  {
    id: 'grok-3',
    name: 'Grok 3',
    organization: 'xAI',
    year: 2025,
    date: '2025-02',
    publishedCostUsd: epochHardwareEnergy(
      217_835_545.53,
      '2026-04',
      'Grok 3',
      'Epoch AI assume 80,000 H100s for about three months, from xAI’s description of its cluster.',
    ),
    otherCostEstimatesUsd: [epochCloud(849_737_163.95, 'Grok 3')],
    estimateOnly: true,
    notes: undisclosed('xAI'),
  },
];
