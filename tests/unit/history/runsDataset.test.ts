import { describe, expect, test } from 'vitest';
import {
  csvColumns,
  csvField,
  csvFigureColumns,
  getSource,
  resolveRunSources,
  trainingRuns,
  trainingRunsCsv,
  type PublishedFigure,
} from '~/lib';

/** An RFC 4180 reader written for the test, independent of the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

describe('the CSV download', () => {
  const [header = [], ...body] = parseCsv(trainingRunsCsv(trainingRuns));

  test('has a header row naming every documented column, then one row per run', () => {
    expect(header).toEqual(csvColumns.map((c) => c.name));
    expect(body.map((row) => row[0])).toEqual(trainingRuns.map((run) => run.id));
    for (const row of body) expect(row).toHaveLength(header.length);
  });

  test('round-trips: every figure’s value, source and locator read back equal', () => {
    for (const [index, run] of trainingRuns.entries()) {
      const cell = (name: string) => body[index]![header.indexOf(name)];
      expect(cell('name')).toBe(run.name);
      expect(cell('organization')).toBe(run.organization);
      expect(cell('date')).toBe(run.date);
      expect(cell('accelerator')).toBe(run.accelerator ?? '');
      expect(cell('estimate_only')).toBe(String(run.estimateOnly === true));
      expect(cell('notes')).toBe(run.notes ?? '');
      for (const { key, column } of csvFigureColumns) {
        const figure = run[key] as PublishedFigure<number> | undefined;
        expect(cell(column) === '' ? undefined : Number(cell(column))).toBe(figure?.value);
        expect(cell(`${column}_source`)).toBe(figure?.citation.source ?? '');
        expect(cell(`${column}_locator`)).toBe(figure?.citation.locator ?? '');
      }
      expect(cell('cost_usd_method')).toBe(run.publishedCostUsd?.method ?? '');
      expect(cell('cost_usd_edition')).toBe(run.publishedCostUsd?.edition ?? '');
    }
  });

  test('published values survive: LLaMA 65B 1,022,362 GPU-hours (Table 15); GPT-3 3.14e23 FLOPs (App. D)', () => {
    const cell = (id: string, name: string) => body.find((row) => row[0] === id)![header.indexOf(name)];
    expect(Number(cell('llama-65b', 'accelerator_hours'))).toBe(1_022_362);
    expect(cell('llama-65b', 'accelerator_hours_locator')).toBe('Table 15');
    expect(Number(cell('gpt-3', 'training_flops'))).toBe(3.14e23);
  });

  test.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [undefined, ''],
    [false, 'false'],
    [1e-7, '1e-7'],
  ])('csvField(%j) is %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('the JSON download', () => {
  test('resolves every citation to its bibliography entry and keeps the values', () => {
    for (const run of trainingRuns) {
      const resolved = JSON.parse(JSON.stringify(resolveRunSources(run)));
      expect(resolved.id).toBe(run.id);
      for (const { key } of csvFigureColumns) {
        const figure = run[key] as PublishedFigure<number> | undefined;
        if (!figure) continue;
        expect(resolved[key].value).toBe(figure.value);
        expect(resolved[key].citation.reference.title).toBe(getSource(figure.citation.source).title);
      }
      for (const [i, other] of (run.otherCostEstimatesUsd ?? []).entries()) {
        expect(resolved.otherCostEstimatesUsd[i].citation.reference.id).toBe(other.citation.source);
        expect(resolved.otherCostEstimatesUsd[i].value).toBe(other.value);
      }
    }
  });
});
