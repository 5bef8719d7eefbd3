/**
 * One bibliography for the whole cost library: every figure in `accelerators`, `prices` and
 * `trainingRuns` cites an entry here by its stable id, so the Sources page can list them once.
 */

/** What kind of document a source is; price pages and press need an access date. */
export type SourceKind =
  | 'paper'
  | 'model-card'
  | 'datasheet'
  | 'price-page'
  | 'press'
  | 'dataset'
  | 'report'
  | 'blog'
  | 'docs';

/** One bibliography entry. */
export interface Source {
  /** Stable kebab-case id, equal to the key it is stored under. */
  id: string;
  title: string;
  authors?: string;
  /**
   * How a citation names the author or publisher ("Ruiz", "Touvron et al."), when the rule in
   * `citationName` (first author, "and" for two, "et al." for more; else the publisher) reads
   * wrongly, e.g. for a person's full name or a team with an affiliation.
   */
  citedAs?: string;
  /**
   * Year of publication (or of the snapshot, for price pages); absent when the work carries no
   * date, which a citation prints as "n.d.".
   */
  year?: number;
  publisher?: string;
  /**
   * Where to read it. Required in practice for papers, model cards, datasheets and price pages
   * (a test checks); absent only for a work with no public address.
   */
  url?: string;
  kind: SourceKind;
  /** YYYY-MM-DD on which the figure was read; set for price pages and press. */
  accessed?: string;
}

/**
 * The five widely read articles on training cost whose claims the guide checks (the Claims
 * checked page), in the order the guide was written from them.
 */
export const checkedArticleIds = [
  'liang-2024-build-or-fine-tune',
  'ruiz-2023-train-foundation-model',
  'aipro-nd-cost-of-training-llms',
  'alesso-nd-giant-language-model',
  'ruiz-nd-abridged-foundation-model',
] as const;

/** The bibliography, keyed by id. */
export const sources = {
  // ── The five articles the guide checks (kind 'blog'); `checkedArticleIds` lists them ──
  'liang-2024-build-or-fine-tune': {
    id: 'liang-2024-build-or-fine-tune',
    title: 'Build your own transformer model or fine-tune one?',
    authors: 'Zhuoli Liang',
    citedAs: 'Liang',
    year: 2024,
    publisher: 'blog.zhuoliliang.com, 7 September',
    url: 'https://blog.zhuoliliang.com/2024/09/07/transformer-cost.html',
    kind: 'blog',
  },
  'ruiz-2023-train-foundation-model': {
    id: 'ruiz-2023-train-foundation-model',
    title: 'What it Takes to Train a Foundation Model',
    authors: 'Armand Ruiz',
    citedAs: 'Ruiz',
    year: 2023,
    publisher: 'NoCode.ai newsletter',
    url: 'https://www.nocode.ai/what-it-takes-to-train-a-foundation-model/',
    kind: 'blog',
  },
  'aipro-nd-cost-of-training-llms': {
    id: 'aipro-nd-cost-of-training-llms',
    title: 'AI Budgeting: What is the Cost of Training LLM Models?',
    citedAs: 'AI-Pro',
    publisher: 'AI-Pro, Learn AI articles',
    url: 'https://ai-pro.org/learn-ai/articles/ai-budgeting-what-is-the-cost-of-training-llm-models',
    kind: 'blog',
  },
  'alesso-nd-giant-language-model': {
    id: 'alesso-nd-giant-language-model',
    title: 'Building a Giant Language Model: When Does DIY Make Sense?',
    authors: 'H. Peter Alesso',
    citedAs: 'Alesso',
    publisher: 'AI HIVE blog',
    url: 'https://www.ai-hive.net/post/building-a-giant-language-model-when-does-diy-make-sense',
    kind: 'blog',
  },
  'ruiz-nd-abridged-foundation-model': {
    id: 'ruiz-nd-abridged-foundation-model',
    title: 'What it Takes to Train a Foundation Model',
    citedAs: 'Ruiz, abridged',
    publisher: 'An abridged version of Ruiz (2023), published without byline or date as chapter 5 of an online guide',
    kind: 'blog',
  },

  // ── Papers: models and their training runs ──
  'vaswani-2017-attention': {
    id: 'vaswani-2017-attention',
    title: 'Attention Is All You Need',
    authors: 'Vaswani, Shazeer, Parmar, Uszkoreit, Jones, Gomez, Kaiser, Polosukhin',
    year: 2017,
    publisher: 'NeurIPS 2017',
    url: 'https://arxiv.org/abs/1706.03762',
    kind: 'paper',
  },
  'devlin-2018-bert': {
    id: 'devlin-2018-bert',
    title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
    authors: 'Devlin, Chang, Lee, Toutanova',
    year: 2018,
    publisher: 'NAACL 2019',
    url: 'https://arxiv.org/abs/1810.04805',
    kind: 'paper',
  },
  'liu-2019-roberta': {
    id: 'liu-2019-roberta',
    title: 'RoBERTa: A Robustly Optimized BERT Pretraining Approach',
    authors: 'Liu et al.',
    year: 2019,
    url: 'https://arxiv.org/abs/1907.11692',
    kind: 'paper',
  },
  'brown-2020-gpt3': {
    id: 'brown-2020-gpt3',
    title: 'Language Models are Few-Shot Learners',
    authors: 'Brown et al.',
    year: 2020,
    publisher: 'NeurIPS 2020',
    url: 'https://arxiv.org/abs/2005.14165',
    kind: 'paper',
  },
  'rae-2021-gopher': {
    id: 'rae-2021-gopher',
    title: 'Scaling Language Models: Methods, Analysis & Insights from Training Gopher',
    authors: 'Rae et al.',
    year: 2021,
    url: 'https://arxiv.org/abs/2112.11446',
    kind: 'paper',
  },
  'smith-2022-mt-nlg': {
    id: 'smith-2022-mt-nlg',
    title:
      'Using DeepSpeed and Megatron to Train Megatron-Turing NLG 530B, A Large-Scale Generative Language Model',
    authors: 'Smith et al.',
    year: 2022,
    url: 'https://arxiv.org/abs/2201.11990',
    kind: 'paper',
  },
  'chowdhery-2022-palm': {
    id: 'chowdhery-2022-palm',
    title: 'PaLM: Scaling Language Modeling with Pathways',
    authors: 'Chowdhery et al.',
    year: 2022,
    publisher: 'JMLR 24(240), 2023',
    url: 'https://arxiv.org/abs/2204.02311',
    kind: 'paper',
  },
  'zhang-2022-opt': {
    id: 'zhang-2022-opt',
    title: 'OPT: Open Pre-trained Transformer Language Models',
    authors: 'Zhang et al.',
    year: 2022,
    url: 'https://arxiv.org/abs/2205.01068',
    kind: 'paper',
  },
  'bigscience-2022-bloom': {
    id: 'bigscience-2022-bloom',
    title: 'BLOOM: A 176B-Parameter Open-Access Multilingual Language Model',
    authors: 'BigScience Workshop (Le Scao et al.)',
    year: 2022,
    url: 'https://arxiv.org/abs/2211.05100',
    kind: 'paper',
  },
  'luccioni-2022-bloom-carbon': {
    id: 'luccioni-2022-bloom-carbon',
    title: 'Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model',
    authors: 'Luccioni, Viguier, Ligozat',
    year: 2022,
    publisher: 'JMLR 24(253), 2023',
    url: 'https://arxiv.org/abs/2211.02001',
    kind: 'paper',
  },
  'touvron-2023-llama': {
    id: 'touvron-2023-llama',
    title: 'LLaMA: Open and Efficient Foundation Language Models',
    authors: 'Touvron et al.',
    year: 2023,
    url: 'https://arxiv.org/abs/2302.13971',
    kind: 'paper',
  },
  'touvron-2023-llama2': {
    id: 'touvron-2023-llama2',
    title: 'Llama 2: Open Foundation and Fine-Tuned Chat Models',
    authors: 'Touvron et al.',
    year: 2023,
    url: 'https://arxiv.org/abs/2307.09288',
    kind: 'paper',
  },
  'openai-2023-gpt4': {
    id: 'openai-2023-gpt4',
    title: 'GPT-4 Technical Report',
    authors: 'OpenAI',
    year: 2023,
    url: 'https://arxiv.org/abs/2303.08774',
    kind: 'paper',
  },
  'gemini-team-2023-gemini': {
    id: 'gemini-team-2023-gemini',
    title: 'Gemini: A Family of Highly Capable Multimodal Models',
    authors: 'Gemini Team, Google',
    citedAs: 'Gemini Team',
    year: 2023,
    url: 'https://arxiv.org/abs/2312.11805',
    kind: 'paper',
  },
  'almazrouei-2023-falcon': {
    id: 'almazrouei-2023-falcon',
    title: 'The Falcon Series of Open Language Models',
    authors: 'Almazrouei et al.',
    year: 2023,
    url: 'https://arxiv.org/abs/2311.16867',
    kind: 'paper',
  },
  'dubey-2024-llama3': {
    id: 'dubey-2024-llama3',
    title: 'The Llama 3 Herd of Models',
    authors: 'Llama Team, AI @ Meta (Dubey et al.)',
    citedAs: 'Dubey et al.',
    year: 2024,
    url: 'https://arxiv.org/abs/2407.21783',
    kind: 'paper',
  },
  'deepseek-2024-v3': {
    id: 'deepseek-2024-v3',
    title: 'DeepSeek-V3 Technical Report',
    authors: 'DeepSeek-AI',
    year: 2024,
    url: 'https://arxiv.org/abs/2412.19437',
    kind: 'paper',
  },

  'jiang-2023-mistral': {
    id: 'jiang-2023-mistral',
    title: 'Mistral 7B',
    authors: 'Jiang et al.',
    year: 2023,
    url: 'https://arxiv.org/abs/2310.06825',
    kind: 'paper',
  },
  'jiang-2024-mixtral': {
    id: 'jiang-2024-mixtral',
    title: 'Mixtral of Experts',
    authors: 'Jiang et al.',
    year: 2024,
    url: 'https://arxiv.org/abs/2401.04088',
    kind: 'paper',
  },
  'gemma-team-2024-gemma2': {
    id: 'gemma-team-2024-gemma2',
    title: 'Gemma 2: Improving Open Language Models at a Practical Size',
    authors: 'Gemma Team, Google DeepMind',
    year: 2024,
    url: 'https://arxiv.org/abs/2408.00118',
    kind: 'paper',
  },
  'deepseek-2024-v2': {
    id: 'deepseek-2024-v2',
    title: 'DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model',
    authors: 'DeepSeek-AI',
    year: 2024,
    url: 'https://arxiv.org/abs/2405.04434',
    kind: 'paper',
  },

  // ── Papers: formulas the math modules cite ──
  'raffel-2019-t5': {
    id: 'raffel-2019-t5',
    title: 'Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer',
    authors: 'Raffel, Shazeer, Roberts, Lee, Narang, Matena, Zhou, Li, Liu',
    year: 2019,
    publisher: 'JMLR 21(140), 2020',
    url: 'https://arxiv.org/abs/1910.10683',
    kind: 'paper',
  },
  'shazeer-2020-glu': {
    id: 'shazeer-2020-glu',
    title: 'GLU Variants Improve Transformer',
    authors: 'Shazeer',
    year: 2020,
    url: 'https://arxiv.org/abs/2002.05202',
    kind: 'paper',
  },
  'ainslie-2023-gqa': {
    id: 'ainslie-2023-gqa',
    title: 'GQA: Training Generalized Multi-Query Transformer Models from Multi-Head Checkpoints',
    authors: 'Ainslie, Lee-Thorp, de Jong, Zemlyanskiy, Lebrón, Sanghai',
    year: 2023,
    publisher: 'EMNLP 2023',
    url: 'https://arxiv.org/abs/2305.13245',
    kind: 'paper',
  },
  'fedus-2021-switch': {
    id: 'fedus-2021-switch',
    title: 'Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity',
    authors: 'Fedus, Zoph, Shazeer',
    year: 2021,
    publisher: 'JMLR 23(120), 2022',
    url: 'https://arxiv.org/abs/2101.03961',
    kind: 'paper',
  },
  'google-2019-bert-search': {
    id: 'google-2019-bert-search',
    title: 'Understanding searches better than ever before',
    authors: 'Pandu Nayak',
    citedAs: 'Nayak',
    year: 2019,
    publisher: 'Google, The Keyword blog (2019-10-25)',
    url: 'https://blog.google/products/search/search-language-understanding-bert/',
    kind: 'press',
    accessed: '2026-11-22',
  },
  'kaplan-2020-scaling': {
    id: 'kaplan-2020-scaling',
    title: 'Scaling Laws for Neural Language Models',
    authors: 'Kaplan et al.',
    year: 2020,
    url: 'https://arxiv.org/abs/2001.08361',
    kind: 'paper',
  },
  'hoffmann-2022-chinchilla': {
    id: 'hoffmann-2022-chinchilla',
    title: 'Training Compute-Optimal Large Language Models',
    authors: 'Hoffmann et al.',
    year: 2022,
    publisher: 'NeurIPS 2022',
    url: 'https://arxiv.org/abs/2203.15556',
    kind: 'paper',
  },
  'besiroglu-2024-chinchilla-replication': {
    id: 'besiroglu-2024-chinchilla-replication',
    title: 'Chinchilla Scaling: A replication attempt',
    authors: 'Besiroglu, Erdil, Barnett, You',
    year: 2024,
    publisher: 'Epoch AI',
    url: 'https://arxiv.org/abs/2404.10102',
    kind: 'paper',
  },
  'rajbhandari-2019-zero': {
    id: 'rajbhandari-2019-zero',
    title: 'ZeRO: Memory Optimizations Toward Training Trillion Parameter Models',
    authors: 'Rajbhandari, Rasley, Ruwase, He',
    year: 2019,
    publisher: 'SC20',
    url: 'https://arxiv.org/abs/1910.02054',
    kind: 'paper',
  },
  'korthikanti-2022-activation-recomputation': {
    id: 'korthikanti-2022-activation-recomputation',
    title: 'Reducing Activation Recomputation in Large Transformer Models',
    authors: 'Korthikanti et al.',
    year: 2022,
    url: 'https://arxiv.org/abs/2205.05198',
    kind: 'paper',
  },
  'patterson-2021-carbon': {
    id: 'patterson-2021-carbon',
    title: 'Carbon Emissions and Large Neural Network Training',
    authors: 'Patterson, Gonzalez, Le, Liang, Munguia, Rothchild, So, Texier, Dean',
    year: 2021,
    url: 'https://arxiv.org/abs/2104.10350',
    kind: 'paper',
  },
  'cottier-2024-frontier-costs': {
    id: 'cottier-2024-frontier-costs',
    title: 'The rising costs of training frontier AI models',
    authors: 'Cottier, Rahman, Fattorini, Maslej, Owen',
    year: 2024,
    publisher: 'Epoch AI',
    url: 'https://arxiv.org/abs/2405.21015',
    kind: 'paper',
  },
  'hu-2021-lora': {
    id: 'hu-2021-lora',
    title: 'LoRA: Low-Rank Adaptation of Large Language Models',
    authors: 'Hu et al.',
    year: 2021,
    url: 'https://arxiv.org/abs/2106.09685',
    kind: 'paper',
  },
  'wu-2023-bloomberggpt': {
    id: 'wu-2023-bloomberggpt',
    title: 'BloombergGPT: A Large Language Model for Finance',
    authors: 'Wu et al.',
    year: 2023,
    url: 'https://arxiv.org/abs/2303.17564',
    kind: 'paper',
  },
  'li-2023-financial-text-analytics': {
    id: 'li-2023-financial-text-analytics',
    title: 'Are ChatGPT and GPT-4 General-Purpose Solvers for Financial Text Analytics? An Examination on Several Typical Tasks',
    authors: 'Li et al.',
    year: 2023,
    url: 'https://arxiv.org/abs/2305.05862v1',
    kind: 'paper',
  },
  'dettmers-2023-qlora': {
    id: 'dettmers-2023-qlora',
    title: 'QLoRA: Efficient Finetuning of Quantized LLMs',
    authors: 'Dettmers, Pagnoni, Holtzman, Zettlemoyer',
    year: 2023,
    url: 'https://arxiv.org/abs/2305.14314',
    kind: 'paper',
  },
  'gao-2020-pile': {
    id: 'gao-2020-pile',
    title: 'The Pile: An 800GB Dataset of Diverse Text for Language Modeling',
    authors: 'Gao et al. (EleutherAI)',
    year: 2020,
    url: 'https://arxiv.org/abs/2101.00027',
    kind: 'dataset',
  },
  'petrov-2023-tokenizer-unfairness': {
    id: 'petrov-2023-tokenizer-unfairness',
    title: 'Language Model Tokenizers Introduce Unfairness Between Languages',
    authors: 'Petrov, La Malfa, Torr, Bibi',
    year: 2023,
    publisher: 'NeurIPS 2023',
    url: 'https://arxiv.org/abs/2305.15425',
    kind: 'paper',
  },
  'openai-tokens-help': {
    id: 'openai-tokens-help',
    title: 'What are tokens and how to count them?',
    year: 2026,
    publisher: 'OpenAI Help Center',
    url: 'https://help.openai.com/en/articles/4936856-what-are-tokens-and-how-to-count-them',
    kind: 'docs',
    accessed: '2026-11-22',
  },

  'dao-2022-flashattention': {
    id: 'dao-2022-flashattention',
    title: 'FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness',
    authors: 'Dao, Fu, Ermon, Rudra, Ré',
    year: 2022,
    publisher: 'NeurIPS 2022',
    url: 'https://arxiv.org/abs/2205.14135',
    kind: 'paper',
  },
  'kwon-2023-vllm': {
    id: 'kwon-2023-vllm',
    title: 'Efficient Memory Management for Large Language Model Serving with PagedAttention',
    authors: 'Kwon et al.',
    year: 2023,
    publisher: 'SOSP 2023',
    url: 'https://arxiv.org/abs/2309.06180',
    kind: 'paper',
  },

  // ── Reports and blogs ──
  'eia-electric-power-annual-2023': {
    id: 'eia-electric-power-annual-2023',
    title: 'Electric Power Annual 2023: average revenue per kilowatthour by state and sector',
    authors: 'U.S. Energy Information Administration',
    year: 2024,
    publisher: 'U.S. Energy Information Administration (EIA)',
    url: 'https://www.eia.gov/electricity/annual/secrev-map.php',
    kind: 'report',
    accessed: '2026-11-22',
  },
  'radford-2019-gpt2': {
    id: 'radford-2019-gpt2',
    title: 'Language Models are Unsupervised Multitask Learners',
    authors: 'Radford, Wu, Child, Luan, Amodei and Sutskever',
    year: 2019,
    publisher: 'OpenAI',
    url: 'https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf',
    kind: 'paper',
  },
  'pope-2022-inference': {
    id: 'pope-2022-inference',
    title: 'Efficiently Scaling Transformer Inference',
    authors: 'Pope et al.',
    year: 2022,
    publisher: 'arXiv:2211.05102',
    url: 'https://arxiv.org/abs/2211.05102',
    kind: 'paper',
  },
  'stanford-2024-ai-index': {
    id: 'stanford-2024-ai-index',
    title: 'Artificial Intelligence Index Report 2024',
    authors: 'Maslej et al.',
    year: 2024,
    publisher: 'Stanford Institute for Human-Centered AI (HAI)',
    url: 'https://aiindex.stanford.edu/report/',
    kind: 'report',
  },
  'stanford-2023-ai-index': {
    id: 'stanford-2023-ai-index',
    title: 'Artificial Intelligence Index Report 2023',
    authors: 'Maslej et al.',
    year: 2023,
    publisher: 'Stanford Institute for Human-Centered AI (HAI)',
    url: 'https://arxiv.org/abs/2310.03715',
    kind: 'report',
  },
  'eleutherai-2023-transformer-math': {
    id: 'eleutherai-2023-transformer-math',
    title: 'Transformer Math 101',
    authors: 'Anthony, Biderman, Schoelkopf',
    year: 2023,
    publisher: 'EleutherAI blog',
    url: 'https://blog.eleuther.ai/transformer-math/',
    kind: 'blog',
  },
  'lambda-2020-gpt3': {
    id: 'lambda-2020-gpt3',
    title: "OpenAI's GPT-3 Language Model: A Technical Overview",
    authors: 'Chuan Li',
    citedAs: 'Li',
    year: 2020,
    publisher: 'Lambda Labs blog',
    url: 'https://lambdalabs.com/blog/demystifying-gpt-3',
    kind: 'blog',
  },
  'mosaicml-2023-mpt-7b': {
    id: 'mosaicml-2023-mpt-7b',
    title: 'Introducing MPT-7B: A New Standard for Open-Source, Commercially Usable LLMs',
    authors: 'MosaicML NLP Team',
    year: 2023,
    publisher: 'MosaicML (now Databricks) blog',
    url: 'https://www.databricks.com/blog/mpt-7b',
    kind: 'blog',
  },
  'hf-2023-falcon-180b': {
    id: 'hf-2023-falcon-180b',
    title: 'Spread Your Wings: Falcon 180B is here',
    year: 2023,
    publisher: 'Hugging Face blog',
    url: 'https://huggingface.co/blog/falcon-180b',
    kind: 'blog',
  },
  'ibm-2023-vela': {
    id: 'ibm-2023-vela',
    title: 'Why we built an AI supercomputer in the cloud',
    year: 2023,
    publisher: 'IBM Research blog',
    url: 'https://research.ibm.com/blog/AI-supercomputer-Vela-GPU-cluster',
    kind: 'blog',
  },
  'quoteinvestigator-2021-gold-shovel': {
    id: 'quoteinvestigator-2021-gold-shovel',
    title: "When Everybody Is Digging for Gold, It's Good To Be in the Pick and Shovel Business",
    year: 2021,
    publisher: 'Quote Investigator (2021-04-20)',
    url: 'https://quoteinvestigator.com/2021/04/20/gold-shovel/',
    kind: 'blog',
  },
  'huggingface-peft-issue-664': {
    id: 'huggingface-peft-issue-664',
    title: 'huggingface/peft issue #664 (LoRA training speed versus full fine-tuning)',
    year: 2023,
    publisher: 'GitHub issue thread',
    url: 'https://github.com/huggingface/peft/issues/664',
    kind: 'docs',
  },
  'sanh-2019-distilbert': {
    id: 'sanh-2019-distilbert',
    title: 'DistilBERT, a distilled version of BERT: smaller, faster, cheaper and lighter',
    authors: 'Sanh, Debut, Chaumond, Wolf',
    year: 2019,
    url: 'https://arxiv.org/abs/1910.01108',
    kind: 'paper',
  },
  'lan-2019-albert': {
    id: 'lan-2019-albert',
    title: 'ALBERT: A Lite BERT for Self-supervised Learning of Language Representations',
    authors: 'Lan, Chen, Goodman, Gimpel, Sharma, Soricut',
    year: 2019,
    url: 'https://arxiv.org/abs/1909.11942',
    kind: 'paper',
  },
  'gcp-spot-vms': {
    id: 'gcp-spot-vms',
    title: 'Create and use Spot VMs (Compute Engine documentation)',
    year: 2026,
    publisher: 'Google Cloud',
    url: 'https://cloud.google.com/compute/docs/instances/create-use-spot',
    kind: 'docs',
    accessed: '2026-11-22',
  },
  'hf-2025-smollm3': {
    id: 'hf-2025-smollm3',
    title: 'SmolLM3: smol, multilingual, long-context reasoner',
    authors: 'Bakouch et al.',
    year: 2025,
    publisher: 'Hugging Face blog',
    url: 'https://huggingface.co/blog/smollm3',
    kind: 'blog',
  },

  'mistral-2023-mixtral': {
    id: 'mistral-2023-mixtral',
    title: 'Mixtral of experts',
    year: 2023,
    publisher: 'Mistral AI news, 2023-12-11',
    url: 'https://mistral.ai/news/mixtral-of-experts',
    kind: 'blog',
  },
  'huggingface-2025-ultrascale-playbook': {
    id: 'huggingface-2025-ultrascale-playbook',
    title: 'The Ultra-Scale Playbook: Training LLMs on GPU Clusters (memory widget)',
    authors: 'Tazi et al.',
    year: 2025,
    publisher: 'Hugging Face (nanotron/ultrascale-playbook)',
    url: 'https://huggingface.co/spaces/nanotron/ultrascale-playbook',
    kind: 'blog',
  },

  // ── Model cards ──
  'meta-llama2-model-card': {
    id: 'meta-llama2-model-card',
    title: 'Llama 2 model card',
    year: 2023,
    publisher: 'Meta, github.com/meta-llama/llama',
    url: 'https://github.com/meta-llama/llama/blob/main/MODEL_CARD.md',
    kind: 'model-card',
  },
  'eleutherai-pythia-readme': {
    id: 'eleutherai-pythia-readme',
    title: 'Pythia: Interpreting Transformers Across Time and Scale (repository README)',
    authors: 'EleutherAI',
    year: 2025,
    publisher: 'github.com/EleutherAI/pythia',
    url: 'https://github.com/EleutherAI/pythia',
    kind: 'model-card',
    accessed: '2026-12-03',
  },
  'meta-llama31-model-card': {
    id: 'meta-llama31-model-card',
    title: 'Llama 3.1 model card',
    year: 2024,
    publisher: 'Meta, github.com/meta-llama/llama-models',
    url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md',
    kind: 'model-card',
  },
  'fairseq-roberta-readme': {
    id: 'fairseq-roberta-readme',
    title: 'RoBERTa pre-trained models (fairseq examples)',
    year: 2019,
    publisher: 'Facebook AI, github.com/facebookresearch/fairseq',
    url: 'https://github.com/facebookresearch/fairseq/blob/main/examples/roberta/README.md',
    kind: 'model-card',
  },
  'tii-falcon-180b-model-card': {
    id: 'tii-falcon-180b-model-card',
    title: 'tiiuae/falcon-180B model card',
    year: 2023,
    publisher: 'Technology Innovation Institute, Hugging Face',
    url: 'https://huggingface.co/tiiuae/falcon-180B',
    kind: 'model-card',
  },
  'bigscience-bloom-model-card': {
    id: 'bigscience-bloom-model-card',
    title: 'bigscience/bloom model card',
    year: 2022,
    publisher: 'BigScience, Hugging Face',
    url: 'https://huggingface.co/bigscience/bloom',
    kind: 'model-card',
  },
  'meta-llama3-model-card': {
    id: 'meta-llama3-model-card',
    title: 'Meta Llama 3 model card',
    year: 2024,
    publisher: 'Meta, github.com/meta-llama/llama-models',
    url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3/MODEL_CARD.md',
    kind: 'model-card',
  },
  'meta-llama4-model-card': {
    id: 'meta-llama4-model-card',
    title: 'Llama 4 model card',
    year: 2025,
    publisher: 'Meta, github.com/meta-llama/llama-models',
    url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama4/MODEL_CARD.md',
    kind: 'model-card',
  },
  'abdin-2024-phi4': {
    id: 'abdin-2024-phi4',
    title: 'Phi-4 Technical Report',
    authors: 'Abdin et al.',
    year: 2024,
    publisher: 'Microsoft Research, arXiv:2412.08905',
    url: 'https://arxiv.org/abs/2412.08905',
    kind: 'paper',
  },
  'hf-mpt-7b': {
    id: 'hf-mpt-7b',
    title: 'mosaicml/mpt-7b model card',
    year: 2023,
    publisher: 'MosaicML, Hugging Face',
    url: 'https://huggingface.co/mosaicml/mpt-7b',
    kind: 'model-card',
  },
  'huggingface-smollm3-configs': {
    id: 'huggingface-smollm3-configs',
    title: 'SmolLM3 pre-training configurations',
    year: 2025,
    publisher: 'Hugging Face, github.com/huggingface/smollm',
    url: 'https://github.com/huggingface/smollm/tree/main/text/pretraining/smollm3',
    kind: 'model-card',
  },
  'microsoft-phi4-model-card': {
    id: 'microsoft-phi4-model-card',
    title: 'Phi-4 model card',
    year: 2024,
    publisher: 'Microsoft Research, huggingface.co/microsoft/phi-4',
    url: 'https://huggingface.co/microsoft/phi-4',
    kind: 'model-card',
  },
  'ai2-olmo2-model-card': {
    id: 'ai2-olmo2-model-card',
    title: 'OLMo 2 13B model card (allenai/OLMo-2-1124-13B), with the 7B alongside',
    year: 2024,
    publisher: 'Allen Institute for AI (Ai2), Hugging Face',
    url: 'https://huggingface.co/allenai/OLMo-2-1124-13B',
    kind: 'model-card',
  },

  // ── 2024–2025 runs and third-party cost estimates (cost history, second round) ──
  'guo-2025-deepseek-r1': {
    id: 'guo-2025-deepseek-r1',
    title: 'DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning (version 2, with the supplementary information of the Nature paper)',
    authors: 'DeepSeek-AI (Guo et al.)',
    year: 2025,
    publisher: 'arXiv:2501.12948v2; published as "DeepSeek-R1 incentivizes reasoning in LLMs through reinforcement learning", Nature 645, 633–638 (17 September 2025)',
    url: 'https://arxiv.org/abs/2501.12948v2',
    kind: 'paper',
  },
  'nvidia-2024-nemotron4-340b': {
    id: 'nvidia-2024-nemotron4-340b',
    title: 'Nemotron-4 340B Technical Report',
    authors: 'NVIDIA (Adler et al.)',
    year: 2024,
    url: 'https://arxiv.org/abs/2406.11704',
    kind: 'paper',
  },
  'epoch-2025-training-cost-trends': {
    id: 'epoch-2025-training-cost-trends',
    title: 'training-cost-trends: data and code for "The rising costs of training frontier AI models" (snapshot of the AI models database, 20 June 2025)',
    authors: 'Epoch AI',
    year: 2025,
    publisher: 'Epoch AI, github.com/epoch-research/training-cost-trends',
    url: 'https://github.com/epoch-research/training-cost-trends',
    kind: 'dataset',
  },
  'epoch-2026-notable-models': {
    id: 'epoch-2026-notable-models',
    title: 'Data on Notable AI Models (records up to 24 April 2026)',
    authors: 'Epoch AI',
    year: 2026,
    publisher: 'Epoch AI, CC BY 4.0',
    url: 'https://epoch.ai/data/ai-models',
    kind: 'dataset',
  },

  'openai-gpt2-repo': {
    id: 'openai-gpt2-repo',
    title: 'gpt-2: code and models from the paper',
    year: 2019,
    publisher: 'OpenAI, github.com/openai/gpt-2',
    url: 'https://github.com/openai/gpt-2',
    kind: 'model-card',
  },
  'hf-llama-2-7b': {
    id: 'hf-llama-2-7b',
    title: 'meta-llama/Llama-2-7b-hf (config.json, safetensors)',
    year: 2023,
    publisher: 'Meta, Hugging Face',
    url: 'https://huggingface.co/meta-llama/Llama-2-7b-hf',
    kind: 'model-card',
  },
  'hf-llama-2-70b': {
    id: 'hf-llama-2-70b',
    title: 'meta-llama/Llama-2-70b-hf (config.json, safetensors)',
    year: 2023,
    publisher: 'Meta, Hugging Face',
    url: 'https://huggingface.co/meta-llama/Llama-2-70b-hf',
    kind: 'model-card',
  },
  'hf-mistral-7b': {
    id: 'hf-mistral-7b',
    title: 'mistralai/Mistral-7B-v0.1 (config.json, model.safetensors.index.json)',
    year: 2023,
    publisher: 'Mistral AI, Hugging Face',
    url: 'https://huggingface.co/mistralai/Mistral-7B-v0.1',
    kind: 'model-card',
  },
  'hf-mixtral-8x7b': {
    id: 'hf-mixtral-8x7b',
    title: 'mistralai/Mixtral-8x7B-v0.1 (config.json, model.safetensors.index.json)',
    year: 2023,
    publisher: 'Mistral AI, Hugging Face',
    url: 'https://huggingface.co/mistralai/Mixtral-8x7B-v0.1',
    kind: 'model-card',
  },
  'meta-llama-models-sku-list': {
    id: 'meta-llama-models-sku-list',
    title: 'llama-models: model list with each model\'s architecture arguments (models/sku_list.py)',
    year: 2024,
    publisher: 'Meta, github.com/meta-llama/llama-models (commit c4d8644, parent)',
    url: 'https://github.com/meta-llama/llama-models/blob/1127165/models/sku_list.py',
    kind: 'model-card',
  },
  'hf-llama-3-1-8b': {
    id: 'hf-llama-3-1-8b',
    title: 'meta-llama/Llama-3.1-8B (config.json, model.safetensors.index.json)',
    year: 2024,
    publisher: 'Meta, Hugging Face',
    url: 'https://huggingface.co/meta-llama/Llama-3.1-8B',
    kind: 'model-card',
  },
  'hf-llama-3-1-70b': {
    id: 'hf-llama-3-1-70b',
    title: 'meta-llama/Llama-3.1-70B (config.json, model.safetensors.index.json)',
    year: 2024,
    publisher: 'Meta, Hugging Face',
    url: 'https://huggingface.co/meta-llama/Llama-3.1-70B',
    kind: 'model-card',
  },
  'hf-llama-3-1-405b': {
    id: 'hf-llama-3-1-405b',
    title: 'meta-llama/Llama-3.1-405B (config.json, model.safetensors.index.json)',
    year: 2024,
    publisher: 'Meta, Hugging Face',
    url: 'https://huggingface.co/meta-llama/Llama-3.1-405B',
    kind: 'model-card',
  },
  'hf-gemma-2-9b': {
    id: 'hf-gemma-2-9b',
    title: 'google/gemma-2-9b (config.json, model.safetensors.index.json)',
    year: 2024,
    publisher: 'Google, Hugging Face',
    url: 'https://huggingface.co/google/gemma-2-9b',
    kind: 'model-card',
  },
  'hf-qwen2-5-7b': {
    id: 'hf-qwen2-5-7b',
    title: 'Qwen/Qwen2.5-7B model card (config.json, model.safetensors.index.json)',
    year: 2024,
    publisher: 'Qwen Team, Alibaba Cloud, Hugging Face',
    url: 'https://huggingface.co/Qwen/Qwen2.5-7B',
    kind: 'model-card',
  },
  'hf-olmo-2-7b': {
    id: 'hf-olmo-2-7b',
    title: 'allenai/OLMo-2-1124-7B model card (config.json, safetensors)',
    year: 2024,
    publisher: 'Allen Institute for AI, Hugging Face',
    url: 'https://huggingface.co/allenai/OLMo-2-1124-7B',
    kind: 'model-card',
  },
  'deepseek-v3-repo': {
    id: 'deepseek-v3-repo',
    title: 'DeepSeek-V3 repository',
    year: 2024,
    publisher: 'DeepSeek-AI, github.com/deepseek-ai/DeepSeek-V3',
    url: 'https://github.com/deepseek-ai/DeepSeek-V3',
    kind: 'model-card',
  },
  'hf-llama-4-maverick': {
    id: 'hf-llama-4-maverick',
    title: 'meta-llama/Llama-4-Maverick-17B-128E (config.json)',
    year: 2025,
    publisher: 'Meta, Hugging Face',
    url: 'https://huggingface.co/meta-llama/Llama-4-Maverick-17B-128E',
    kind: 'model-card',
  },

  // ── Datasheets and vendor documentation ──
  'nvidia-p100-datasheet': {
    id: 'nvidia-p100-datasheet',
    title: 'NVIDIA Tesla P100 PCIe datasheet',
    year: 2016,
    publisher: 'NVIDIA',
    url: 'https://images.nvidia.com/content/tesla/pdf/nvidia-tesla-p100-PCIe-datasheet.pdf',
    kind: 'datasheet',
  },
  'nvidia-v100-datasheet': {
    id: 'nvidia-v100-datasheet',
    title: 'NVIDIA Tesla V100 GPU Accelerator datasheet',
    year: 2018,
    publisher: 'NVIDIA',
    url: 'https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf',
    kind: 'datasheet',
  },
  'nvidia-a100-datasheet': {
    id: 'nvidia-a100-datasheet',
    title: 'NVIDIA A100 Tensor Core GPU datasheet',
    year: 2021,
    publisher: 'NVIDIA',
    url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf',
    kind: 'datasheet',
  },
  'nvidia-h100-datasheet': {
    id: 'nvidia-h100-datasheet',
    title: 'NVIDIA H100 Tensor Core GPU datasheet',
    year: 2023,
    publisher: 'NVIDIA',
    url: 'https://www.nvidia.com/en-us/data-center/h100/',
    kind: 'datasheet',
  },
  'nvidia-h200-datasheet': {
    id: 'nvidia-h200-datasheet',
    title: 'NVIDIA H200 Tensor Core GPU',
    year: 2024,
    publisher: 'NVIDIA',
    url: 'https://www.nvidia.com/en-us/data-center/h200/',
    kind: 'datasheet',
  },
  'nvidia-hgx-b200-datasheet': {
    id: 'nvidia-hgx-b200-datasheet',
    title: 'NVIDIA HGX platform (HGX B200 specifications)',
    year: 2024,
    publisher: 'NVIDIA',
    url: 'https://www.nvidia.com/en-us/data-center/hgx/',
    kind: 'datasheet',
  },
  'amd-mi300x-datasheet': {
    id: 'amd-mi300x-datasheet',
    title: 'AMD Instinct MI300X Accelerator data sheet',
    year: 2023,
    publisher: 'AMD',
    url: 'https://www.amd.com/content/dam/amd/en/documents/instinct-tech-docs/data-sheets/amd-instinct-mi300x-data-sheet.pdf',
    kind: 'datasheet',
  },
  'google-tpu-v3-docs': {
    id: 'google-tpu-v3-docs',
    title: 'Cloud TPU v3',
    year: 2024,
    publisher: 'Google Cloud documentation',
    url: 'https://cloud.google.com/tpu/docs/v3',
    kind: 'docs',
  },
  'google-tpu-v4-docs': {
    id: 'google-tpu-v4-docs',
    title: 'Cloud TPU v4',
    year: 2024,
    publisher: 'Google Cloud documentation',
    url: 'https://cloud.google.com/tpu/docs/v4',
    kind: 'docs',
  },
  'google-tpu-v5e-docs': {
    id: 'google-tpu-v5e-docs',
    title: 'Cloud TPU v5e',
    year: 2024,
    publisher: 'Google Cloud documentation',
    url: 'https://cloud.google.com/tpu/docs/v5e',
    kind: 'docs',
  },
  'google-tpu-v5p-docs': {
    id: 'google-tpu-v5p-docs',
    title: 'Cloud TPU v5p',
    year: 2024,
    publisher: 'Google Cloud documentation',
    url: 'https://cloud.google.com/tpu/docs/v5p',
    kind: 'docs',
  },
  'philisun-h800-vs-h100': {
    id: 'philisun-h800-vs-h100',
    title: 'NVIDIA H800 vs H100: Differences, NVLink Limitations, and AI Cluster Optical Interconnect Design',
    year: 2025,
    publisher: 'Philisun (secondary; no NVIDIA H800 datasheet was found)',
    url: 'https://www.philisun.com/technical-analysis/nvidia-h800-vs-h100-a-technical-deep-dive-into-politically-defined-ai-chips/',
    kind: 'blog',
  },

  'eleutherai-cookbook-calc': {
    id: 'eleutherai-cookbook-calc',
    title: 'EleutherAI cookbook: transformer parameter, FLOP and memory calculators (calc/)',
    authors: 'Anthony et al.',
    year: 2024,
    publisher: 'EleutherAI, github.com/EleutherAI/cookbook',
    url: 'https://github.com/EleutherAI/cookbook/tree/main/calc',
    kind: 'docs',
  },
  'llm-analysis': {
    id: 'llm-analysis',
    title: 'llm-analysis: latency and memory analysis for transformer training and inference (llm_analysis/analysis.py)',
    authors: 'Li',
    year: 2023,
    publisher: 'github.com/cli99/llm-analysis',
    url: 'https://github.com/cli99/llm-analysis',
    kind: 'docs',
  },
  'torchtitan-llama3-70b': {
    id: 'torchtitan-llama3-70b',
    title: 'torchtitan: Llama 3 70B training preset (torchtitan/models/llama3/train_configs/llama3_70b.toml)',
    year: 2025,
    publisher: 'PyTorch, github.com/pytorch/torchtitan (commit 038d5fd)',
    url: 'https://github.com/pytorch/torchtitan/blob/038d5fd1bb3056e3c676d261fd720e1dfbc04bfe/torchtitan/models/llama3/train_configs/llama3_70b.toml',
    kind: 'docs',
  },
  'vllm-engine-args': {
    id: 'vllm-engine-args',
    title: 'vLLM engine arguments: gpu_memory_utilization (default 0.9)',
    year: 2025,
    publisher: 'vLLM project documentation',
    url: 'https://docs.vllm.ai/en/latest/configuration/engine_args.html',
    kind: 'docs',
  },

  // ── Price pages (snapshots: each carries the date it was read) ──
  'aws-ec2-on-demand-pricing': {
    id: 'aws-ec2-on-demand-pricing',
    title: 'Amazon EC2 On-Demand Pricing (p5.48xlarge, p5en.48xlarge, p6-b200.48xlarge)',
    year: 2026,
    publisher: 'Amazon Web Services',
    url: 'https://aws.amazon.com/ec2/pricing/on-demand/',
    kind: 'price-page',
    accessed: '2026-11-22',
  },
  'gcp-gpu-pricing': {
    id: 'gcp-gpu-pricing',
    title: 'Compute Engine GPU pricing (a3-highgpu-8g)',
    year: 2026,
    publisher: 'Google Cloud',
    url: 'https://cloud.google.com/compute/gpus-pricing',
    kind: 'price-page',
    accessed: '2026-11-22',
  },
  'cliffcenter-2026-amd-inference-economics': {
    id: 'cliffcenter-2026-amd-inference-economics',
    title: 'AMD inference economics (research note; MI300X and H100 rental prices by provider)',
    year: 2026,
    publisher: 'Cliff Center (secondary compilation of provider list prices, 2026-05-18)',
    url: 'https://www.cliffcenter.com/research/amd-inference-economics',
    kind: 'price-page',
    accessed: '2026-11-22',
  },
  'techbytes-2026-gpu-pricing-matrix': {
    id: 'techbytes-2026-gpu-pricing-matrix',
    title: 'Serverless GPU Pricing Matrix [2026 Developer Cheat Sheet] (Lambda, Modal, Replicate list prices)',
    year: 2026,
    publisher: 'TechBytes (prices verified by the author on 2026-05-07)',
    url: 'https://techbytes.app/posts/serverless-gpu-pricing-matrix-modal-replicate-lambda-2026/',
    kind: 'price-page',
    accessed: '2026-11-22',
  },
  'eu-2024-ai-act': {
    id: 'eu-2024-ai-act',
    title: 'Regulation (EU) 2024/1689 laying down harmonised rules on artificial intelligence (Artificial Intelligence Act)',
    citedAs: 'EU AI Act',
    year: 2024,
    publisher: 'European Parliament and Council, Official Journal of the European Union',
    url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
    kind: 'docs',
  },
  'deepseek-api-pricing': {
    id: 'deepseek-api-pricing',
    title: 'Models & Pricing (deepseek-flash: DeepSeek-V4.1-Flash-1017; deepseek-v4-pro: DeepSeek-V4-Pro-0813)',
    year: 2026,
    publisher: 'DeepSeek API documentation',
    url: 'https://api-docs.deepseek.com/quick_start/pricing',
    kind: 'price-page',
    accessed: '2026-12-03',
  },
  'venice-llama-3-3-70b-pricing': {
    id: 'venice-llama-3-3-70b-pricing',
    title: 'Llama 3.3 70B API (model page with price)',
    year: 2026,
    publisher: 'Venice API documentation',
    url: 'https://docs.venice.ai/it/models/llama-3-3-70b.md',
    kind: 'price-page',
    accessed: '2026-12-03',
  },
  'wavespeed-llama-3-3-70b-pricing': {
    id: 'wavespeed-llama-3-3-70b-pricing',
    title: 'meta-llama/llama-3.3-70b-instruct (model page with price)',
    year: 2026,
    publisher: 'WaveSpeed AI',
    url: 'https://wavespeed.ai/tr/llm/meta-llama/llama-3.3-70b-instruct',
    kind: 'price-page',
    accessed: '2026-12-03',
  },
} as const satisfies Record<string, Source>;

/** Id of an entry in {@link sources}. */
export type SourceId = keyof typeof sources;

/** A pointer into a source: which entry, and where in it ("Table 2", "§2.4", "App. B"). */
export interface Citation {
  source: SourceId;
  locator?: string;
}

/**
 * True if `x` is the id of an entry in {@link sources}.
 * @example isSourceId('kaplan-2020-scaling') //=> true
 */
export function isSourceId(x: unknown): x is SourceId {
  return typeof x === 'string' && Object.hasOwn(sources, x);
}

/**
 * The bibliography entry with this id.
 * @throws Error naming the id received and listing the valid ids, when it is unknown.
 * @example getSource('chowdhery-2022-palm').year //=> 2022
 */
export function getSource(id: string): Source {
  if (!isSourceId(id)) {
    throw new Error(
      `Unknown source id ${JSON.stringify(id)}; expected one of: ${Object.keys(sources).join(', ')}`,
    );
  }
  return sources[id];
}
