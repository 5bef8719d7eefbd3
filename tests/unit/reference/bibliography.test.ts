import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { accelerators } from '../../../src/lib/accelerators';
import { acceleratorSources } from '../../../src/lib/acceleratorSources';
import { hostedApiPrices } from '../../../src/lib/apiPrices';
import { assumptionInfo, mfuInfo } from '../../../src/lib/assumptions';
import { citationsBySource, libraryCitingData, type CitingData } from '../../../src/lib/bibliography';
import { formatTflopsPerSecond } from '../../../src/lib/flopsRate';
import { modelShapeSources } from '../../../src/lib/modelShapeSources';
import { pricePoints } from '../../../src/lib/prices';
import { crowdComparisonPrice } from '../../../src/lib/postTraining';
import { euAiAct } from '../../../src/lib/regulation';
import { runAttention } from '../../../src/lib/runAttention';
import { sources, type Citation } from '../../../src/lib/sources';
import { trainingRuns } from '../../../src/lib/trainingRuns';

// Computed inside each test, not once at load: mutation testing credits a test only with the
// library code that runs while it runs.
const places = () => citationsBySource();
const bibliography = new Set(Object.keys(sources));

/** Every citation in the data, found independently of the helper: any object with a `source` string. */
function citationsIn(value: unknown): Citation[] {
  if (Array.isArray(value)) return value.flatMap(citationsIn);
  if (value === null || typeof value !== 'object') return [];
  const own = 'source' in value && typeof value.source === 'string' ? [value as Citation] : [];
  return [...own, ...Object.values(value).flatMap(citationsIn)];
}

const cited = {
  accelerators: citationsIn(acceleratorSources),
  'price points': citationsIn(pricePoints),
  'training runs': citationsIn(trainingRuns),
  'assumption defaults': citationsIn([mfuInfo, assumptionInfo]),
  'model shapes': citationsIn(modelShapeSources),
  'hosted API prices': citationsIn(hostedApiPrices),
  'run attention shapes': citationsIn(runAttention),
};

describe('the bibliography holds every source the data cites', () => {
  test.each(Object.entries(cited))('%s', (_table, citations) => {
    expect(citations.length).toBeGreaterThan(0);
    const missing = citations.map((c) => c.source).filter((id) => !bibliography.has(id));
    expect(missing).toEqual([]);
  });
});

describe('citationsBySource', () => {
  test('finds every citation a structural walk of the data finds, no more, no fewer', () => {
    const all = [...Object.values(cited).flat(), ...citationsIn(libraryCitingData.lossFits)];
    const counted = [...places().values()].reduce((n, list) => n + list.length, 0);
    expect(counted).toBe(all.length);
    for (const id of new Set(all.map((c) => c.source))) expect(places().has(id), id).toBe(true);
  });

  test('names each place with its kind, name, figure and locator', () => {
    expect(places().get('touvron-2023-llama')).toContain('Training run LLaMA 65B: parameters, Table 2');
    expect(places().get('touvron-2023-llama')).toContain('Assumption default: Data-centre PUE, §6.2, Table 15');
    expect(places().get('nvidia-a100-datasheet')).toContain('Accelerator NVIDIA A100 80GB SXM');
    expect(places().get('chowdhery-2022-palm')).toContain('Assumption default: Utilisation (MFU) of your runs, Table 3');
    expect(places().get('besiroglu-2024-chinchilla-replication')?.[0]).toMatch(/^Loss fit: besiroglu-2024-refit/);
    expect(places().get('openai-gpt2-repo')).toContain('Model shape: GPT-2 small (124M), model hparams.json; layers and width also Radford et al. 2019, Table 2');
    expect(places().get('openai-gpt2-repo')).toContain('Model shape: GPT-2 small (124M), published size, README and download_model.py');
    expect(places().get('touvron-2023-llama2')).toContain(
      'Attention shape of training run llama-2-7b, Table 1 (context 4k); shape as LLaMA, Touvron et al. 2023, Table 2',
    );
  });

  test('prices name the accelerator, kind, provider and as-of date', () => {
    const point = pricePoints[0]!;
    const name = accelerators.find((a) => a.id === point.accelerator)?.name;
    expect(places().get(point.citation.source)?.some((p) => p.startsWith(`Price: ${name}, ${point.kind}, ${point.provider}, as of ${point.asOf}`))).toBe(true);
  });

  test('hosted API prices name the provider, model and as-of date', () => {
    const price = hostedApiPrices[0]!;
    expect(places().get(price.citation.source)).toContain(`Hosted API price: ${price.provider}, ${price.model}, as of ${price.asOf}`);
  });

  test('includes every other cost estimate of a run', () => {
    const run = trainingRuns.find((r) => (r.otherCostEstimatesUsd ?? []).length > 0);
    expect(run).toBeDefined();
    for (const estimate of run?.otherCostEstimatesUsd ?? []) {
      expect(places().get(estimate.citation.source)).toContain(
        estimate.citation.locator === undefined
          ? `Training run ${run?.name}: other cost estimate`
          : `Training run ${run?.name}: other cost estimate, ${estimate.citation.locator}`,
      );
    }
  });

  test('works on data of its own, and falls back to the id for an uncatalogued accelerator', () => {
    const data: CitingData = {
      accelerators: [],
      pricePoints: [{ accelerator: 'h800', kind: 'spot', usd: 1, provider: 'X', asOf: '2026', citation: { source: 'runpod-pricing' } }],
      trainingRuns: [],
      assumptions: [],
      modelShapes: [],
      lossFits: [],
    };
    expect(citationsBySource(data)).toEqual(new Map([['runpod-pricing', ['Price: h800, spot, X, as of 2026']]]));
  });
});

/**
 * Every source id the pages and islands cite as `source: 'id'` (MDX, Astro, components), read
 * from the files. The library's own citations are its data's, which `citationsBySource` counts.
 */
function citedInSiteFiles(): Set<string> {
  const root = fileURLToPath(new URL('../../../src/', import.meta.url));
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
    (file) => /\.(mdx|astro|tsx?)$/.test(file) && !file.startsWith(`lib${sep}`),
  );
  const ids = files.flatMap((file) => [...readFileSync(join(root, file), 'utf8').matchAll(/source: ?'([a-z0-9-]+)'/g)].map((match) => match[1]!));
  return new Set(ids);
}

describe('every source in the bibliography is cited somewhere', () => {
  // Listed on the Sources page but cited by no figure and no page: each should be cited where the
  // site relies on it, or dropped. Pinned, so that a new uncited entry is a deliberate change.
  const knownUncited = [
    'cbre-2025-north-america-data-centers',
    'gemini-team-2023-gemini',
    'openai-2023-gpt4',
  ];

  test('by the data or by a page, apart from the known exceptions', () => {
    const inFiles = citedInSiteFiles();
    expect(inFiles.size).toBeGreaterThan(30);
    // Citations the library keeps beside a figure rather than in the run or price data.
    const inRegulation = new Set<string>([...citationsIn(euAiAct), crowdComparisonPrice.citation].map((c) => c.source));
    const uncited = Object.keys(sources).filter((id) => !places().has(id as keyof typeof sources) && !inFiles.has(id) && !inRegulation.has(id));
    expect(uncited.sort()).toEqual(knownUncited);
  });

  test('a citation in a page counts: Quote Investigator backs no figure, but the decision page cites it', () => {
    expect(places().has('quoteinvestigator-2021-gold-shovel')).toBe(false);
    expect(citedInSiteFiles().has('quoteinvestigator-2021-gold-shovel')).toBe(true);
  });
});

describe('formatTflopsPerSecond', () => {
  test.each([
    // [FLOP/s, text, where the figure is published]
    [312e12, '312 TFLOP/s', 'NVIDIA A100 datasheet, BF16 tensor core dense'],
    [989e12, '989 TFLOP/s', 'NVIDIA H100 SXM datasheet, half of the 1,979 sparse figure'],
    [2.25e15, '2,250 TFLOP/s', 'NVIDIA HGX B200 datasheet, dense'],
    [18.7e12, '18.7 TFLOP/s', 'NVIDIA P100 PCIe datasheet, FP16'],
    [1307.4e12, '1,307.4 TFLOP/s', 'AMD MI300X datasheet, BF16 dense'],
    [1979e12, '1,979 TFLOP/s', 'NVIDIA H100 SXM datasheet, BF16 with sparsity, as printed'],
    [0.04e12, '0 TFLOP/s', 'below a tenth of a TFLOP/s rounds to 0 (no catalogued chip is that slow)'],
  ])('%d FLOP/s prints as %s (%s)', (flops, text) => {
    expect(formatTflopsPerSecond(flops)).toBe(text);
  });

  test.each([NaN, Infinity, -Infinity])('%d prints as a dash, never NaN or Infinity', (x) => {
    expect(formatTflopsPerSecond(x)).toBe('—');
  });

  test('prints every catalogued dense peak without exponent or NaN', () => {
    for (const a of accelerators) expect(formatTflopsPerSecond(a.peakFlops)).toMatch(/^[1-9][\d,]*(\.\d)? TFLOP\/s$/);
  });
});
