/**
 * The worked example each embedded calculator opens on: the same props its article passes, computed
 * on the server (see `./embeds` for where each calculator lives). Typed against each component's
 * props, so a catalogue entry without props here, or with the wrong ones, fails the type check.
 * The e2e suite checks that each embed shows the same results as the calculator on its article.
 */
import type { ComponentProps } from 'preact';
import { trainingRuns } from '~/lib';
import type * as catalogue from './calculators';
import type { CalculatorName } from './embeds';
import { presetSources } from './basics/presetSources';
import { costHistoryData } from './history/chartModel';
import { llama2FineTuneExample } from './recommendations/fineTuneExample';
import { runningEnergyExample } from './steps/examples';
import { trainingPresets } from './steps/trainingPresets';
import { runningExample } from './trainingExample';

type PropsOf<Name extends CalculatorName> = ComponentProps<(typeof catalogue)[Name]>;

export const embedProps: { readonly [Name in CalculatorName]: () => PropsOf<Name> } = {
  TrainingEstimator: () => ({ example: runningExample, presets: trainingPresets }),
  AssumptionsPanel: () => ({}),
  MemoryCalculator: () => ({}),
  CostHistoryChart: () => costHistoryData(trainingRuns),
  TokenizeCalculator: () => ({}),
  InferenceCalculator: () => ({}),
  BudgetBuilder: () => ({}),
  EnergyCalculator: () => ({ example: runningEnergyExample }),
  RentOrBuyCalculator: () => ({}),
  ParameterCounter: () => ({ presetSources }),
  AttentionShareChart: () => ({}),
  DecisionHelper: () => ({}),
  FineTuneCalculator: () => ({ example: llama2FineTuneExample }),
  CostCutter: () => ({ example: runningExample }),
  LifetimeCost: () => ({}),
};
