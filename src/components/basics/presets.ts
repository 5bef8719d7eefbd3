import { countParameters, modelShapes, type ModelShape, type ModelShapeId } from '~/lib';

/** Preset ids in the order the selects list them. */
export const presetIds = Object.keys(modelShapes) as ModelShapeId[];

/** Select options for the presets: value = id, label as the library names it. */
export const presetOptions = presetIds.map((value) => ({ value, label: modelShapes[value].label }));

/** A known preset id, or `fallback` for text that is not one (a stale link). */
export function presetIdOf(text: string | undefined, fallback: ModelShapeId): ModelShapeId {
  return presetIds.find((id) => id === text) ?? fallback;
}

/** Every field of a shape as the text a calculator field shows (defaults made explicit). */
export function shapeTexts(shape: ModelShape) {
  return {
    layers: String(shape.layers),
    dModel: String(shape.dModel),
    heads: String(shape.heads),
    kvHeads: String(shape.kvHeads ?? shape.heads),
    ffnDim: String(shape.ffnDim ?? 4 * shape.dModel),
    gated: shape.gatedFfn === true ? 'yes' : 'no',
    vocab: String(shape.vocab),
    tied: shape.tiedEmbeddings === true ? 'yes' : 'no',
    positions: shape.learnedPositions === true ? 'learned' : 'none',
    context: String(shape.contextLength ?? 4096),
    biases: shape.biases === true ? 'yes' : 'no',
    norm: shape.norm ?? 'rmsnorm',
  };
}

/** Field keys of {@link shapeTexts}. */
export type ShapeKey = keyof ReturnType<typeof shapeTexts>;

/** Total parameters of a preset's released shape. */
export const presetTotal = (id: ModelShapeId) => countParameters(modelShapes[id].shape).total;
