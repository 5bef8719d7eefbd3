import { authorYear, getSource, modelShapeSources, type ModelShapeId } from '~/lib';

/** Where a preset's shape was published, as the parameter counter names it. */
export interface PresetSource {
  title: string;
  /** "Name (year)", e.g. "Touvron et al. (2023)". */
  cited: string;
  /** Where in that source the shape is: "Table 1". */
  locator?: string;
  /** Where its published size is printed: "model information table". */
  publishedLocator?: string;
}

/**
 * The source of each preset's shape, looked up on the server and passed to the parameter counter
 * as a prop, so the browser gets these few titles and locators instead of the whole bibliography
 * and the presets' citations.
 */
export const presetSources = Object.fromEntries(
  Object.entries(modelShapeSources).map(([id, { citation, publishedCitation }]) => {
    const source = getSource(citation.source);
    return [
      id,
      {
        title: source.title,
        cited: authorYear(source),
        ...(citation.locator === undefined ? {} : { locator: citation.locator }),
        ...(publishedCitation.locator === undefined ? {} : { publishedLocator: publishedCitation.locator }),
      },
    ];
  }),
) as Record<ModelShapeId, PresetSource>;
