// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { EnergyCalculator } from '~/components/EnergyCalculator';
import { estimateEnergy, formatCount } from '~/lib';
import { llama65bEnergyExample } from '~/components/steps/examples';
import { expectMarkedInvalid, output, type } from './helpers';

afterEach(cleanup);

describe('EnergyCalculator', () => {
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
