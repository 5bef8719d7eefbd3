import { assumptionInfo, describeCount, estimateEnergy, formatCount, formatUsd } from '~/lib';
import { AssumptionsLine } from './kit/AssumptionsLine';
import { Calculator } from './kit/Calculator';
import { CopyLink } from './kit/CopyLink';
import { acceleratorHourLimits } from './kit/limits';
import { NumberField } from './kit/NumberField';
import { ResultCell } from './kit/ResultCell';
import { ShowMath } from './kit/ShowMath';
import { useCalculatorState } from './kit/useCalculatorState';
import type { EnergyExample } from './steps/examples';

const id = 'energy-calculator';
const keys = ['hours', 'watts', 'pue', 'grid', 'price'] as const;

/**
 * Energy, emissions and electricity cost of a run: accelerator-hours × watts × PUE, then × grid
 * intensity (Touvron et al. 2023, §6.1). Opens on the run it is given (computed on the server,
 * e.g. `runningEnergyExample`); PUE, grid and electricity price follow
 * the reader's shared assumptions.
 */
export function EnergyCalculator({ example }: { example: EnergyExample }) {
  const state = useCalculatorState({
    namespace: 'energy',
    anchor: id,
    fields: {
      hours: { type: 'quantity', kind: 'count', ...acceleratorHourLimits, default: String(example.acceleratorHours) },
      watts: { type: 'quantity', kind: 'count', min: 0, max: 1e5, default: String(example.watts) },
      pue: { type: 'quantity', kind: 'count', min: 1, max: 5, shared: 'pue', default: ({ assumptions }) => String(assumptions.pue) },
      grid: { type: 'quantity', kind: 'count', min: 0, max: 5, shared: 'grid', default: ({ assumptions }) => String(assumptions.gridKgCo2PerKwh) },
      price: { type: 'quantity', kind: 'usd', min: 0, max: 10, shared: 'electricity', per: 'kWh', default: ({ assumptions }) => `$${assumptions.electricityUsdPerKwh}` },
    },
  });
  const { texts, parsed, values } = state;
  const result = estimateEnergy({
    acceleratorHours: values.hours,
    watts: values.watts,
    pue: values.pue,
    gridKgCo2PerKwh: values.grid,
    electricityUsdPerKwh: values.price,
  });
  const field = (key: string) => `${id}-${key}`;
  const inputs = keys.map(field);
  const quantity = (key: (typeof keys)[number]) => ({
    id: field(key),
    text: texts[key],
    parsed: parsed[key],
    onText: (text: string) => state.set(key, text),
    rules: state.rules[key],
  });
  return (
    <Calculator
      id={id}
      title="Energy and carbon"
      stale={state.stale}
      inputs={
        <>
          <NumberField {...quantity('hours')} label="Accelerator-hours" describe={(b) => describeCount(b.low, 'accelerator-hours')} hint="e.g. 1.02M" />
          <NumberField {...quantity('watts')} label="Power per accelerator (W)" describe={(b) => `${formatCount(b.low)} W while busy`} />
          <NumberField {...quantity('pue')} label="Data-centre PUE" describe={(b) => `${formatCount(b.low)} × the accelerators’ power`} />
          <NumberField {...quantity('grid')} label="Grid intensity (kg CO2e/kWh)" describe={(b) => `${formatCount(b.low)} kg CO2e per kWh`} />
          <NumberField {...quantity('price')} label="Electricity price per kWh" describe={(b) => `${formatUsd(b.low)} per kWh`} />
        </>
      }
      results={
        <>
          <ResultCell headline inputs={inputs} label="Energy" value={`${formatCount(result.energyMwh)} MWh`} />
          <ResultCell headline inputs={inputs} label="Emissions" value={`${formatCount(result.co2Tonnes)} tCO2e`} />
          <ResultCell inputs={inputs} label="Electricity cost" value={formatUsd(result.electricityCostUsd)} />
        </>
      }
      footer={
        <>
          <ShowMath
            steps={[
              `energy = ${formatCount(values.hours)} h × ${formatCount(values.watts)} W × PUE ${formatCount(values.pue)} ÷ 1000 = ${formatCount(result.energyKwh)} kWh = ${formatCount(result.energyMwh)} MWh`,
              `emissions = ${formatCount(result.energyKwh)} kWh × ${formatCount(values.grid)} kg/kWh = ${formatCount(result.co2Tonnes)} t CO2e`,
              `electricity = ${formatCount(result.energyKwh)} kWh × ${formatUsd(values.price)}/kWh = ${formatUsd(result.electricityCostUsd)}`,
            ]}
            source="Touvron et al. 2023, §6.1 and Table 15"
            href="https://arxiv.org/abs/2302.13971"
          />
          <AssumptionsLine
            used={[
              { label: assumptionInfo.pue.label, value: formatCount(values.pue), overridden: state.overridden.has('pue') },
              { label: assumptionInfo.gridKgCo2PerKwh.label, value: `${formatCount(values.grid)} kg/kWh`, overridden: state.overridden.has('grid') },
              { label: assumptionInfo.electricityUsdPerKwh.label, value: `${formatUsd(values.price)}/kWh`, overridden: state.overridden.has('price') },
            ]}
          />
          <CopyLink anchor={id} />
        </>
      }
    />
  );
}
