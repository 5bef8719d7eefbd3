/**
 * The cost library's one import path (`~/lib`): re-exports only, no code of its own.
 */
// Data: bibliography, hardware, prices, published runs, the reader's assumptions.
export * from './sources';
export * from './citationText';
export * from './bibliography';
export * from './accelerators';
export * from './acceleratorNotes';
export * from './acceleratorSources';
export * from './prices';
export * from './trainingRuns';
export * from './assumptions';
export * from './assumptionParams';
// Units and the quantities readers type and read.
export * from './units';
export * from './quantity/kinds';
export * from './quantity/format';
export * from './quantity/parse';
export * from './quantity/slider';
export * from './quantity/step';
export * from './quantity/words';
export * from './quantity/band';
export * from './quantity/asOf';
export * from './secondsFormat';
// Models and the formulas.
export * from './shapeDims';
export * from './parameters';
export * from './modelShapes';
export * from './modelShapeSources';
export * from './flops';
export * from './training';
export * from './utilisation';
export * from './runUtilisation';
export * from './flopsRate';
export * from './chinchilla';
export * from './memory';
export * from './activations';
export * from './minimumDevices';
export * from './kvCache';
export * from './energy';
export * from './budget';
export * from './rentVsBuy';
export * from './ownership';
export * from './lora';
export * from './fineTuning';
export * from './postTraining';
export * from './inference';
export * from './apiPrices';
export * from './trend';
export * from './tokenize';
export * from './interruptions';
export * from './runCosts';
export * from './validationRows';
export * from './runAttention';
export * from './runsDataset';
export * from './parameterBreakdown';
export * from './attentionShare';
export * from './rental';
export * from './budgetShares';
export * from './recommend';
export * from './costCutting';
export * from './fineTuneComparison';
export * from './pretrainingTokens';
export * from './requireFigure';
export * from './evaluation';
export * from './regulation';
export * from './lifetimeCost';
