import { describe, expect, test } from 'vitest';
import { getTrainingRun, trainingRuns } from '~/lib';
import { offersPreset, presetOf, trainingPresets } from '~/components/steps/trainingPresets';
import { costEstimates, disagreement, estimatorText, figureRows, hardwareText, repricedText, runDescription, runPagePreviews, runPreview, utilisationText } from '~/components/history/runPage';
import { runningExample } from '~/components/trainingExample';

const preset = (id: string) => trainingPresets.find((p) => p.id === id)!;

describe('estimator presets of published runs', () => {
  test('every pre-training run that publishes a size is a preset; estimate-only runs and post-training stages are not', () => {
    const expected = trainingRuns.filter((run) => run.params && !run.estimateOnly && run.stage !== 'post-training').map((run) => run.id);
    expect(trainingPresets.map((p) => p.id)).toEqual(expected);
    expect(trainingPresets).toHaveLength(33);
    for (const id of ['gpt-4', 'gemini-ultra', 'claude-3.5-sonnet', 'grok-2', 'gpt-4.5', 'grok-3', 'deepseek-r1']) {
      expect(offersPreset(getTrainingRun(id))).toBe(false);
      expect(presetOf(getTrainingRun(id))).toBeNull();
    }
  });

  test('LLaMA 65B: every input as published, at the 47.7% its 1,022,362 A100-hours imply (Touvron et al. 2023, Tables 2 and 15)', () => {
    // By hand: 6 × 65.2e9 × 1.4e12 = 5.4768e23 FLOP; ÷ (1,022,362 h × 3,600 s × 312e12) = 0.476941.
    const llama = preset('llama-65b');
    expect(llama).toMatchObject({ params: 65.2e9, tokens: 1.4e12, accelerator: 'a100-80gb', count: 2048 });
    expect(llama.mfu).toBeCloseTo(0.476941, 6);
    expect(llama.sharedMfu).toBeUndefined();
    expect(llama.note).toBe('From LLaMA 65B: parameters, tokens, accelerator and accelerator count as published; utilisation 47.7%, implied by its 1,022,362 published accelerator-hours at 6 × parameters × tokens, the estimator’s count, which leaves attention out.');
    // The source article's sum: 2,048 GPUs × 21 days × 24 h × $3.93 = $4,056,514.56.
    expect(llama.published).toEqual({ usd: 4_056_514.56, basis: 'recomputed here from published hours, as of 2023' });
  });

  test('the 2017 Transformer: tokens from its published compute, utilisation from its 672 P100-hours, priced at the P100’s stored rental price', () => {
    // By hand: tokens = 2.3e19 ÷ (6 × 213e6) = 1.79969e10; utilisation = 2.3e19 ÷ (672 h × 3,600 × 18.7e12)
    // = 0.508410; at the P100's default price (Azure NC6s v2, $2.07, 2024-01-29), 672 h cost $1,391.04,
    // above the AI Index's $930, which implies $1.38 an hour.
    const transformer = preset('transformer-2017');
    expect(transformer.tokens).toBeCloseTo(1.79969e10, -5);
    expect(transformer.mfu).toBeCloseTo(0.50841, 5);
    expect(transformer.pricePerHourUsd * 672).toBeCloseTo(1391.04, 9);
    expect(transformer.note).toContain('tokens 18B, implied by its published compute (2.3 × 10¹⁹ FLOP ÷ (6 × parameters))');
    expect(transformer.note).toContain('utilisation 50.8%, implied by its 672 published accelerator-hours');
  });

  test('OLMo 2 13B publishes no hardware: the worked example’s H100s, and the reader’s utilisation band', () => {
    const olmo = preset('olmo-2-13b');
    expect(olmo).toMatchObject({ params: 13e9, tokens: 5.6e12, accelerator: runningExample.accelerator, count: runningExample.count, sharedMfu: true });
    expect(olmo.published).toBeUndefined();
    expect(olmo.note).toBe(
      'From OLMo 2 13B: parameters and tokens as published. Utilisation is not published, so it is your assumed band. Not published, so taken from the worked example, Phi-4: accelerator (NVIDIA H100 SXM) and accelerator count (1,920).',
    );
  });

  test('LLaMA 7B publishes hours but no count: the count is the worked example’s, and only the count', () => {
    expect(preset('llama-7b').count).toBe(runningExample.count);
    expect(preset('llama-7b').note).toMatch(/Not published, so taken from the worked example, Phi-4: accelerator count \(1,920\)\.$/);
  });
});

describe('a run’s page', () => {
  test('lists the published figures in a fixed order with their formatted values', () => {
    expect(figureRows(getTrainingRun('llama-65b')).map((row) => [row.label, row.text])).toEqual([
      ['Parameters (active per token)', '65.2B'],
      ['Training tokens', '1.4T'],
      ['Accelerators', '2,048'],
      ['Accelerator-hours', '1,022,362'],
      ['Wall-clock time', '21 days'],
      ['Energy', '449 MWh'],
      ['Emissions', '173 t CO2e'],
    ]);
    expect(figureRows(getTrainingRun('gpt-4'))).toEqual([]);
    // Llama 3.1 model card: 8,930 t location-based; Llama 2 Table 2: 31.22 t for the 7B.
    expect(figureRows(getTrainingRun('llama-3.1-405b')).find((row) => row.label === 'Emissions')?.text).toBe('8,930 t CO2e');
    expect(figureRows(getTrainingRun('llama-2-7b')).find((row) => row.label === 'Emissions')?.text).toBe('31.2 t CO2e');
  });

  test('gives every cost estimate, the headline first', () => {
    expect(costEstimates(getTrainingRun('gemini-ultra')).map((cost) => cost.value)).toEqual([191.4e6, 29_827_341.92]);
    expect(costEstimates(getTrainingRun('olmo-2-7b'))).toEqual([]);
  });

  test.each([
    // [run, highest ÷ lowest, by hand]
    ['gpt-3', 1.0636126, 'Lambda’s $4.6M ÷ the AI Index’s $4,324,883'],
    ['gemini-ultra', 6.4169312, 'AI Index cloud rental $191.4M ÷ Epoch’s hardware and energy $29,827,341.92'],
    ['grok-3', 3.9008196, 'Epoch cloud $849,737,163.95 ÷ Epoch hardware and energy $217,835,545.53'],
    ['llama-3.1-405b', 3.3273174, 'Epoch cloud $175,966,627.18 ÷ Epoch hardware and energy $52,885,433.95'],
  ] as const)('%s: its estimates differ %f× (%s), and the page says why', (id, spread, _hand) => {
    const result = disagreement(getTrainingRun(id))!;
    expect(result.spread).toBeCloseTo(spread, 6);
    expect(result.reasons.length).toBeGreaterThanOrEqual(2);
  });

  test('names both methods when a cloud-rental and an amortized estimate disagree, and their different dates', () => {
    const { reasons } = disagreement(getTrainingRun('gpt-4'))!;
    expect(reasons.join(' ')).toMatch(/cloud-rental estimate prices every hour/);
    expect(reasons.join(' ')).toMatch(/amortized estimate counts only the part of owned hardware/);
    expect(reasons.join(' ')).toContain('(April 2024 and June 2025 in 2023 dollars)');
    // Grok 3's two estimates come from one edition of Epoch AI's data: no difference of date to blame.
    expect(disagreement(getTrainingRun('grok-3'))!.reasons.join(' ')).not.toContain('dated differently');
    expect(disagreement(getTrainingRun('mpt-7b'))).toBeUndefined();
  });

  test('gives the implied utilisation, or says what is missing', () => {
    // LLaMA 65B counts attention as PaLM does (80 layers × 64 heads × 128 wide at 2,048 tokens; Touvron et al.
    // 2023, Table 2): (6 × 65.2e9 + 12 × 80 × 64 × 128 × 2,048) × 1.4e12 = 5.7025e23 FLOPs, over
    // 1,022,362 h × 3,600 × 312e12 = 1.14831e24 at peak: 0.4966, 49.7%.
    expect(utilisationText(getTrainingRun('llama-65b'))).toMatch(
      /^49\.7% of the NVIDIA A100 80GB SXM’s dense BF16 peak: its model FLOPs, counted as PaLM counts them \(6 × parameters per token, plus attention over its 80 layers of 64 heads on 2,048-token sequences\)/,
    );
    // Llama 2 34B was never released, so no shape is published: 6·N·D alone, 6 × 34e9 × 2e12 = 4.08e23
    // over 1,038,336 h × 3,600 × 312e12 = 1.16625e24 at peak: 0.3498, printed 35% (Touvron et al. 2023b, Tables 1–2).
    expect(utilisationText(getTrainingRun('llama-2-34b'))).toMatch(/^35% of the NVIDIA A100 80GB SXM’s dense BF16 peak: 6 × parameters × tokens ÷ \(accelerator-hours × 3,600 × peak\)\./);
    expect(utilisationText(getTrainingRun('gpt-4'))).toBe('Not computed: the run does not publish parameters, training tokens, accelerator-hours or a catalogued accelerator.');
    expect(utilisationText(getTrainingRun('olmo-2-7b'))).toBe('Not computed: the run does not publish accelerator-hours or a catalogued accelerator.');
    expect(utilisationText(getTrainingRun('deepseek-r1'))).toMatch(/^Not computed: this is a post-training stage/);
  });

  test('re-prices the published hours at the default price of the run’s accelerator, with its basis', () => {
    // DeepSeek-R1: 147,000 H800-hours × $2.00 (DeepSeek's own assumed rental price) = $294,000.
    expect(repricedText(getTrainingRun('deepseek-r1'))).toBe(
      // 147,000 H800-hours × DeepSeek's assumed $2 = $294,000.
      'At the guide’s default NVIDIA H800 SXM price, $2.00 an hour (DeepSeek, assumed or stated without a price list, as of December 2024), its 147,000 published accelerator-hours cost $294k.',
    );
    // 967,680 H100-hours (Phi-4 model card) × $3.20 (Hyperstack) = $3,096,576 and × $55.04 ÷ 8 = $6.88 (AWS p5) = $6,657,638.40.
    expect(repricedText(getTrainingRun('phi-4'))).toBe(
      'At the guide’s default NVIDIA H100 SXM band, $3.20–$6.88 an hour (Hyperstack, on-demand at a specialist cloud, as of August 2026, to AWS, on-demand at a hyperscaler, as of November 2026), its 967,680 published accelerator-hours cost $3.1M–$6.66M.',
    );
    expect(repricedText(getTrainingRun('gpt-4'))).toBeUndefined();
    expect(repricedText(getTrainingRun('nemotron-4-340b'))).toBeUndefined();
  });

  test('links the estimator when it has something of the run to start from, and says why not otherwise', () => {
    expect(estimatorText(getTrainingRun('llama-65b'))).toEqual({ href: '/training-steps/compute/?train.preset=llama-65b#training-estimator', text: preset('llama-65b').note });
    expect(estimatorText(getTrainingRun('gpt-4')).href).toBeUndefined();
    expect(estimatorText(getTrainingRun('deepseek-r1')).text).toMatch(/post-training stage/);
    expect(hardwareText(getTrainingRun('gpt-3'))).toBe('Trained on NVIDIA Tesla V100 SXM2 (32GB).');
    expect(hardwareText(getTrainingRun('gpt-4'))).toBe('Hardware undisclosed.');
    expect(hardwareText(getTrainingRun('bert-large'))).toMatch(/not in the guide’s accelerator catalog/);
  });

  test('gives its preview image a title, a section and a headline of hours and cost', () => {
    expect(runPreview(getTrainingRun('deepseek-v3'))).toEqual({
      title: 'DeepSeek-V3',
      section: 'Cost history',
      description: runDescription(getTrainingRun('deepseek-v3')),
      // DeepSeek-V3 Table 1: 2,788K H800 GPU-hours, $5.576M at $2 an hour.
      headline: {
        lead: 'Published',
        about: '2.79M accelerator-hours; cost disclosed by the developer, as of December 2024',
        label: 'Headline cost',
        value: '$5.58M',
      },
    });
    // OLMo 2 publishes neither hours nor a cost: its card shows the page's description.
    expect(runPreview(getTrainingRun('olmo-2-7b')).headline).toBeNull();
    const previews = runPagePreviews(trainingRuns);
    expect(previews.map((p) => p.path)).toEqual(trainingRuns.map((run) => `history/runs/${run.id}/`));
    // LLaMA 65B: 1,022,362 A100-hours (Touvron et al. 2023, Table 15); Ruiz's 2,048 × 21 days × 24 h × $3.93 = $4.06M.
    expect(previews.find((p) => p.path === 'history/runs/llama-65b/')?.card.headline).toEqual({
      lead: 'Published',
      about: '1.02M accelerator-hours; cost recomputed here from published hours, as of 2023',
      label: 'Headline cost',
      value: '$4.06M',
    });
    expect(runDescription(getTrainingRun('grok-3'))).toBe(
      'Grok 3 (xAI, February 2025): every published figure of the training run with its source, how its cost was made and what other estimates say. Headline cost $218M (third-party estimate (hardware and energy), Epoch AI data, April 2026).',
    );
  });
});
