/**
 * The catalog of calculators an article may embed (the type behind `./embeds`).
 *
 * IMPORTANT for MDX authors: import islands from `./islands`
 * (`import { TrainingEstimator } from '~/components/islands'`), not from this file. Astro hydrates
 * an island from the module it was imported with; `./islands` loads each calculator's code on its
 * own, when it is used, where this barrel would bundle every calculator into one file. Pass
 * server-computed data (worked examples, run presets) as props instead of importing datasets into
 * islands, for the same reason.
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
