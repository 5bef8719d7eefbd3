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
import type { ComponentProps, ComponentType } from 'preact';
import { restingIsland } from './kit/restingIsland';
import type { AssumptionsPanel as AssumptionsPanelLive } from './AssumptionsPanel';
import type { AttentionShareChart as AttentionShareChartLive } from './AttentionShareChart';
import type { BudgetBuilder as BudgetBuilderLive } from './BudgetBuilder';
import type { CostCutter as CostCutterLive } from './CostCutter';
import type { CostHistoryChart as CostHistoryChartLive } from './CostHistoryChart';
import type { DecisionHelper as DecisionHelperLive } from './DecisionHelper';
import type { EnergyCalculator as EnergyCalculatorLive } from './EnergyCalculator';
import type { FineTuneCalculator as FineTuneCalculatorLive } from './FineTuneCalculator';
import type { InferenceCalculator as InferenceCalculatorLive } from './InferenceCalculator';
import type { LifetimeCost as LifetimeCostLive } from './LifetimeCost';
import type { MemoryCalculator as MemoryCalculatorLive } from './MemoryCalculator';
import type { ParameterCounter as ParameterCounterLive } from './ParameterCounter';
import type { RentOrBuyCalculator as RentOrBuyCalculatorLive } from './RentOrBuyCalculator';
import type { TokenizeCalculator as TokenizeCalculatorLive } from './TokenizeCalculator';
import type { TrainingEstimator as TrainingEstimatorLive } from './TrainingEstimator';

/** A calculator's props; an empty object for the calculators that take none. */
type IslandProps<Calculator extends ComponentType<any>> = unknown extends ComponentProps<Calculator> ? Record<string, never> : ComponentProps<Calculator>;

export const AssumptionsPanel = restingIsland<IslandProps<typeof AssumptionsPanelLive>>({
  server: import.meta.env.SSR ? (await import('./AssumptionsPanel')).AssumptionsPanel : undefined,
  load: () => import('./AssumptionsPanel').then((module) => module.AssumptionsPanel),
});

export const AttentionShareChart = restingIsland<IslandProps<typeof AttentionShareChartLive>>({
  server: import.meta.env.SSR ? (await import('./AttentionShareChart')).AttentionShareChart : undefined,
  load: () => import('./AttentionShareChart').then((module) => module.AttentionShareChart),
});

export const BudgetBuilder = restingIsland<IslandProps<typeof BudgetBuilderLive>>({
  server: import.meta.env.SSR ? (await import('./BudgetBuilder')).BudgetBuilder : undefined,
  load: () => import('./BudgetBuilder').then((module) => module.BudgetBuilder),
});

export const CostCutter = restingIsland<IslandProps<typeof CostCutterLive>>({
  server: import.meta.env.SSR ? (await import('./CostCutter')).CostCutter : undefined,
  load: () => import('./CostCutter').then((module) => module.CostCutter),
});

export const CostHistoryChart = restingIsland<IslandProps<typeof CostHistoryChartLive>>({
  server: import.meta.env.SSR ? (await import('./CostHistoryChart')).CostHistoryChart : undefined,
  load: () => import('./CostHistoryChart').then((module) => module.CostHistoryChart),
});

export const DecisionHelper = restingIsland<IslandProps<typeof DecisionHelperLive>>({
  server: import.meta.env.SSR ? (await import('./DecisionHelper')).DecisionHelper : undefined,
  load: () => import('./DecisionHelper').then((module) => module.DecisionHelper),
});

export const EnergyCalculator = restingIsland<IslandProps<typeof EnergyCalculatorLive>>({
  server: import.meta.env.SSR ? (await import('./EnergyCalculator')).EnergyCalculator : undefined,
  load: () => import('./EnergyCalculator').then((module) => module.EnergyCalculator),
});

export const FineTuneCalculator = restingIsland<IslandProps<typeof FineTuneCalculatorLive>>({
  server: import.meta.env.SSR ? (await import('./FineTuneCalculator')).FineTuneCalculator : undefined,
  load: () => import('./FineTuneCalculator').then((module) => module.FineTuneCalculator),
});

export const InferenceCalculator = restingIsland<IslandProps<typeof InferenceCalculatorLive>>({
  server: import.meta.env.SSR ? (await import('./InferenceCalculator')).InferenceCalculator : undefined,
  load: () => import('./InferenceCalculator').then((module) => module.InferenceCalculator),
});

export const LifetimeCost = restingIsland<IslandProps<typeof LifetimeCostLive>>({
  server: import.meta.env.SSR ? (await import('./LifetimeCost')).LifetimeCost : undefined,
  load: () => import('./LifetimeCost').then((module) => module.LifetimeCost),
});

export const MemoryCalculator = restingIsland<IslandProps<typeof MemoryCalculatorLive>>({
  server: import.meta.env.SSR ? (await import('./MemoryCalculator')).MemoryCalculator : undefined,
  load: () => import('./MemoryCalculator').then((module) => module.MemoryCalculator),
});

export const ParameterCounter = restingIsland<IslandProps<typeof ParameterCounterLive>>({
  server: import.meta.env.SSR ? (await import('./ParameterCounter')).ParameterCounter : undefined,
  load: () => import('./ParameterCounter').then((module) => module.ParameterCounter),
});

export const RentOrBuyCalculator = restingIsland<IslandProps<typeof RentOrBuyCalculatorLive>>({
  server: import.meta.env.SSR ? (await import('./RentOrBuyCalculator')).RentOrBuyCalculator : undefined,
  load: () => import('./RentOrBuyCalculator').then((module) => module.RentOrBuyCalculator),
});

export const TokenizeCalculator = restingIsland<IslandProps<typeof TokenizeCalculatorLive>>({
  server: import.meta.env.SSR ? (await import('./TokenizeCalculator')).TokenizeCalculator : undefined,
  load: () => import('./TokenizeCalculator').then((module) => module.TokenizeCalculator),
});

export const TrainingEstimator = restingIsland<IslandProps<typeof TrainingEstimatorLive>>({
  server: import.meta.env.SSR ? (await import('./TrainingEstimator')).TrainingEstimator : undefined,
  load: () => import('./TrainingEstimator').then((module) => module.TrainingEstimator),
});
