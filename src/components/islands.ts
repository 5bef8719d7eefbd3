/**
 * The calculators as articles and embeds place them: each one rests until its page needs it
 * (`./kit/restingIsland`). Import an island from here, `import { TrainingEstimator } from
 * '~/components/islands'`, and give it `client:visible`; the server renders the calculator itself.
 *
 * In the browser this module holds no calculator: each is a dynamic `import()`, its own file,
 * fetched when it wakes. On the server each is imported at once (top-level `await`, which the
 * browser's bundle drops with the `import.meta.env.SSR` branch), so the page has the calculator's
 * markup and worked example. Component tests import the calculators from their own modules.
 */
import { restingIsland } from './kit/restingIsland';

export const AssumptionsPanel = restingIsland({
  server: import.meta.env.SSR ? (await import('./AssumptionsPanel')).AssumptionsPanel : undefined,
  load: () => import('./AssumptionsPanel').then((module) => module.AssumptionsPanel),
});

export const AttentionShareChart = restingIsland({
  server: import.meta.env.SSR ? (await import('./AttentionShareChart')).AttentionShareChart : undefined,
  load: () => import('./AttentionShareChart').then((module) => module.AttentionShareChart),
});

export const BudgetBuilder = restingIsland({
  server: import.meta.env.SSR ? (await import('./BudgetBuilder')).BudgetBuilder : undefined,
  load: () => import('./BudgetBuilder').then((module) => module.BudgetBuilder),
});

export const CostCutter = restingIsland({
  server: import.meta.env.SSR ? (await import('./CostCutter')).CostCutter : undefined,
  load: () => import('./CostCutter').then((module) => module.CostCutter),
});

export const CostHistoryChart = restingIsland({
  server: import.meta.env.SSR ? (await import('./CostHistoryChart')).CostHistoryChart : undefined,
  load: () => import('./CostHistoryChart').then((module) => module.CostHistoryChart),
});

export const DecisionHelper = restingIsland({
  server: import.meta.env.SSR ? (await import('./DecisionHelper')).DecisionHelper : undefined,
  load: () => import('./DecisionHelper').then((module) => module.DecisionHelper),
});

export const EnergyCalculator = restingIsland({
  server: import.meta.env.SSR ? (await import('./EnergyCalculator')).EnergyCalculator : undefined,
  load: () => import('./EnergyCalculator').then((module) => module.EnergyCalculator),
});

export const FineTuneCalculator = restingIsland({
  server: import.meta.env.SSR ? (await import('./FineTuneCalculator')).FineTuneCalculator : undefined,
  load: () => import('./FineTuneCalculator').then((module) => module.FineTuneCalculator),
});

export const InferenceCalculator = restingIsland({
  server: import.meta.env.SSR ? (await import('./InferenceCalculator')).InferenceCalculator : undefined,
  load: () => import('./InferenceCalculator').then((module) => module.InferenceCalculator),
});

export const LifetimeCost = restingIsland({
  server: import.meta.env.SSR ? (await import('./LifetimeCost')).LifetimeCost : undefined,
  load: () => import('./LifetimeCost').then((module) => module.LifetimeCost),
});

export const MemoryCalculator = restingIsland({
  server: import.meta.env.SSR ? (await import('./MemoryCalculator')).MemoryCalculator : undefined,
  load: () => import('./MemoryCalculator').then((module) => module.MemoryCalculator),
});

export const ParameterCounter = restingIsland({
  server: import.meta.env.SSR ? (await import('./ParameterCounter')).ParameterCounter : undefined,
  load: () => import('./ParameterCounter').then((module) => module.ParameterCounter),
});

export const RentOrBuyCalculator = restingIsland({
  server: import.meta.env.SSR ? (await import('./RentOrBuyCalculator')).RentOrBuyCalculator : undefined,
  load: () => import('./RentOrBuyCalculator').then((module) => module.RentOrBuyCalculator),
});

export const TokenizeCalculator = restingIsland({
  server: import.meta.env.SSR ? (await import('./TokenizeCalculator')).TokenizeCalculator : undefined,
  load: () => import('./TokenizeCalculator').then((module) => module.TokenizeCalculator),
});

export const TrainingEstimator = restingIsland({
  server: import.meta.env.SSR ? (await import('./TrainingEstimator')).TrainingEstimator : undefined,
  load: () => import('./TrainingEstimator').then((module) => module.TrainingEstimator),
});
