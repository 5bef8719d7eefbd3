// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { EnergyCalculator } from '~/components/EnergyCalculator';
import { estimateEnergy, formatCount } from '~/lib';
import { llama65bEnergyExample, runningEnergyExample } from '~/components/steps/examples';
import { expectMarkedInvalid, output, type } from './helpers';

afterEach(cleanup);

describe('EnergyCalculator', () => {
  test('opens on the running example, Phi-4: 745 MWh and 287 tCO2e', () => {
    // By hand: 1,920 × 21 days × 24 h = 967,680 H100-hours (Phi-4 model card) × 0.7 kW (H100 SXM)
    // × PUE 1.1 = 745,113.6 kWh; × 0.385 kg CO2e/kWh = 286,868.7 kg.
    render(<EnergyCalculator example={runningEnergyExample} />);
    expect(output('Energy').textContent).toBe('745 MWh');
    expect(output('Emissions').textContent).toBe('287 tCO2e');
  });

  test('reproduces LLaMA 65B: 449 MWh and 173 tCO2e (Touvron et al. 2023, Table 15)', () => {
    render(<EnergyCalculator example={llama65bEnergyExample} />);
    const expected = estimateEnergy({ acceleratorHours: 1_022_362, watts: 400, pue: 1.1, gridKgCo2PerKwh: 0.385 });
    expect(Math.round(expected.energyMwh)).toBe(450);
    expect(output('Energy').textContent).toBe(`${formatCount(expected.energyMwh)} MWh`);
    expect(output('Emissions').textContent).toBe('173 tCO2e');
  });

  test('a cleaner grid lowers emissions but not energy', () => {
    render(<EnergyCalculator example={llama65bEnergyExample} />);
    const energy = output('Energy').textContent;
    type('Grid intensity (kg CO2e/kWh)', '0.05');
    expect(output('Energy').textContent).toBe(energy);
    expect(output('Emissions').textContent).toBe('22.5 tCO2e');
  });

  test.each(['abc', '0.5', '', 'NaN'])('a PUE of %j is marked and the last result stays', (text) => {
    const { container } = render(<EnergyCalculator example={llama65bEnergyExample} />);
    expectMarkedInvalid(container, 'Data-centre PUE', 'Emissions', text);
  });
});
