/**
 * The catalog of calculators an article may embed.
 *
 * IMPORTANT for MDX authors: import each island from its OWN module in articles
 * (`import { TrainingEstimator } from '~/components/TrainingEstimator'`), not from this file.
 * Astro hydrates an island from the path it was imported with, so importing through a shared
 * barrel bundles every calculator into one chunk that every calculator page then downloads.
 * Pass server-computed data (worked examples, run presets) as props instead of importing
 * datasets into islands, for the same reason.
 */
export { TrainingEstimator } from './TrainingEstimator';
export { AssumptionsPanel } from './AssumptionsPanel';
export { MemoryCalculator } from './MemoryCalculator';
export { CostHistoryChart } from './CostHistoryChart';
export { TokenizeCalculator } from './TokenizeCalculator';
export { InferenceCalculator } from './InferenceCalculator';
export { BudgetBuilder } from './BudgetBuilder';
export { EnergyCalculator } from './EnergyCalculator';
export { RentOrBuyCalculator } from './RentOrBuyCalculator';
export { ParameterCounter } from './ParameterCounter';
export { AttentionShareChart } from './AttentionShareChart';
export { DecisionHelper } from './DecisionHelper';
export { FineTuneCalculator } from './FineTuneCalculator';
export { CostCutter } from './CostCutter';
export { LifetimeCost } from './LifetimeCost';
