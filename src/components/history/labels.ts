/**
 * Direct labels for the cost-history chart's notable points, placed so that no two overlap and
 * none covers another point or leaves the plot: the reader's own run, then the most expensive, the
 * cheapest, the latest and the earliest run, then the rest by cost, each tried right, left, above
 * and below its mark, then at its corners, and left out when no position is free. Layout only: no drawing, no data.
 */

/** A plotted point in drawing units. */
export interface LabelTarget {
  runId: string;
  text: string;
  x: number;
  y: number;
  costUsd: number;
  year: number;
  /** Claims its label before every other point (the reader's own run). */
  first?: boolean;
}

/** A placed label: where its text starts and how it is anchored, with its box for checks. */
export interface PlacedLabel {
  runId: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

/** An axis-aligned rectangle in drawing units. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Drawing sizes the placement assumes, in drawing units. */
export interface LabelMetrics {
  /** Average advance of one character at the label's font size. */
  charWidth: number;
  /** Height of a line of label text (the font size). */
  height: number;
  /** Space between a mark and its label. */
  gap: number;
  /** Half the size of a mark: no label may cover one. */
  markRadius: number;
  /** Most labels drawn. */
  most: number;
}

/** Label sizes for a font of `fontSize` units: a character is about 0.56 em wide in the site's sans-serif. */
export function labelMetricsFor(fontSize: number, most = 8): LabelMetrics {
  return { charWidth: 0.564 * fontSize, height: fontSize, gap: 8, markRadius: 6, most };
}

/** Drawing sizes for labels of 11 units. */
export const labelMetrics: LabelMetrics = labelMetricsFor(11);

/** True when two boxes share any area. */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function inside(box: Box, bounds: Box): boolean {
  return box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom;
}

/** Up to `most` points in the order they claim a label. */
function byPriority(points: readonly LabelTarget[], most: number): LabelTarget[] {
  if (points.length === 0) return [];
  const pick = (better: (a: LabelTarget, b: LabelTarget) => boolean) => points.reduce((best, p) => (better(p, best) ? p : best));
  const first = [
    pick((a, b) => a.costUsd > b.costUsd),
    pick((a, b) => a.costUsd < b.costUsd),
    pick((a, b) => a.year > b.year),
    pick((a, b) => a.year < b.year),
  ];
  const rest = [...points].sort((a, b) => b.costUsd - a.costUsd);
  return [...new Set([...points.filter((p) => p.first), ...first, ...rest])].slice(0, most);
}

/**
 * Labels for the notable points among `points`, none overlapping another label or another point's
 * mark, all inside `bounds`.
 */
export function placeLabels(points: readonly LabelTarget[], bounds: Box, metrics: LabelMetrics = labelMetrics): PlacedLabel[] {
  const { charWidth, height, gap, markRadius, most } = metrics;
  const marks = points.map((p) => ({
    runId: p.runId,
    box: { left: p.x - markRadius, top: p.y - markRadius, right: p.x + markRadius, bottom: p.y + markRadius },
  }));
  const placed: PlacedLabel[] = [];
  for (const point of byPriority(points, most)) {
    const width = point.text.length * charWidth;
    const candidates: Omit<PlacedLabel, 'runId' | 'text'>[] = [
      { x: point.x + gap, y: point.y + height / 3, anchor: 'start', box: { left: point.x + gap, top: point.y - height / 2, right: point.x + gap + width, bottom: point.y + height / 2 } },
      { x: point.x - gap, y: point.y + height / 3, anchor: 'end', box: { left: point.x - gap - width, top: point.y - height / 2, right: point.x - gap, bottom: point.y + height / 2 } },
      { x: point.x, y: point.y - gap, anchor: 'middle', box: { left: point.x - width / 2, top: point.y - gap - height, right: point.x + width / 2, bottom: point.y - gap } },
      { x: point.x, y: point.y + gap + height, anchor: 'middle', box: { left: point.x - width / 2, top: point.y + gap, right: point.x + width / 2, bottom: point.y + gap + height } },
      // Then the four corners, for a point among neighbours on both sides.
      { x: point.x - gap / 2, y: point.y - gap, anchor: 'end', box: { left: point.x - gap / 2 - width, top: point.y - gap - height, right: point.x - gap / 2, bottom: point.y - gap } },
      { x: point.x + gap / 2, y: point.y - gap, anchor: 'start', box: { left: point.x + gap / 2, top: point.y - gap - height, right: point.x + gap / 2 + width, bottom: point.y - gap } },
      { x: point.x - gap / 2, y: point.y + gap + height, anchor: 'end', box: { left: point.x - gap / 2 - width, top: point.y + gap, right: point.x - gap / 2, bottom: point.y + gap + height } },
      { x: point.x + gap / 2, y: point.y + gap + height, anchor: 'start', box: { left: point.x + gap / 2, top: point.y + gap, right: point.x + gap / 2 + width, bottom: point.y + gap + height } },
    ];
    const free = candidates.find(
      ({ box }) =>
        inside(box, bounds) &&
        !placed.some((label) => overlaps(label.box, box)) &&
        !marks.some((mark) => overlaps(mark.box, box)),
    );
    if (free) placed.push({ runId: point.runId, text: point.text, ...free });
  }
  return placed;
}
