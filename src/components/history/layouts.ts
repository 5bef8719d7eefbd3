/**
 * The cost-history chart's two drawings: a narrow one for phones and a wide one for desktop
 * columns. Both are rendered; a container query shows the one whose text stays between 11 and
 * about 16 px at the width it gets, so nothing moves when the page hydrates.
 */
import { labelMetricsFor, type Box, type LabelMetrics } from './labels';

export interface ChartLayout {
  name: 'narrow' | 'wide';
  /** Drawing units of the SVG viewBox. */
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Text size in drawing units. */
  fontSize: number;
  labels: LabelMetrics;
  /**
   * Least room beside a point, as a fraction of the drawing's width, for its details card to sit
   * there; with less, the card spans the drawing clear of the point's row (always, on a phone).
   */
  cardBeside: number;
}

/**
 * Narrow: 340 units drawn 302–416 px wide (0.89–1.22 px per unit: a 360 px phone to the 26rem
 * cap), so 13-unit text is 11.5–15.9 px.
 * Wide: 680 units drawn from 576 px (0.85 px per unit), so 14-unit text is at least 11.9 px.
 */
export const chartLayouts: readonly ChartLayout[] = [
  { name: 'narrow', width: 340, height: 320, margin: { top: 12, right: 10, bottom: 50, left: 64 }, fontSize: 13, labels: labelMetricsFor(13, 6), cardBeside: 1 },
  { name: 'wide', width: 680, height: 400, margin: { top: 14, right: 16, bottom: 52, left: 76 }, fontSize: 14, labels: labelMetricsFor(14, 10), cardBeside: 0.4 },
];

/** The plot area of a layout, inside its margins. */
export function plotBox({ width, height, margin }: ChartLayout): Box {
  return { left: margin.left, top: margin.top, right: width - margin.right, bottom: height - margin.bottom };
}
