import { describe, expect, test } from 'vitest';
import { getTrainingRun, requireFigure, runFigure } from '~/lib';
import { cite } from '~/lib/runs/types';

describe('requireFigure: a figure a page quotes, or a build that stops', () => {
  test.each([[0.4764], [0], [''], [false], [Number.NaN]])('returns a present value (%j) unchanged', (value) => {
    expect(requireFigure(value, 'a figure')).toBe(value);
  });

  test('returns objects as they are', () => {
    const band = { low: 0.3, high: 0.5 };
    expect(requireFigure(band, 'a band')).toBe(band);
  });

  test.each([[undefined], [null]])('throws for %j, naming what the page needed', (value) => {
    expect(() => requireFigure(value, 'TPU v5e power')).toThrow('A page needs TPU v5e power, and the data has none');
  });
});

describe('runFigure and getTrainingRun: a run the data lacks stops the build, saying why', () => {
  test('a published figure comes back with its citation: LLaMA 65B trained on 1.4T tokens (Touvron et al. 2023, Table 2)', () => {
    expect(runFigure('llama-65b', 'tokens').value).toBe(1.4e12);
    expect(getTrainingRun('llama-65b').name).toBe('LLaMA 65B');
  });

  test('a figure the run does not publish names the run and the field', () => {
    // OpenAI never disclosed GPT-4's parameter count.
    expect(() => runFigure('gpt-4', 'params')).toThrow(
      'Training run "gpt-4" publishes no params; the article quoting it needs another run or figure.',
    );
  });

  test('an unknown id names itself and lists the known ids, comma-separated', () => {
    expect(() => getTrainingRun('palm-3')).toThrow(/^Unknown training run id "palm-3"; expected one of: [a-z0-9.-]+(, [a-z0-9.-]+){20,}$/);
    expect(() => getTrainingRun('palm-3')).toThrow(/, llama-65b(,|$)/);
  });
});

describe('cite: a published figure with only the parts given', () => {
  test('no locator and no note: no such keys, not keys holding undefined', () => {
    expect(cite(1.4e12, 'touvron-2023-llama')).toStrictEqual({ value: 1.4e12, citation: { source: 'touvron-2023-llama' } });
  });

  test('a locator and a note are kept', () => {
    expect(cite(1.4e12, 'touvron-2023-llama', 'Table 2', 'As printed.')).toStrictEqual({
      value: 1.4e12,
      citation: { source: 'touvron-2023-llama', locator: 'Table 2' },
      note: 'As printed.',
    });
  });
});
