import { authorYear, getSource, modelShapes, type ModelShapeId } from '~/lib';

/** Where a preset's shape was published, as the parameter counter names it. */
export interface PresetSource {
  title: string;
  /** "Name (year)", e.g. "Touvron et al. (2023)". */
  cited: string;
}

/**
 * The source of each preset's shape, looked up on the server and passed to the parameter counter
 * as a prop, so the browser gets these few titles instead of the whole bibliography.
 */
export const presetSources = Object.fromEntries(
  Object.entries(modelShapes).map(([id, { citation }]) => {
    const source = getSource(citation.source);
    return [id, { title: source.title, cited: authorYear(source) }];
  }),
) as Record<ModelShapeId, PresetSource>;
