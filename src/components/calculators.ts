/**
 * The calculators an article may embed: the one import path for MDX authors.
 * Building blocks live in `./kit` and are not for articles.
 */
export { TrainingEstimator } from './TrainingEstimator';
export { AssumptionsPanel } from './AssumptionsPanel';
export { MemoryCalculator } from './MemoryCalculator';
