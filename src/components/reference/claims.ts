/**
 * Every substantive claim of the five articles the guide checks (`checkedArticleIds`), with a
 * verdict, this guide's own figure and the section that discusses it: the rows of the Claims
 * checked page, as data, so a test can count the verdicts and the page can report the counts.
 * Each figure is computed here from the library at build time; nothing derived is typed. Quotes
 * are the articles' exact words. Server-only (long texts): no island imports this module.
 */
import {
  assumptionDefaults,
  checkpointBytesPerParam,
  chinchillaTokensPerParam,
  englishWordsPerToken,
  estimateTraining,
  formatBand,
  formatBytes,
  formatCount,
  formatFactor,
  formatPercent,
  formatUsd,
  frontierCostShares,
  getAccelerator,
  getTrainingRun,
  hoursPerDay,
  hoursPerMonth,
  impliedUtilisation,
  maxFineTuningTokensForSaving,
  modelShapes,
  pileCorpus,
  pricedAcceleratorOr,
  pricesFor,
  sourceArticlePricePerHourUsd,
  rentalCostUsd,
  staffCostUsd,
  trainingRuns,
  type Citation,
  type TrainingRun,
} from '~/lib';
import { exampleComparison, llama2FineTuneExample as ft } from '../recommendations/fineTuneExample';
import { a100PurchasePriceUsd } from '../steps/examples';

/** What the guide concludes about a claim. */
export type Verdict = 'holds' | 'caveat' | 'wrong' | 'unverifiable';

/** The verdicts in the order the page lists their counts. */
export const verdicts: readonly Verdict[] = ['holds', 'caveat', 'wrong', 'unverifiable'];

/** How each verdict reads in the table. */
export const verdictLabels: Record<Verdict, string> = {
  holds: 'Holds',
  caveat: 'Holds, with a caveat',
  wrong: 'Wrong',
  unverifiable: 'Cannot be checked',
};

/** The table's groups, in order. */
export const claimTopics = {
  basics: 'What transformers and LLMs are',
  history: 'What published models cost',
  project: 'What a project costs',
  scale: 'How large and how long',
  data: 'Data',
  decision: 'Train, fine-tune or neither',
  levers: 'Cutting the cost',
} as const;

/** A group of claims. */
export type ClaimTopic = keyof typeof claimTopics;

/** One row of the table. */
export interface Claim {
  /** Stable kebab-case id; the row's anchor is `claim-<id>`. */
  id: string;
  topic: ClaimTopic;
  /** The article's own words, exact (shortened only at the ends). */
  quote: string;
  /** Who makes the claim: the article (first) and any other of the five that repeats it. */
  by: readonly Citation[];
  verdict: Verdict;
  /** This guide's figure, computed from the library; absent for a judgement with no number. */
  figure?: string;
  /** What the guide finds, and what that assumes. */
  finding: string;
  /** The section of the guide that discusses the claim. */
  href: string;
}

const liang = (locator?: string): Citation => ({ source: 'liang-2024-build-or-fine-tune', ...(locator ? { locator } : {}) });
const ruiz = (locator?: string): Citation => ({ source: 'ruiz-2023-train-foundation-model', ...(locator ? { locator } : {}) });
const aiPro = (locator?: string): Citation => ({ source: 'aipro-nd-cost-of-training-llms', ...(locator ? { locator } : {}) });
const alesso = (locator?: string): Citation => ({ source: 'alesso-nd-giant-language-model', ...(locator ? { locator } : {}) });
const ruizAbridged = (locator?: string): Citation => ({ source: 'ruiz-nd-abridged-foundation-model', ...(locator ? { locator } : {}) });

/** A run's figure that a claim needs; fails the build when the data lacks it. */
function figureOf(run: TrainingRun, field: 'params' | 'tokens' | 'acceleratorHours' | 'acceleratorCount' | 'wallClockDays' | 'publishedCostUsd'): number {
  const value = run[field]?.value;
  if (value === undefined) throw new Error(`Claims checked: training run "${run.id}" has no ${field}.`);
  return value;
}

const run = getTrainingRun;
const usd = formatUsd;
const band = (low: number, high: number) => formatBand({ low, high }, 'usd');

// ── Published runs the claims are checked against ──
const llama65 = run('llama-65b');
const llama2_7b = run('llama-2-7b');
const llama2_70b = run('llama-2-70b');
const palm = run('palm-540b');
const gpt3 = run('gpt-3');
const mpt = run('mpt-7b');
const a100Peak = getAccelerator('a100-80gb').peakFlops;

/** Runs with a published cost, and their range. */
const costs = trainingRuns.flatMap((r) => (r.publishedCostUsd ? [r.publishedCostUsd.value] : []));
const costRange = { low: Math.min(...costs), high: Math.max(...costs) };
const overAMillion = costs.filter((c) => c >= 1e6).length;

/** Runs of 60 billion parameters or more: how many accelerators and how many days they took. */
const large = trainingRuns.filter((r) => (r.params?.value ?? 0) >= 60e9);
const largeCounts = large.flatMap((r) => (r.acceleratorCount ? [r.acceleratorCount.value] : []));
const largeOverAThousand = largeCounts.filter((n) => n >= 1000).length;
const largeDays = large.flatMap((r) => (r.wallClockDays ? [r.wallClockDays.value] : []));
const allCounts = trainingRuns.flatMap((r) => (r.acceleratorCount ? [r.acceleratorCount.value] : []));

/** The largest dense and the largest mixture-of-experts parameter counts in the dataset. */
const largestDense = Math.max(...trainingRuns.filter((r) => r.totalParams === undefined).map((r) => r.params?.value ?? 0));
const largestTotal = Math.max(...trainingRuns.map((r) => r.totalParams?.value ?? 0));

/** What the published AI Index runs cost (Liang's list). */
const aiIndex = (id: string) => usd(figureOf(run(id), 'publishedCostUsd'));

/** LLaMA 65B as Ruiz prices it, and from the paper's hours at his price. */
const ruizPrice = 3.93;
const llamaFromHours = figureOf(llama65, 'acceleratorHours') * ruizPrice;
const llamaRuiz = figureOf(llama65, 'publishedCostUsd');

/** PaLM: Ruiz's first bullet leaves out the second phase. */
const tpuPrice = sourceArticlePricePerHourUsd('tpu-v4');
const palmFirstBullet = rentalCostUsd({ accelerators: 6144, hours: 1200, pricePerHourUsd: tpuPrice });
const palmAiIndex = palm.otherCostEstimatesUsd?.find((e) => e.citation.source === 'stanford-2024-ai-index')?.value;
if (palmAiIndex === undefined) throw new Error('Claims checked: PaLM has no AI Index estimate.');

/** GPT-3's "1,024 GPUs for 34 days" is a Megatron projection on A100s. */
const megatronHours = 1024 * 34 * hoursPerDay;
const a100_40Price = sourceArticlePricePerHourUsd('a100-40gb');
const lambdaGpt3 = gpt3.otherCostEstimatesUsd?.find((e) => e.citation.source === 'lambda-2020-gpt3')?.value;
if (lambdaGpt3 === undefined) throw new Error('Claims checked: GPT-3 has no Lambda estimate.');

/** Alesso's sizes at two token counts, at the utilisation Llama 2 7B's hours imply. */
const llama2Utilisation = impliedUtilisation({
  params: figureOf(llama2_7b, 'params'),
  tokens: figureOf(llama2_7b, 'tokens'),
  acceleratorHours: figureOf(llama2_7b, 'acceleratorHours'),
  peakFlops: a100Peak,
});
const sized = (params: number, tokens: number) =>
  estimateTraining({ params, tokens, accelerator: 'a100-80gb', count: 1, mfu: llama2Utilisation, pricePerHour: 1 }).acceleratorHours;
const tenB = { optimal: sized(10e9, chinchillaTokensPerParam * 10e9), llama: sized(10e9, figureOf(llama2_7b, 'tokens')) };
const hundredB = sized(100e9, chinchillaTokensPerParam * 100e9);

/** Prices: what 64 GPUs for a month imply, and what the guide stores. */
const impliedRate = 300_000 / (64 * hoursPerMonth);
const h100OnDemand = pricesFor('h100-sxm').filter((p) => p.kind.startsWith('on-demand')).map((p) => p.usd);
const a100OnDemand = [...pricesFor('a100-40gb'), ...pricesFor('a100-80gb')].filter((p) => p.kind.startsWith('on-demand') && !p.sourceArticle).map((p) => p.usd);
const a100Purchase = a100PurchasePriceUsd();
const oneGpuMonth = rentalCostUsd({ accelerators: 1, hours: hoursPerMonth, pricePerHourUsd: a100_40Price });
const eightGpuMonth = rentalCostUsd({ accelerators: 8, hours: hoursPerMonth, pricePerHourUsd: a100_40Price });

/** Fine-tuning Llama 2 7B on 100M tokens against pre-training it. */
const ftPrice = assumptionDefaults.pricePerHourUsd[pricedAcceleratorOr(ft.accelerator, 'a100-80gb')];
const ftRows = exampleComparison(ft, ftPrice.high).rows;
const ftLow = exampleComparison(ft, ftPrice.low).rows;
const ninetyFull = maxFineTuningTokensForSaving({ pretrainingTokens: ft.pretrainingTokens, saving: 0.9, method: 'full' });

/** A team of three for six months at the guide's cost per person-year. */
const threeForSix = staffCostUsd({ people: 3, costPerPersonYearUsd: assumptionDefaults.staffCostPerPersonYearUsd, months: 6 });

/** Vocabulary sizes of Llama 2 and Llama 3. */
const vocab2 = modelShapes['llama2-7b'].shape.vocab;
const vocab3 = modelShapes['llama3-8b'].shape.vocab;

/** Every claim of the five articles, grouped by topic. */
export const claims: readonly Claim[] = [
  // ── What transformers and LLMs are ──
  {
    id: 'transformer-2017',
    topic: 'basics',
    quote: 'Introduced in the seminal 2017 paper “Attention Is All You Need,” transformers revolutionized sequence-to-sequence tasks',
    by: [liang('"What Are Transformer Models?"')],
    verdict: 'holds',
    finding: 'Vaswani et al. (2017) introduced the architecture for translation. The same sentence’s “even image generation” came later, from other papers.',
    href: '/basics/what-is-a-transformer/#what-popular-articles-say',
  },
  {
    id: 'self-attention',
    topic: 'basics',
    quote: 'weigh the importance of different parts of the input data dynamically',
    by: [liang('"What Are Transformer Models?"')],
    verdict: 'holds',
    finding: 'A fair plain-words account of self-attention: each token’s query scores every key, and the softmax of those scores weights the values.',
    href: '/basics/what-is-a-transformer/#self-attention-every-token-looks-at-the-others',
  },
  {
    id: 'parameter-counts',
    topic: 'basics',
    quote: 'LLMs typically contain billions or even trillions of parameters',
    by: [aiPro('"Definition and Characteristics of LLMs"')],
    verdict: 'caveat',
    figure: `largest dense run here: ${formatCount(largestDense)}; largest mixture of experts: ${formatCount(largestTotal)} in total`,
    finding: 'Billions, yes. Trillion-parameter models are mixtures of experts, whose compute follows the far smaller active count.',
    href: '/basics/what-is-a-transformer/#what-popular-articles-say',
  },
  {
    id: 'fine-tuned-for-tasks',
    topic: 'basics',
    quote: 'LLMs can be fine-tuned for a variety of tasks, including translation, summarization, sentiment analysis, and even creative writing',
    by: [aiPro('"Definition and Characteristics of LLMs"')],
    verdict: 'holds',
    finding: 'True, and usually the cheapest route to such a task: fine-tuning costs a small fraction of pre-training.',
    href: '/basics/what-is-a-transformer/#what-popular-articles-say',
  },
  {
    id: 'gpt-3-size',
    topic: 'basics',
    quote: 'With 175 billion parameters, it has set benchmarks in NLP tasks',
    by: [aiPro('"Examples of Popular LLMs"')],
    verdict: 'holds',
    figure: `${formatCount(figureOf(gpt3, 'params'))} parameters`,
    finding: 'The GPT-3 paper prints 175B; counted from its shape the model has slightly fewer.',
    href: '/basics/counting-parameters/#the-presets-against-their-papers',
  },
  {
    id: 'bert-and-t5',
    topic: 'basics',
    quote: 'BERT excels at understanding the context of words in search queries',
    by: [aiPro('"Examples of Popular LLMs"')],
    verdict: 'holds',
    finding: 'Google reported BERT in Search in 2019. The same passage’s description of T5, every task as text in and text out, also holds.',
    href: '/basics/what-is-a-transformer/#three-families',
  },
  {
    id: 'encoders-and-decoders',
    topic: 'basics',
    quote: 'Choosing the right mix of encoders and decoders depends on whether you want your LLM to mainly understand text, generate it, or both.',
    by: [alesso('"Model Architecture"')],
    verdict: 'caveat',
    finding: 'True of the three families, but the large models since GPT-3 are nearly all decoder-only, which both understands and generates.',
    href: '/basics/what-is-a-transformer/#why-decoder-only-models-took-over',
  },
  {
    id: 'predict-missing-words',
    topic: 'basics',
    quote: 'it’s teaching your model to predict missing words in a sequence',
    by: [alesso('"Training at Scale"')],
    verdict: 'caveat',
    finding: 'Predicting masked-out words is BERT’s objective. The decoder-only models an LLM project trains predict the next token.',
    href: '/basics/what-is-a-transformer/#encoder-decoder-and-the-causal-mask',
  },
  {
    id: 'tokens-are-words',
    topic: 'basics',
    quote: 'they need to be able to understand the individual words and phrases in the text',
    by: [ruiz('"Steps to Train a Foundation Model"')],
    verdict: 'caveat',
    figure: `≈ ${englishWordsPerToken} of a word per English token`,
    finding: 'Tokens are mostly pieces of words, and the count of tokens, not words, sets every cost.',
    href: '/training-steps/tokenize/#how-many-tokens-is-my-text',
  },

  // ── What published models cost ──
  {
    id: 'ai-index-early-runs',
    topic: 'history',
    quote: 'Original Transformer (2017): ~$930 … BERT-Large (2018): ~$3,288 … RoBERTa Large (2019): ~$160,018 … GPT-3 (2020): ~$4.3 million',
    by: [liang('"The Price Tag of Progress"')],
    verdict: 'holds',
    figure: `${aiIndex('transformer-2017')}; ${aiIndex('bert-large')}; ${aiIndex('roberta-large')}; ${aiIndex('gpt-3')}`,
    finding: 'These are the AI Index 2024’s cloud-rental estimates by Epoch AI, in inflation-adjusted dollars, not what the developers paid.',
    href: '/history/price-tag-of-progress/#every-run-in-the-guides-dataset',
  },
  {
    id: 'ai-index-frontier-runs',
    topic: 'history',
    quote: 'GPT-4 (2023): ~$78.4 million … Gemini Ultra (2023): ~$191.4 million',
    by: [liang('"The Price Tag of Progress"')],
    verdict: 'caveat',
    figure: `${aiIndex('gpt-4')}; ${aiIndex('gemini-ultra')}`,
    finding: 'The AI Index 2024 prints these, but neither developer published its hours or hardware: they are estimates of estimates.',
    href: '/history/price-tag-of-progress/#every-run-in-the-guides-dataset',
  },
  {
    id: 'gpt-3-1024-gpus',
    topic: 'history',
    quote: 'GPT-3’s pre-training involved over 1,024 GPUs running continuously for approximately 34 days, costing about $4.6 million',
    by: [aiPro('"Training Duration"')],
    verdict: 'wrong',
    figure: `1,024 A100s for 34 days at ${usd(a100_40Price)}: ${usd(megatronHours * a100_40Price)}; Lambda’s V100 estimate: ${usd(lambdaGpt3)}`,
    finding: 'Two unrelated estimates stitched together: 1,024 A100s for 34 days is a Megatron-LM projection, $4.6M is Lambda’s price for V100s. OpenAI trained on V100s and published no price.',
    href: '/history/why-estimates-differ/#gpt-3-lambda-and-megatron',
  },
  {
    id: 'llama-65b-4m',
    topic: 'history',
    quote: 'Facebook’s 65B LLaMA trained for 21 days on 2048 Nvidia A100 GPUs. At $3.93/hr on GCP, that’s a total of ~$4M.',
    by: [ruiz('"Cost implications"')],
    verdict: 'holds',
    figure: `${usd(llamaRuiz)} as he sums it; ${usd(llamaFromHours)} from the paper’s ${formatCount(figureOf(llama65, 'acceleratorHours'))} GPU-hours`,
    finding: 'The arithmetic holds at the on-demand price he quotes; the small gap is the rounding of “21 days”.',
    href: '/history/why-estimates-differ/#list-price-owned-hardware-negotiated-discount',
  },
  {
    id: 'palm-first-bullet',
    topic: 'history',
    quote: 'Google’s 540B PaLM was trained on 6144 v4 TPUs for 1200hrs. At $3.22/hr is a total of ~$27M',
    by: [ruiz('"Cost implications"')],
    verdict: 'wrong',
    figure: `6,144 × 1,200 h × $3.22 = ${usd(palmFirstBullet)}`,
    finding: 'The sum as written gives less than $27M; the $27M needs the second phase, which his next line adds.',
    href: '/history/why-estimates-differ/#palm-two-prices',
  },
  {
    id: 'palm-two-phases',
    topic: 'history',
    quote: '(3.22*6144*1200) + (3.22*3072*336) = ~$27m',
    by: [ruiz('"Cost implications"')],
    verdict: 'caveat',
    figure: `${usd(figureOf(palm, 'publishedCostUsd'))}; AI Index 2024: ${usd(palmAiIndex)}`,
    finding: 'The hours match the PaLM paper and the sum is right at $3.22 per chip-hour; the AI Index prices the same hours lower. The price, not the compute, differs.',
    href: '/history/why-estimates-differ/#palm-two-prices',
  },
  {
    id: 'negotiated-discount',
    topic: 'history',
    quote: 'if you are able to negotiate a discount with a cloud provider, you could save 50-80% of your costs, bringing the total down to $800k-$2m',
    by: [ruiz('"Cost implications"')],
    verdict: 'caveat',
    figure: band(llamaRuiz * 0.2, llamaRuiz * 0.5),
    finding: 'The arithmetic holds for LLaMA 65B; the 50–80% range is his, with no provider or contract behind it.',
    href: '/recommendations/cutting-the-cost/#committed-use-and-negotiated-discounts',
  },
  {
    id: 'owned-gpus-cheaper',
    topic: 'history',
    quote: 'their costs may have been lower if they owned the GPUs themselves',
    by: [ruiz('"Cost implications"')],
    verdict: 'caveat',
    finding: 'Only at high utilisation over the hardware’s life, and only once servers, networking, power and staff are counted with the cards.',
    href: '/training-steps/rent-or-buy/',
  },
  {
    id: 'llama-2-hours',
    topic: 'history',
    quote: 'Their 7B parameter model took around 180,000 GPU hours to train. Upping the parameters to 70B meant burning through 1.7 million GPU hours.',
    by: [alesso('"The Price You Pay"')],
    verdict: 'holds',
    figure: `${formatCount(figureOf(llama2_7b, 'acceleratorHours'))} and ${formatCount(figureOf(llama2_70b, 'acceleratorHours'))} A100-hours`,
    finding: 'Meta’s published Llama 2 figures, rounded.',
    href: '/history/why-estimates-differ/#llama-hours-and-a-10b-model',
  },
  {
    id: 'one-to-two-dollars',
    topic: 'history',
    quote: 'Using on-demand cloud computing with powerful GPUs, you’re looking at $1-2 per GPU per hour.',
    by: [alesso('"The Price You Pay"')],
    verdict: 'caveat',
    figure: `A100 on-demand prices stored here: ${band(Math.min(...a100OnDemand), Math.max(...a100OnDemand))}`,
    finding: 'No provider or date is named. It is the low end of A100 rental; newer GPUs and the large clouds’ on-demand rates cost more.',
    href: '/reference/hardware/',
  },
  {
    id: 'ten-b-for-150k',
    topic: 'history',
    quote: 'a model in the 10B parameter range could cost $150,000 to train',
    by: [alesso('"The Price You Pay"')],
    verdict: 'unverifiable',
    figure: `at $1–2/h: ${band(tenB.optimal, tenB.optimal * 2)} on ${formatCount(chinchillaTokensPerParam * 10e9)} tokens; ${band(tenB.llama, tenB.llama * 2)} on ${formatCount(figureOf(llama2_7b, 'tokens'))}`,
    finding: 'A size has no price until you say how many tokens it trains on, and the article does not. $150,000 lies between the compute-optimal and the Llama 2 token counts.',
    href: '/history/why-estimates-differ/#llama-hours-and-a-10b-model',
  },
  {
    id: 'hundred-b-for-1-5m',
    topic: 'history',
    quote: 'A 100B parameter beast? We’re talking upwards of $1.5 million just in cloud computing costs.',
    by: [alesso('"The Price You Pay"')],
    verdict: 'unverifiable',
    figure: `at $1–2/h on ${formatCount(chinchillaTokensPerParam * 100e9)} tokens: ${band(hundredB, hundredB * 2)}`,
    finding: 'Again no token count. As a floor, “upwards of” is consistent with a compute-optimal run.',
    href: '/history/why-estimates-differ/#llama-hours-and-a-10b-model',
  },

  // ── What a project costs ──
  {
    id: 'cost-range',
    topic: 'project',
    quote: 'training a foundation model can cost anywhere from tens of thousands to millions of dollars',
    by: [ruiz('"Cost implications"'), ruizAbridged('"Cost Considerations"')],
    verdict: 'caveat',
    figure: `published runs here: ${band(costRange.low, costRange.high)}`,
    finding: 'The low end buys a small model only; frontier runs cost hundreds of millions, and every figure covers the final run alone.',
    href: '/history/price-tag-of-progress/#every-run-in-the-guides-dataset',
  },
  {
    id: 'millions-for-high-performing',
    topic: 'project',
    quote: 'often reaching millions of dollars for high-performing models',
    by: [aiPro('"The Secret to Cost Effective LLM Training"')],
    verdict: 'holds',
    figure: `${overAMillion} of the ${costs.length} published costs here exceed $1M`,
    finding: 'Every large model since GPT-3 with a published or estimated cost is in the millions.',
    href: '/history/price-tag-of-progress/#every-run-in-the-guides-dataset',
  },
  {
    id: 'not-counted-experiments',
    topic: 'project',
    quote: 'These estimates do not account for the time spent developing the model, experimenting with different approaches, or optimizing the hyperparameters.',
    by: [ruiz('"Cost implications"')],
    verdict: 'holds',
    finding: 'Published hours cover the final run only; the budget builder multiplies compute for experiments and failed runs.',
    href: '/training-steps/budget/#the-lines-and-where-the-defaults-come-from',
  },
  {
    id: 'sixty-four-gpus',
    topic: 'project',
    quote: 'A typical setup could involve around 64 high-end GPUs for a month of training, costing approximately $300,000.',
    by: [aiPro('"Hardware Costs"')],
    verdict: 'holds',
    figure: `${usd(impliedRate)} per GPU-hour; on-demand H100 prices stored here: ${band(Math.min(...h100OnDemand), Math.max(...h100OnDemand))}`,
    finding: 'Plausible as on-demand rental of high-end GPUs; not a purchase, and far above the A100 price the same article quotes.',
    href: '/training-steps/budget/#300k-for-64-gpus-a-month',
  },
  {
    id: 'several-thousand-a-month',
    topic: 'project',
    quote: 'costs can reach several thousand dollars per month',
    by: [aiPro('"Compute Instances"')],
    verdict: 'caveat',
    figure: `one A100 for a month: ${usd(oneGpuMonth)}; eight: ${usd(eightGpuMonth)}`,
    finding: 'True of one machine; a training cluster costs that much per GPU-month, so the bill scales with the cluster.',
    href: '/training-steps/budget/#300k-for-64-gpus-a-month',
  },
  {
    id: 'a100-167',
    topic: 'project',
    quote: 'using an NVIDIA A100 GPU might cost around $1.67 per hour',
    by: [aiPro('"Compute Instances"'), liang('"Cloud Computing Expenses"')],
    verdict: 'unverifiable',
    figure: `${usd(a100_40Price)} per A100-hour, kept as the articles give it`,
    finding: 'Neither article names a provider, a date or the memory size; the guide uses it only where it reproduces their sums.',
    href: '/reference/hardware/',
  },
  {
    id: 'a100-purchase',
    topic: 'project',
    quote: 'a single NVIDIA A100 GPU can cost around $10,000',
    by: [liang('"Hardware Costs"'), aiPro('"Hardware Costs"')],
    verdict: 'unverifiable',
    figure: `${usd(a100Purchase)} per card, as the articles give it`,
    finding: 'NVIDIA publishes no list price for the card; AI-Pro’s “$1,000 to over $10,000” is wider still. A card also needs a server, networking and power.',
    href: '/training-steps/rent-or-buy/',
  },
  {
    id: 'ten-million-upfront',
    topic: 'project',
    quote: 'plan on an upfront cost of at least $10 million',
    by: [alesso('"The Price You Pay"')],
    verdict: 'caveat',
    figure: `1,000 cards at ${usd(a100Purchase)}: ${usd(1000 * a100Purchase)}`,
    finding: 'The cards alone, for a thousand of them; servers, interconnect, power and a building come on top.',
    href: '/training-steps/rent-or-buy/',
  },
  {
    id: 'networking-50k',
    topic: 'project',
    quote: 'Networking costs can add another $50,000',
    by: [aiPro('"Hardware Costs"')],
    verdict: 'unverifiable',
    finding: 'No cluster size or breakdown is given; the budget builder keeps it as a default to replace with a quote.',
    href: '/training-steps/budget/#the-lines-and-where-the-defaults-come-from',
  },
  {
    id: 'storage',
    topic: 'project',
    quote: 'high-performance storage solutions for datasets and model checkpoints can significantly increase overall expenses',
    by: [aiPro('"Hardware Costs"')],
    verdict: 'caveat',
    figure: `one resumable LLaMA 65B checkpoint: ${formatBytes(figureOf(llama65, 'params') * checkpointBytesPerParam.trainingState)}`,
    finding: 'The sizes are large, but the article gives no price; size your corpus and checkpoints, then price the storage you would rent.',
    href: '/training-steps/tokenize/#what-it-costs-bytes-on-disk',
  },
  {
    id: 'energy',
    topic: 'project',
    quote: 'Training large models can consume enormous amounts of electricity, contributing significantly to overall costs',
    by: [liang('"Energy Consumption"'), alesso('"The Price You Pay"')],
    verdict: 'caveat',
    figure: `energy in frontier development cost: ${formatBand(frontierCostShares.energy, 'fraction')}`,
    finding: 'Large in kilowatt-hours and carbon, small in money: Epoch AI puts energy at a few percent of the cost, and a rental price already includes it.',
    href: '/training-steps/energy/',
  },
  {
    id: 'dataset-100k',
    topic: 'project',
    quote: 'costs potentially exceeding $100,000 for licensing or purchasing data',
    by: [aiPro('"Data Acquisition and Preparation"')],
    verdict: 'unverifiable',
    finding: 'No breakdown; open corpora such as the Pile cost nothing to license, and licensed archives can cost far more.',
    href: '/training-steps/collect-data/#what-it-costs-and-why',
  },
  {
    id: 'preparation-50k',
    topic: 'project',
    quote: 'This process can add another $50,000 or more to the overall budget.',
    by: [aiPro('"Data Acquisition and Preparation"')],
    verdict: 'unverifiable',
    finding: 'No breakdown; the cost is mostly people and compute for filtering and deduplication, which scale with the corpus.',
    href: '/training-steps/prepare-data/#what-it-costs-and-why',
  },
  {
    id: 'team-500k',
    topic: 'project',
    quote: 'often totaling around $500,000 for a small team over six months',
    by: [aiPro('"Personnel Costs"')],
    verdict: 'caveat',
    figure: `three people for six months at ${usd(assumptionDefaults.staffCostPerPersonYearUsd)} a year: ${usd(threeForSix)}`,
    finding: 'Plausible, but no team size is given; the cost scales with people and months.',
    href: '/training-steps/budget/#the-lines-and-where-the-defaults-come-from',
  },
  {
    id: 'openai-salaries',
    topic: 'project',
    quote: 'This includes a base salary of $300,000 and a whopping $625,000 in stock-based compensation.',
    by: [ruizAbridged('"Challenges of Training from Scratch"')],
    verdict: 'unverifiable',
    finding: 'A press figure for OpenAI’s engineers ($925,000 a year in all), not a market rate for the people a project hires.',
    href: '/training-steps/budget/#the-lines-and-where-the-defaults-come-from',
  },
  {
    id: 'people-are-expensive',
    topic: 'project',
    quote: 'Their expertise is invaluable but comes at a premium.',
    by: [liang('"Human Resources"'), ruiz('"Challenges of Training a Foundation Model from Scratch"'), alesso('"The Price You Pay"')],
    verdict: 'holds',
    figure: `staff in frontier development cost: ${formatBand(frontierCostShares.staff, 'fraction')}`,
    finding: 'Epoch AI finds research staff the second-largest cost of frontier models after hardware.',
    href: '/training-steps/budget/#how-your-split-compares-with-frontier-models',
  },

  // ── How large and how long ──
  {
    id: 'dozens-or-hundreds',
    topic: 'scale',
    quote: 'training a large model might require dozens or even hundreds of GPUs running simultaneously',
    by: [aiPro('"Hardware Costs"')],
    verdict: 'wrong',
    figure: `runs of 60B+ parameters here: ${formatBand({ low: Math.min(...largeCounts), high: Math.max(...largeCounts) }, 'count')} accelerators`,
    finding: `Understated: ${largeOverAThousand} of the ${largeCounts.length} large runs here used more than a thousand accelerators at once.`,
    href: '/training-steps/configure/#choosing-hardware-and-how-many',
  },
  {
    id: 'days-to-weeks',
    topic: 'scale',
    quote: 'Training durations can vary widely based on model architecture and dataset size, ranging from days to weeks.',
    by: [aiPro('"Training Duration"')],
    verdict: 'caveat',
    figure: `runs of 60B+ parameters here: ${formatBand({ low: Math.min(...largeDays) * hoursPerDay, high: Math.max(...largeDays) * hoursPerDay }, 'hours')}`,
    finding: 'Large runs take weeks to months of wall-clock time, and longer with restarts.',
    href: '/training-steps/compute/#wall-clock-against-cluster-size',
  },
  {
    id: 'thousands-of-gpus',
    topic: 'scale',
    quote: 'AI supercomputers, equipped with thousands of Nvidia A100 and H100 GPUs',
    by: [ruizAbridged('"Challenges of Training from Scratch"')],
    verdict: 'holds',
    figure: `largest run here: ${formatCount(Math.max(...allCounts))} accelerators`,
    finding: 'Published runs confirm the scale; most teams rent a small slice of it.',
    href: '/training-steps/configure/#choosing-hardware-and-how-many',
  },
  {
    id: 'vela',
    topic: 'scale',
    quote: 'a new AI supercomputer called Vela, which has thousands of Nvidia A100 GPUs',
    by: [ruiz('"Challenges of Training a Foundation Model from Scratch"')],
    verdict: 'unverifiable',
    finding: 'IBM’s announcement describes Vela’s design; the article gives no source for the GPU count.',
    href: '/training-steps/configure/#choosing-hardware-and-how-many',
  },
  {
    id: 'larger-needs-more',
    topic: 'scale',
    quote: 'The larger the model, the more data and computational resources it will require to train.',
    by: [ruiz('"Cost implications"')],
    verdict: 'holds',
    figure: `${chinchillaTokensPerParam} tokens per parameter; compute ≈ 6 × parameters × tokens`,
    finding: 'At the compute-optimal balance, doubling the parameters doubles the tokens and quadruples the compute.',
    href: '/training-steps/configure/#how-big-a-model-for-your-compute',
  },
  {
    id: 'more-data-more-accurate',
    topic: 'scale',
    quote: 'The more data that is used to train the model, the more accurate it will be.',
    by: [ruiz('"Cost implications"')],
    verdict: 'caveat',
    finding: 'Each doubling of the data buys less than the one before, and at a fixed budget more tokens mean a smaller model.',
    href: '/training-steps/configure/#how-big-a-model-for-your-compute',
  },
  {
    id: 'more-powerful-more-cost',
    topic: 'scale',
    quote: 'The more powerful the computational resources, the faster the model will train. However, more powerful resources also mean more cost.',
    by: [ruiz('"Cost implications"')],
    verdict: 'caveat',
    finding: 'More accelerators shorten the run without changing the accelerator-hours; the bill moves with price and utilisation, not with speed.',
    href: '/training-steps/compute/#wall-clock-against-cluster-size',
  },
  {
    id: 'spread-the-load',
    topic: 'scale',
    quote: 'Use specialized techniques to spread the training load across those thousands of GPUs you bought.',
    by: [alesso('"Training at Scale"')],
    verdict: 'holds',
    finding: 'Data, tensor and pipeline parallelism, and sharding the optimizer state (ZeRO).',
    href: '/reference/glossary/#data-parallelism',
  },
  {
    id: 'deployment-compute',
    topic: 'scale',
    quote: 'Deployment of LLMs is also compute intensive.',
    by: [ruiz('"Steps to Train a Foundation Model"')],
    verdict: 'holds',
    finding: 'Every generated token is a pass through the whole model; serving can cost more than training over a model’s life.',
    href: '/training-steps/deploy/',
  },

  // ── Data ──
  {
    id: 'the-pile',
    topic: 'data',
    quote: 'It is composed of 22 smaller datasets, including 14 new ones.',
    by: [ruiz('"Challenges of Training a Foundation Model from Scratch"'), ruizAbridged('"Challenges of Training from Scratch"')],
    verdict: 'holds',
    figure: `${formatBytes(pileCorpus.textBytes, { system: 'iec' })}; about ${formatCount(pileCorpus.tokens)} tokens`,
    finding: 'The Pile paper lists 22 components and counts 14 as new; it went public on 31 December 2020.',
    href: '/training-steps/collect-data/#what-happens-in-this-step',
  },
  {
    id: 'data-sources',
    topic: 'data',
    quote: 'This data can be collected from a variety of sources, such as the Internet, social media, and customer interactions.',
    by: [ruiz('"Challenges of Training a Foundation Model from Scratch"')],
    verdict: 'caveat',
    finding: 'Each source needs a licence or consent; customer data in particular may not be yours to train on.',
    href: '/training-steps/collect-data/#what-can-go-wrong',
  },
  {
    id: 'diverse-and-on-task',
    topic: 'data',
    quote: 'The dataset should be as diverse as possible, and it should cover the tasks that you want the model to be able to perform.',
    by: [ruiz('"Steps to Train a Foundation Model"'), ruizAbridged('"Training Steps"')],
    verdict: 'holds',
    finding: 'Diversity improves what a model generalises to, which is why the Pile mixes 22 sources.',
    href: '/training-steps/collect-data/#what-happens-in-this-step',
  },
  {
    id: 'trillions-of-words',
    topic: 'data',
    quote: 'LLMs drink up massive amounts of text—we’re talking trillions of words.',
    by: [alesso('"Data Curation"')],
    verdict: 'caveat',
    figure: `Llama 2: ${formatCount(figureOf(llama2_7b, 'tokens'))} tokens ≈ ${formatCount(figureOf(llama2_7b, 'tokens') * englishWordsPerToken)} words`,
    finding: 'Trillions of tokens, which for English is about three quarters as many words.',
    href: '/training-steps/tokenize/#how-many-tokens-is-my-text',
  },
  {
    id: 'cleaning-steps',
    topic: 'data',
    quote: 'Filtering: Weed out low-quality text that will do more harm than good.',
    by: [alesso('"Data Curation"'), ruiz('"Steps to Train a Foundation Model"')],
    verdict: 'holds',
    finding: 'Filtering, deduplication, removing personal data and tokenizing are the standard preparation steps.',
    href: '/training-steps/prepare-data/#what-happens-in-this-step',
  },

  // ── Train, fine-tune or neither ──
  {
    id: 'few-can-train',
    topic: 'decision',
    quote: 'Only a few large tech firms and very well funded startups currently have the ability to train large language models',
    by: [ruiz()],
    verdict: 'caveat',
    figure: `MPT-7B: ${usd(figureOf(mpt, 'publishedCostUsd'))}, as its developer published`,
    finding: 'True of frontier models; a 7B model trained from scratch has cost a few hundred thousand dollars.',
    href: '/recommendations/build-or-fine-tune/',
  },
  {
    id: 'most-should-not',
    topic: 'decision',
    quote: 'I do not recommend most businesses train their own foundation models from scratch',
    by: [ruiz(), liang('"Conclusion"'), alesso('"Is It Worth It?"')],
    verdict: 'holds',
    figure: `LoRA on ${formatCount(ft.fineTuningTokens)} tokens: ${band(ftLow.lora.costUsd, ftRows.lora.costUsd)}, against ${band(ftLow.pretraining.costUsd, ftRows.pretraining.costUsd)} to pre-train Llama 2 7B`,
    finding: 'All five articles agree, and the arithmetic backs them.',
    href: '/recommendations/build-or-fine-tune/#what-the-sources-recommend',
  },
  {
    id: 'control',
    topic: 'decision',
    quote: 'you have full control over the data it is trained on and the parameters that are used to train it',
    by: [ruiz('"Control over the model"'), ruizAbridged('"Control Over the Model"'), alesso('"Security and Privacy"')],
    verdict: 'caveat',
    finding: 'A fine-tune is also trained on your data with your settings; only pre-training controls what the model saw first, its tokenizer, architecture and licence.',
    href: '/recommendations/build-or-fine-tune/#you-want-full-control-over-the-model',
  },
  {
    id: 'outperform-pretrained',
    topic: 'decision',
    quote: 'you can train a model that will outperform pre-trained models',
    by: [ruiz('"Improved performance"'), ruizAbridged('"Improved Performance"'), alesso('"Customization"')],
    verdict: 'caveat',
    figure: `a compute-optimal 7B model reads ${formatCount(chinchillaTokensPerParam * 7e9)} tokens`,
    finding: 'Only with a domain corpus of that size; with less, continued pre-training of an open model is the usual route.',
    href: '/recommendations/build-or-fine-tune/#your-data-domain-is-unique',
  },
  {
    id: 'change-architecture',
    topic: 'decision',
    quote: 'if you want to use a different tokenizer, change the vocabulary size, or change the number of hidden dimensions, attention heads, or layers',
    by: [ruiz('"Why you should consider training your own Foundation Model"'), ruizAbridged('"Customization"'), liang('"Build Your Own When"')],
    verdict: 'holds',
    figure: `Llama 2: ${formatCount(vocab2)} tokens of vocabulary; Llama 3: ${formatCount(vocab3)}`,
    finding: 'A released checkpoint fixes all of these; Meta pre-trained Llama 3 from scratch to change its vocabulary.',
    href: '/recommendations/build-or-fine-tune/#you-need-your-own-architecture-or-tokenizer',
  },
  {
    id: 'unique-domain',
    topic: 'decision',
    quote: 'If your data is highly specialized and existing models struggle to capture its nuances, a custom model might be necessary.',
    by: [liang('"Build Your Own When"')],
    verdict: 'caveat',
    finding: 'Usually as continued pre-training of an open model on your data, not a model from nothing.',
    href: '/recommendations/build-or-fine-tune/#your-data-domain-is-unique',
  },
  {
    id: 'moat',
    topic: 'decision',
    quote: 'the LLM is a core part of your business strategy & technological moat',
    by: [ruiz('"Why you should consider training your own Foundation Model"'), liang('"Build Your Own When"')],
    verdict: 'caveat',
    finding: 'A reason to own the base model only if you will pay to retrain it and your product feeds it data no one else has.',
    href: '/recommendations/build-or-fine-tune/#the-model-is-a-long-term-product-line',
  },
  {
    id: 'regulation',
    topic: 'decision',
    quote: 'In industries with strict data privacy laws, training your own model might be the only compliant option.',
    by: [liang('"Build Your Own When"'), alesso('"Security and Privacy"')],
    verdict: 'caveat',
    finding: 'Rules that keep data in-house are met by running an open model on your own servers; only rules against third-party models force pre-training.',
    href: '/recommendations/build-or-fine-tune/#regulation-or-data-privacy-requires-it',
  },
  {
    id: 'fine-tune-when',
    topic: 'decision',
    quote: 'Fine-tuning is significantly less expensive and can often achieve comparable performance to custom models for many applications.',
    by: [liang('"Fine-Tune When"')],
    verdict: 'holds',
    figure: `about ${formatFactor(ftRows.pretraining.costUsd / ftRows.lora.costUsd)} cheaper (LoRA on Llama 2 7B)`,
    finding: 'As are the other reasons on the same list: limited resources, little time, general-purpose tasks.',
    href: '/recommendations/build-or-fine-tune/#when-to-fine-tune',
  },
  {
    id: 'customising-is-better',
    topic: 'decision',
    quote: 'It is less expensive, faster, and can give you better performance than training a model from scratch.',
    by: [ruiz('"My recommendation"'), ruizAbridged('"Recommendation for Businesses"')],
    verdict: 'caveat',
    finding: 'Cheaper and faster, yes; better only if your evaluation says so on your task.',
    href: '/recommendations/build-or-fine-tune/#what-the-sources-recommend',
  },
  {
    id: 'up-to-90',
    topic: 'decision',
    quote: 'Fine-tuning a pre-trained model can reduce training costs by up to 90%',
    by: [aiPro('"Leveraging Pre-trained Models"')],
    verdict: 'wrong',
    figure: `${formatPercent(ftRows.lora.savingFraction)} saved on ${formatCount(ft.fineTuningTokens)} tokens; 90% only up to ${formatCount(ninetyFull)} tokens in full`,
    finding: 'Not a ceiling but a floor for most fine-tunes: the saving exceeds 90% unless you fine-tune on a tenth or more of the pre-training tokens.',
    href: '/recommendations/what-fine-tuning-saves/#when-up-to-90-cheaper-holds-and-when-it-does-not',
  },
  {
    id: 'state-of-the-art-access',
    topic: 'decision',
    quote: 'Pre-trained models often come with robust capabilities, allowing organizations to achieve high performance without extensive resources.',
    by: [aiPro('"Leveraging Pre-trained Models"')],
    verdict: 'holds',
    finding: 'The case for starting from a pre-trained model, with or without fine-tuning.',
    href: '/recommendations/build-or-fine-tune/#what-the-sources-recommend',
  },
  {
    id: 'valuable-investment',
    topic: 'decision',
    quote: 'it can be a valuable investment for businesses that are looking to gain a competitive advantage',
    by: [ruiz('"Conclusion and recommendation for Business"')],
    verdict: 'caveat',
    finding: 'Only when one of the reasons to build applies and the budget covers pre-training; otherwise the same money buys more as a fine-tune.',
    href: '/recommendations/build-or-fine-tune/#when-to-build-your-own-model',
  },
  {
    id: 'purchase-or-train',
    topic: 'decision',
    quote: 'There is no one-size-fits-all answer to the question of whether to purchase or train an LLM.',
    by: [ruiz('"Conclusion and recommendation for Business"'), ruizAbridged('"Recommendation for Businesses"')],
    verdict: 'holds',
    finding: 'The answer turns on your data, product, rules and means; the decision helper weighs them, starting with a pre-trained model used as it is.',
    href: '/recommendations/build-or-fine-tune/#try-it-answer-the-questions-for-your-team',
  },
  {
    id: 'unparalleled-control',
    topic: 'decision',
    quote: 'it offers unparalleled control and performance, essential for businesses aiming to develop a strong technological edge in AI',
    by: [ruizAbridged('"Recommendation for Businesses"')],
    verdict: 'wrong',
    finding: 'It contradicts the same article’s advice to customise a pre-trained model: the extra control is over pre-training data, tokenizer and architecture, and better performance is not assured.',
    href: '/recommendations/build-or-fine-tune/#you-want-full-control-over-the-model',
  },
  {
    id: 'team-of-experts',
    topic: 'decision',
    quote: 'Training a foundation model is a complex task, so it is important to work with a team of AI experts.',
    by: [ruiz('"Tips for Businesses"')],
    verdict: 'holds',
    finding: 'The decision helper rules out pre-training without a team that has trained large models before.',
    href: '/recommendations/build-or-fine-tune/#the-rules-behind-it',
  },
  {
    id: 'what-tasks',
    topic: 'decision',
    quote: 'What tasks do you want the model to be able to perform?',
    by: [ruiz('"Tips for Businesses"')],
    verdict: 'holds',
    finding: 'The first question to settle, and the one that decides how you will evaluate the model.',
    href: '/recommendations/checklist/#1-decide-what-you-are-building',
  },
  {
    id: 'seven-steps',
    topic: 'decision',
    quote: 'Here are the steps to train a foundation model',
    by: [ruiz('"Steps to Train a Foundation Model"'), ruizAbridged('"Training Steps"'), alesso('"Here’s the Blueprint"')],
    verdict: 'holds',
    finding: 'Collect, prepare, tokenize, configure, train, evaluate, deploy: the order of this guide’s training steps.',
    href: '/training-steps/collect-data/',
  },
  {
    id: 'replit-diagram',
    topic: 'decision',
    quote: 'Here’s a more detailed diagram from the Replit Engineering team',
    by: [ruiz('"Steps to Train a Foundation Model"')],
    verdict: 'unverifiable',
    finding: 'The diagram is an image the article does not describe in words, so there is nothing in it to check here.',
    href: '/training-steps/collect-data/',
  },
  {
    id: 'nvidia-shovels',
    topic: 'decision',
    quote: '“During a Gold Rush, sell Shovels” - Mark Twain.',
    by: [ruiz()],
    verdict: 'wrong',
    finding: 'Quote Investigator found no evidence that Twain said it; the earliest attribution dates from 1982. The surrounding points about Nvidia are opinion, not cost figures.',
    href: '/recommendations/build-or-fine-tune/#what-the-sources-recommend',
  },

  // ── Cutting the cost ──
  {
    id: 'pruning-and-quantization',
    topic: 'levers',
    quote: 'Pruning and Quantization: Reduce model size without significant performance loss.',
    by: [liang('"The Middle Ground"')],
    verdict: 'caveat',
    finding: 'They make a trained model cheaper to serve; they do not make pre-training cheaper, except that QLoRA fine-tunes a 4-bit model.',
    href: '/recommendations/cutting-the-cost/#pruning-and-quantization',
  },
  {
    id: 'quantization-training-cost',
    topic: 'levers',
    quote: 'Explore methods such as quantization or pruning to reduce model size without significantly impacting performance, leading to lower training costs.',
    by: [aiPro('"Continuous Learning and Optimization"')],
    verdict: 'wrong',
    finding: 'Both act on a trained model; the pre-training run still pays for the full model.',
    href: '/recommendations/cutting-the-cost/#pruning-and-quantization',
  },
  {
    id: 'transfer-learning',
    topic: 'levers',
    quote: 'Transfer Learning: Start with pre-trained weights and adapt them to your domain, potentially saving substantial training time and resources.',
    by: [liang('"The Middle Ground"'), aiPro('"Leveraging Pre-trained Models"')],
    verdict: 'holds',
    figure: `${formatPercent(ftRows.full.savingFraction)} saved by a full fine-tune on ${formatCount(ft.fineTuningTokens)} tokens`,
    finding: 'The largest lever when it applies: you train on your tokens, not on trillions.',
    href: '/recommendations/cutting-the-cost/#transfer-learning-start-from-pre-trained-weights',
  },
  {
    id: 'distributed-training',
    topic: 'levers',
    quote: 'Distributed Training: Leverage multiple GPUs or even multiple machines to speed up training and reduce overall time costs.',
    by: [liang('"The Middle Ground"')],
    verdict: 'caveat',
    finding: 'It cuts the days, not the GPU-hours; the bill falls only if utilisation rises.',
    href: '/recommendations/cutting-the-cost/#distributed-training-and-utilisation',
  },
  {
    id: 'efficient-architectures',
    topic: 'levers',
    quote: 'Efficient Architectures: Explore models like DistilBERT or ALBERT that aim for efficiency without sacrificing too much performance.',
    by: [liang('"The Middle Ground"')],
    verdict: 'holds',
    finding: 'DistilBERT is 40% smaller and keeps 97% of BERT’s language understanding; ALBERT shares weights, which saves memory more than compute.',
    href: '/recommendations/cutting-the-cost/#smaller-and-more-efficient-architectures',
  },
  {
    id: 'spot-instances',
    topic: 'levers',
    quote: 'Utilize spot instances or preemptible VMs, which are often available at a fraction of the cost compared to regular instances.',
    by: [aiPro('"Efficient Resource Utilization"')],
    verdict: 'caveat',
    finding: 'Google documents up to 91% off; a large synchronous run stalls on every preemption, so spot suits small jobs better.',
    href: '/recommendations/cutting-the-cost/#spot-and-preemptible-capacity',
  },
  {
    id: 'auto-scaling',
    topic: 'levers',
    quote: 'Implement auto-scaling features to adjust resources based on current needs',
    by: [aiPro('"Efficient Resource Utilization"')],
    verdict: 'caveat',
    finding: 'A pre-training run holds a fixed cluster; scaling applies to preparation, experiments, evaluation and serving.',
    href: '/recommendations/cutting-the-cost/#habits-that-keep-the-bill-honest',
  },
  {
    id: 'batch-processing',
    topic: 'levers',
    quote: 'By processing data in larger batches rather than individually, you can reduce the number of data transfers and associated costs.',
    by: [aiPro('"Efficient Resource Utilization"')],
    verdict: 'wrong',
    finding: 'In training, data transfer is not the cost; the batch size is an optimisation setting with a critical value beyond which it wastes tokens.',
    href: '/recommendations/cutting-the-cost/#batch-processing',
  },
  {
    id: 'reserved-instances',
    topic: 'levers',
    quote: 'if cloud usage is higher than anticipated, consider switching to reserved instances or exploring lower-cost alternatives',
    by: [aiPro('"Budgeting for LLM Training"')],
    verdict: 'holds',
    finding: 'Committed capacity is cheaper per hour for a steady workload, and binds you to the hours.',
    href: '/recommendations/cutting-the-cost/#committed-use-and-negotiated-discounts',
  },
  {
    id: 'share-resources',
    topic: 'levers',
    quote: 'Collaborating on hardware resources can help distribute costs while still providing access to powerful computing capabilities.',
    by: [aiPro('"Collaborate and Share Resources"')],
    verdict: 'holds',
    finding: 'It splits the bill and shares the control: a shared cluster has a queue.',
    href: '/recommendations/cutting-the-cost/#shared-infrastructure-and-partnerships',
  },
];

/**
 * How many claims reach each verdict.
 * @example verdictCounts(claims).wrong //=> the number of wrong claims
 */
export function verdictCounts(rows: readonly Claim[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { holds: 0, caveat: 0, wrong: 0, unverifiable: 0 };
  for (const row of rows) counts[row.verdict] += 1;
  return counts;
}
