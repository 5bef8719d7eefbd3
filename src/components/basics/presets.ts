import { modelShapes, type BiasPlacement, type ModelShape, type ModelShapeId, type NormKind, type NormPlacement, type QkNorm } from '~/lib';

/** Preset ids in the order the selects list them. */
export const presetIds = Object.keys(modelShapes) as ModelShapeId[];

/** Select options for the presets: value = id, label as the library names it. */
export const presetOptions = presetIds.map((value) => ({ value, label: modelShapes[value].label }));

/** A known preset id, or `fallback` for text that is not one (a stale link). */
export function presetIdOf(text: string | undefined, fallback: ModelShapeId): ModelShapeId {
  return presetIds.find((id) => id === text) ?? fallback;
}

/** What a dense preset switched to latent attention or experts starts from: DeepSeek-V3's and Mixtral's choices. */
const latentDefaults = modelShapes['deepseek-v3'].shape.latentAttention!;
const expertDefaults = modelShapes['mixtral-8x7b'].shape.mixtureOfExperts!;

/** Every field of a shape as the text a calculator field shows (defaults made explicit). */
export function shapeTexts(shape: ModelShape) {
  const latent = shape.latentAttention ?? latentDefaults;
  const moe = shape.mixtureOfExperts ?? { ...expertDefaults, expertFfnDim: shape.ffnDim ?? 4 * shape.dModel };
  return {
    layers: String(shape.layers),
    dModel: String(shape.dModel),
    heads: String(shape.heads),
    attention: shape.latentAttention === undefined ? 'grouped' : 'latent',
    kvHeads: String(shape.kvHeads ?? shape.heads),
    headDim: String(shape.headDim ?? Math.max(1, Math.floor(shape.dModel / shape.heads))),
    queryRank: String(latent.queryRank),
    kvRank: String(latent.kvRank),
    qkNope: String(latent.qkNopeHeadDim),
    qkRope: String(latent.qkRopeHeadDim),
    valueHead: String(latent.valueHeadDim),
    ffnDim: String(shape.ffnDim ?? 4 * shape.dModel),
    gated: shape.gatedFfn === true ? 'yes' : 'no',
    ffn: shape.mixtureOfExperts === undefined ? 'dense' : 'experts',
    experts: String(moe.experts),
    expertsPerToken: String(moe.expertsPerToken),
    sharedExperts: String(moe.sharedExperts),
    expertFfnDim: String(moe.expertFfnDim),
    denseLayers: String(moe.denseLayers),
    vocab: String(shape.vocab),
    tied: shape.tiedEmbeddings === true ? 'yes' : 'no',
    positions: shape.learnedPositions === true ? 'learned' : 'none',
    context: String(shape.contextLength ?? 4096),
    biases: shape.biases ?? 'none',
    norm: shape.norm ?? 'rmsnorm',
    normPlacement: shape.normPlacement ?? 'pre',
    qkNorm: shape.qkNorm ?? 'none',
  };
}

/** Field keys of {@link shapeTexts}. */
export type ShapeKey = keyof ReturnType<typeof shapeTexts>;

/** Number fields of {@link shapeTexts}, and the rest (choices). */
export type ShapeCountKey = Exclude<ShapeKey, ShapeChoiceKey>;
export type ShapeChoiceKey = 'attention' | 'gated' | 'ffn' | 'tied' | 'positions' | 'biases' | 'norm' | 'normPlacement' | 'qkNorm';

/**
 * The shape the fields describe. Fields of the other attention or feed-forward kind are ignored, and
 * the preset's windowed attention (which changes no parameter count) is kept. The head width is
 * d_model / heads unless the preset gives one or the reader typed one (`explicitHeadDim`), so more
 * heads at a fixed width cut the same matrices thinner.
 */
export function shapeFrom(
  texts: Record<ShapeChoiceKey, string>,
  v: Record<ShapeCountKey, number>,
  preset: ModelShape,
  explicitHeadDim: boolean,
): ModelShape {
  const latent = texts.attention === 'latent';
  const experts = texts.ffn === 'experts';
  return {
    layers: v.layers,
    dModel: v.dModel,
    heads: v.heads,
    ...(latent
      ? { latentAttention: { queryRank: v.queryRank, kvRank: v.kvRank, qkNopeHeadDim: v.qkNope, qkRopeHeadDim: v.qkRope, valueHeadDim: v.valueHead } }
      : { kvHeads: v.kvHeads, ...(explicitHeadDim || preset.headDim !== undefined ? { headDim: v.headDim } : {}) }),
    ffnDim: v.ffnDim,
    gatedFfn: texts.gated === 'yes',
    ...(experts
      ? {
          mixtureOfExperts: {
            experts: v.experts,
            expertsPerToken: v.expertsPerToken,
            sharedExperts: v.sharedExperts,
            expertFfnDim: v.expertFfnDim,
            denseLayers: v.denseLayers,
            routerBias: preset.mixtureOfExperts?.routerBias === true,
          },
        }
      : {}),
    vocab: v.vocab,
    tiedEmbeddings: texts.tied === 'yes',
    learnedPositions: texts.positions === 'learned',
    contextLength: v.context,
    biases: texts.biases as BiasPlacement,
    norm: texts.norm as NormKind,
    normPlacement: texts.normPlacement as NormPlacement,
    qkNorm: texts.qkNorm as QkNorm,
    ...(preset.localAttention === undefined ? {} : { localAttention: preset.localAttention }),
  };
}
