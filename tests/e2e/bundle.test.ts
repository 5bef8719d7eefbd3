/**
 * What the browser downloads: the calculators compute from the library, but the cited datasets
 * behind it (the bibliography, the run history's notes, the price list's notes) stay on the
 * server. One barrel import without tree-shaking once put all of them into every calculator page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { acceleratorNotes, pricePoints, sources, trainingRuns } from '../../src/lib';
import { distDirectory } from './support/site';

const scripts = readdirSync(join(distDirectory, '_astro'))
  .filter((file) => file.endsWith('.js'))
  .map((file) => ({ file, text: readFileSync(join(distDirectory, '_astro', file), 'utf8') }));

/** Long texts that only the server-rendered pages need, with where each comes from. */
const serverOnly = [
  ...Object.values(sources).map((source) => ({ what: `bibliography title of ${source.id}`, text: source.title })),
  ...trainingRuns.flatMap((run) => (run.notes ? [{ what: `notes of run ${run.id}`, text: run.notes }] : [])),
  ...pricePoints.flatMap((point) => (point.note ? [{ what: `note of a ${point.accelerator} price`, text: point.note }] : [])),
  ...Object.entries(acceleratorNotes).map(([id, text]) => ({ what: `notes of accelerator ${id}`, text: text ?? '' })),
].filter(({ text }) => text.length >= 40);

describe('browser JavaScript', () => {
  test('there are scripts to check, and texts that must stay out of them', () => {
    expect(scripts.length).toBeGreaterThan(5);
    expect(serverOnly.length).toBeGreaterThan(50);
  });

  test('no script carries the bibliography, the run notes or the price and accelerator notes', () => {
    const leaks = scripts.flatMap(({ file, text }) =>
      serverOnly.filter(({ text: needle }) => text.includes(needle.slice(0, 40))).map(({ what }) => `${file}: ${what}`),
    );
    expect(leaks).toEqual([]);
  });
});
