import { getSource, modelShapes, type ModelShapeId } from '~/lib';

/** Where a preset's shape was published, as the parameter counter names it. */
export interface PresetSource {
  title: string;
  year: number;
}

/**
 * The source of each preset's shape, looked up on the server and passed to the parameter counter
 * as a prop, so the browser gets these few titles instead of the whole bibliography.
 */
export const presetSources = Object.fromEntries(
  Object.entries(modelShapes).map(([id, { citation }]) => {
    const { title, year } = getSource(citation.source);
    return [id, { title, year }];
  }),
) as Record<ModelShapeId, PresetSource>;
