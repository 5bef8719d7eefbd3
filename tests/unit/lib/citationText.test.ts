import { describe, expect, test } from 'vitest';
import {
  authorYear,
  checkedArticleIds,
  citationName,
  citationText,
  getSource,
  sources,
  yearText,
  type Source,
} from '~/lib';

const entry = (fields: Partial<Source>): Source => ({ id: 'x', title: 'A Title', kind: 'paper', ...fields });

describe('citationName: who a citation names', () => {
  test.each([
    [{ authors: 'Shazeer' }, 'Shazeer', 'one author'],
    [{ authors: 'Kaplan, McCandlish' }, 'Kaplan and McCandlish', 'two authors'],
    [{ authors: 'Fedus, Zoph, Shazeer' }, 'Fedus et al.', 'three authors'],
    [{ authors: 'Radford, Wu, Child, Luan, Amodei and Sutskever' }, 'Radford et al.', '"and" before the last'],
    [{ authors: 'Hoffmann and Borgeaud' }, 'Hoffmann and Borgeaud', 'two joined by "and"'],
    [{ authors: 'Kaplan,McCandlish' }, 'Kaplan and McCandlish', 'a comma without a space'],
    [{ authors: 'Hoffmann  and  Borgeaud' }, 'Hoffmann and Borgeaud', 'extra spaces around "and"'],
    [{ authors: 'Wu, Child and Luan' }, 'Wu et al.', 'three, "and" without a comma before the last'],
    [{ authors: 'Touvron et al.' }, 'Touvron et al.', 'already shortened'],
    [{ authors: 'Smith et alia, Jones' }, 'Smith et alia and Jones', '"et al" shortens a list only at its end'],
    [{ authors: 'Gao et al (EleutherAI)' }, 'Gao et al.', 'a missing full stop restored, the parenthesis dropped'],
    [{ authors: 'BigScience Workshop (Le Scao et al.)' }, 'BigScience Workshop', 'a team with its lead authors in brackets'],
    [{ authors: 'Touvron et al.', citedAs: 'Meta' }, 'Meta', 'citedAs wins'],
    [{ publisher: 'Meta, github.com/meta-llama/llama' }, 'Meta', 'no authors: the publisher up to a comma'],
    [{ publisher: 'Philisun (secondary)' }, 'Philisun', 'the publisher up to a parenthesis'],
    [{ authors: '', publisher: 'NVIDIA' }, 'NVIDIA', 'an empty author list falls through'],
    [{ publisher: '(no name)' }, 'A Title', 'an empty publisher name falls through to the title'],
    [{}, 'A Title', 'neither: the title'],
  ] as [Partial<Source>, string, string][])('%o → %s (%s)', (fields, name) => {
    expect(citationName(entry(fields))).toBe(name);
  });
});

describe('the five checked articles are cited by name and year', () => {
  test.each([
    ['liang-2024-build-or-fine-tune', 'Liang (2024)'],
    ['ruiz-2023-train-foundation-model', 'Ruiz (2023)'],
    ['aipro-nd-cost-of-training-llms', 'AI-Pro (n.d.)'],
    ['alesso-nd-giant-language-model', 'Alesso (n.d.)'],
    ['ruiz-nd-abridged-foundation-model', 'Ruiz, abridged (n.d.)'],
  ] as const)('%s → %s', (id, text) => {
    expect(authorYear(getSource(id))).toBe(text);
  });

  test('in the order the guide lists them', () => {
    expect(checkedArticleIds.map((id) => citationName(getSource(id)))).toEqual(['Liang', 'Ruiz', 'AI-Pro', 'Alesso', 'Ruiz, abridged']);
  });
});

describe('authorYear and yearText', () => {
  test.each([
    ['touvron-2023-llama', 'Touvron et al. (2023)'],
    ['dubey-2024-llama3', 'Dubey et al. (2024)'],
    ['gemini-team-2023-gemini', 'Gemini Team (2023)'],
    ['nvidia-a100-datasheet', 'NVIDIA (2021)'],
    ['radford-2019-gpt2', 'Radford et al. (2019)'],
    ['luccioni-2022-bloom-carbon', 'Luccioni et al. (2022)'],
  ] as const)('%s → %s', (id, text) => {
    expect(authorYear(getSource(id))).toBe(text);
  });

  test('a work without a date prints n.d.', () => {
    expect(yearText({})).toBe('n.d.');
    expect(yearText({ year: 2017 })).toBe('2017');
  });

  test('every source has a short name: no parenthesis, at most six words', () => {
    for (const source of Object.values(sources) as Source[]) {
      const name = citationName(source);
      expect(name, source.id).not.toMatch(/[()]/);
      expect(name.split(' ').length, `${source.id}: ${name}`).toBeLessThanOrEqual(6);
    }
  });
});

describe('citationText: a citation as plain text', () => {
  test('name, year, title and locator', () => {
    expect(citationText({ source: 'touvron-2023-llama', locator: 'Table 15' })).toBe(
      'Touvron et al. (2023), LLaMA: Open and Efficient Foundation Language Models, Table 15',
    );
  });

  test('no locator, no trailing comma', () => {
    expect(citationText({ source: 'alesso-nd-giant-language-model' })).toBe(
      'Alesso (n.d.), Building a Giant Language Model: When Does DIY Make Sense?',
    );
  });

  test('an unknown source is a programming error', () => {
    expect(() => citationText({ source: 'palm' as never })).toThrow(/Unknown source id "palm"/);
  });
});
