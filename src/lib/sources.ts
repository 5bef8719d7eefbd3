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
  /** Year of publication (or of the snapshot, for price pages). */
  year: number;
  publisher?: string;
  /**
   * Where to read it. Required in practice for papers, model cards, datasheets and price pages
   * (a test checks); optional only for seed articles whose address could not be verified.
   */
  url?: string;
  kind: SourceKind;
  /** YYYY-MM-DD on which the figure was read; set for price pages and press. */
  accessed?: string;
}

/** The bibliography, keyed by id. */
export const sources = {
  // ── Seed articles: the guide must cover every fact they state (kind 'blog') ──
  'seed-000-build-or-fine-tune': {
    id: 'seed-000-build-or-fine-tune',
    title: 'Build your own transformer model or fine-tune one?',
    authors: 'zhuoli',
    year: 2024,
    publisher: 'personal blog (seed article 000, 2024-09-07)',
    kind: 'blog',
  },
  'seed-001-foundation-model-from-scratch': {
    id: 'seed-001-foundation-model-from-scratch',
    title: 'Training a foundation model from scratch (newsletter issue, untitled in our copy)',
    year: 2023,
    publisher: 'newsletter (seed article 001; undated copy, year approximate)',
    kind: 'blog',
  },
  'seed-002-cost-of-training-llms': {
    id: 'seed-002-cost-of-training-llms',
    title: 'What is the cost of training LLM models? (untitled in our copy)',
    year: 2024,
    publisher: 'vendor blog (seed article 002; undated copy, year approximate)',
    kind: 'blog',
  },
  'seed-003-giant-language-model-diy': {
    id: 'seed-003-giant-language-model-diy',
    title: 'Building a Giant Language Model: When Does DIY Make Sense?',
    authors: 'H. Peter Alesso',
    year: 2024,
    publisher: 'AI HIVE (seed article 003; undated copy, year approximate)',
    url: 'https://www.ai-hive.net/post/building-a-giant-language-model-when-does-diy-make-sense',
    kind: 'blog',
  },
  'seed-004-what-it-takes-foundation-model': {
    id: 'seed-004-what-it-takes-foundation-model',
    title: 'What it Takes to Train a Foundation Model',
    year: 2024,
    publisher: 'blog (seed article 004; undated copy, year approximate)',
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

  // ── Model cards ──
  'meta-llama2-model-card': {
    id: 'meta-llama2-model-card',
    title: 'Llama 2 model card (MODEL_CARD.md)',
    year: 2023,
    publisher: 'Meta, github.com/meta-llama/llama',
    url: 'https://github.com/meta-llama/llama/blob/main/MODEL_CARD.md',
    kind: 'model-card',
  },
  'meta-llama31-model-card': {
    id: 'meta-llama31-model-card',
    title: 'Llama 3.1 model card (models/llama3_1/MODEL_CARD.md)',
    year: 2024,
    publisher: 'Meta, github.com/meta-llama/llama-models',
    url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md',
    kind: 'model-card',
  },
  'fairseq-roberta-readme': {
    id: 'fairseq-roberta-readme',
    title: 'RoBERTa pre-trained models (examples/roberta/README.md)',
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
  'google-tpu-v6e-docs': {
    id: 'google-tpu-v6e-docs',
    title: 'TPU v6e',
    year: 2025,
    publisher: 'Google Cloud documentation',
    url: 'https://docs.cloud.google.com/tpu/docs/v6e',
    kind: 'docs',
  },
  'google-tpu7x-docs': {
    id: 'google-tpu7x-docs',
    title: 'TPU7x (Ironwood)',
    year: 2025,
    publisher: 'Google Cloud documentation',
    url: 'https://docs.cloud.google.com/tpu/docs/tpu7x',
    kind: 'docs',
  },
  'google-tpu-ironwood-performance': {
    id: 'google-tpu-ironwood-performance',
    title: 'TPU7x (Ironwood) performance optimizations',
    year: 2025,
    publisher: 'Google Cloud documentation',
    url: 'https://docs.cloud.google.com/tpu/docs/ironwood-performance',
    kind: 'docs',
  },
  'aws-trainium2-docs': {
    id: 'aws-trainium2-docs',
    title: 'Trainium2 Architecture',
    year: 2025,
    publisher: 'AWS Neuron documentation',
    url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/about-neuron/arch/neuron-hardware/trainium2.html',
    kind: 'docs',
  },
  'aws-trainium2-nki-guide': {
    id: 'aws-trainium2-nki-guide',
    title: 'Trainium2 Architecture Guide for NKI',
    year: 2025,
    publisher: 'AWS Neuron documentation',
    url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/nki/guides/architecture/trainium2_arch.html',
    kind: 'docs',
  },

  'intel-2024-gaudi3-hot-chips': {
    id: 'intel-2024-gaudi3-hot-chips',
    title: 'Intel Gaudi 3 AI Accelerator: Architected for Gen AI Training and Inference',
    authors: 'Roman Kaplan',
    year: 2024,
    publisher: 'Intel, presented at Hot Chips 2024 (slides, August 2024)',
    url: 'https://www.sgpjbg.com/baogao/465025.html',
    kind: 'datasheet',
  },

  // ── Price pages (snapshots: each carries the date it was read) ──
  'aws-ec2-on-demand-pricing': {
    id: 'aws-ec2-on-demand-pricing',
    title: 'Amazon EC2 On-Demand Pricing (p4d, p4de, p5, p5en and p6-b200 instances, US East)',
    year: 2026,
    publisher: 'Amazon Web Services',
    url: 'https://aws.amazon.com/ec2/pricing/on-demand/',
    kind: 'price-page',
    accessed: '2026-11-09',
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
  'hyperstack-gpu-pricing': {
    id: 'hyperstack-gpu-pricing',
    title: 'GPU pricing (on-demand, reserved and spot rates per GPU-hour)',
    year: 2026,
    publisher: 'Hyperstack (NexGen Cloud)',
    url: 'https://www.hyperstack.cloud/gpu-pricing',
    kind: 'price-page',
    accessed: '2026-08-26',
  },
  'lambda-gpu-cloud-pricing': {
    id: 'lambda-gpu-cloud-pricing',
    title: 'GPU instances pricing (on-demand, per GPU-hour)',
    year: 2026,
    publisher: 'Lambda',
    url: 'https://lambda.ai/instances',
    kind: 'price-page',
    accessed: '2026-09-20',
  },
  'runpod-pricing': {
    id: 'runpod-pricing',
    title: 'GPU cloud pricing (Secure Cloud and Community Cloud)',
    year: 2026,
    publisher: 'RunPod',
    url: 'https://www.runpod.io/pricing',
    kind: 'price-page',
    accessed: '2026-10-19',
  },
  'coreweave-pricing': {
    id: 'coreweave-pricing',
    title: 'Pricing (GPU instances, AI Object Storage)',
    year: 2026,
    publisher: 'CoreWeave',
    url: 'https://www.coreweave.com/pricing',
    kind: 'price-page',
    accessed: '2026-09-20',
  },

  // ── Cost analyses and market reports ──
  'epoch-hardware-prices': {
    id: 'epoch-hardware-prices',
    title: 'Hardware prices (dataset behind "The rising costs of training frontier AI models")',
    authors: 'Epoch AI',
    year: 2024,
    publisher: 'Epoch AI, training-cost-trends repository, data/Hardware prices.csv',
    url: 'https://github.com/epoch-research/training-cost-trends',
    kind: 'dataset',
  },
  'epoch-cost-model': {
    id: 'epoch-cost-model',
    title: 'Training cost model: cluster interconnect share and chip-to-server power',
    authors: 'Epoch AI',
    year: 2024,
    publisher: 'Epoch AI, training-cost-trends repository (constants.py, energy.py)',
    url: 'https://github.com/epoch-research/training-cost-trends',
    kind: 'dataset',
  },
  'epoch-2026-rnd-vs-training-compute': {
    id: 'epoch-2026-rnd-vs-training-compute',
    title: 'Final training runs account for a minority of R&D compute spending',
    authors: 'Jean-Stanislas Denain and Cheryl Wu',
    year: 2026,
    publisher: 'Epoch AI, Gradient Updates (2026-03-23)',
    url: 'https://epoch.ai/gradient-updates/r-and-d-vs-training-compute',
    kind: 'report',
  },
  'epoch-2024-development-cost': {
    id: 'epoch-2024-development-cost',
    title: 'Development cost notebook: cost of staff compensation (companion to "The rising costs of training frontier AI models")',
    authors: 'Epoch AI',
    year: 2024,
    publisher: 'Epoch AI, training-cost-trends repository, development_cost.ipynb (May 2024)',
    url: 'https://github.com/epoch-research/training-cost-trends',
    kind: 'dataset',
  },
  'cbre-2025-north-america-data-centers': {
    id: 'cbre-2025-north-america-data-centers',
    title: 'North America Data Center Trends H2 2024',
    authors: 'CBRE',
    year: 2025,
    publisher: 'CBRE (published 2025-02-26)',
    url: 'https://www.cbre.com/insights/reports/north-america-data-center-trends-h2-2024',
    kind: 'report',
  },

  // ── Training data: open corpora, repetition, licensing ──
  'penedo-2024-fineweb': {
    id: 'penedo-2024-fineweb',
    title: 'FineWeb: decanting the web for the finest text data at scale',
    authors: 'Guilherme Penedo et al.',
    year: 2024,
    publisher: 'Hugging Face (dataset HuggingFaceFW/fineweb, ODC-By 1.0)',
    url: 'https://huggingface.co/spaces/HuggingFaceFW/blogpost-fineweb-v1',
    kind: 'dataset',
  },
  'li-2024-dclm': {
    id: 'li-2024-dclm',
    title: 'DCLM-baseline 1.0 (DataComp for Language Models), dataset card',
    authors: 'The DCLM Team',
    year: 2024,
    publisher: 'Hugging Face (mlfoundations/dclm-baseline-1.0, CC-BY-4.0)',
    url: 'https://huggingface.co/datasets/mlfoundations/dclm-baseline-1.0',
    kind: 'dataset',
  },
  'soldaini-2024-dolma': {
    id: 'soldaini-2024-dolma',
    title: 'Dolma, dataset card',
    authors: 'Allen Institute for AI',
    year: 2024,
    publisher: 'Hugging Face (allenai/dolma, ODC-By since 2024-04-15)',
    url: 'https://huggingface.co/datasets/allenai/dolma',
    kind: 'dataset',
  },
  'muennighoff-2023-data-constrained': {
    id: 'muennighoff-2023-data-constrained',
    title: 'Scaling Data-Constrained Language Models',
    authors: 'Niklas Muennighoff, Alexander Rush, Boaz Barak, Teven Le Scao, Nouamane Tazi, Aleksandra Piktus, Sampo Pyysalo, Thomas Wolf, Colin Raffel',
    year: 2023,
    publisher: 'NeurIPS 2023',
    url: 'https://arxiv.org/abs/2305.16264',
    kind: 'paper',
  },
  'bartz-v-anthropic-2025': {
    id: 'bartz-v-anthropic-2025',
    title: 'Bartz v. Anthropic PBC, No. C 24-05417 WHA: memorandum opinion on preliminary approval of class action settlement',
    year: 2025,
    publisher: 'U.S. District Court, Northern District of California',
    url: 'https://app.midpage.ai/document/bartz-v-anthropic-pbc-1000455884188',
    kind: 'report',
  },
  'lutzker-2024-reddit-google': {
    id: 'lutzker-2024-reddit-google',
    title: 'Reddit’s Licensing Agreement with Google (on Reuters’ report of 2024-02-21)',
    authors: 'Lutzker & Lutzker LLP',
    year: 2024,
    publisher: 'IP Bit Pieces',
    url: 'https://www.lutzker.com/ip_bit_pieces/reddits-licensing-agreement-with-google/',
    kind: 'press',
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
