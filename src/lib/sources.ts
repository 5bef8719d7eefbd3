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
  'vaswani-2017-attention': {
    id: 'vaswani-2017-attention',
    title: 'Attention Is All You Need',
    authors: 'Vaswani, Shazeer, Parmar, Uszkoreit, Jones, Gomez, Kaiser, Polosukhin',
    year: 2017,
    publisher: 'NeurIPS 2017',
    url: 'https://arxiv.org/abs/1706.03762',
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
} as const satisfies Record<string, Source>;

/** Id of an entry in {@link sources}. */
export type SourceId = keyof typeof sources;

/** A pointer into a source: which entry, and where in it ("Table 2", "§2.4", "App. B"). */
export interface Citation {
  source: SourceId;
  locator?: string;
}

/** True if `x` is the id of an entry in {@link sources}. */
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
