/**
 * Geometry of the attention-share chart: a log-2 x axis of context lengths and a linear
 * 0–100% y axis mapped to SVG coordinates. Display only; the shares come from `~/lib`.
 */

/** One drawing of the chart, in SVG user units (it scales to its container), with its text size. */
export interface ShareChartGeometry {
  name: 'narrow' | 'wide';
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  fontSize: number;
}

/**
 * The two drawings: narrow (320 units, drawn from 280 px on a 360 px phone to its 26rem cap, so
 * 13-unit text is 11.4–16.9 px) below 30rem of container, wide (600 units from 480 px, so 14-unit
 * text is at least 11.2 px).
 */
export const shareChartLayouts: readonly ShareChartGeometry[] = [
  { name: 'narrow', width: 320, height: 240, left: 56, right: 12, top: 16, bottom: 52, fontSize: 13 },
  { name: 'wide', width: 600, height: 300, left: 64, right: 18, top: 18, bottom: 54, fontSize: 14 },
];

/** The wide drawing: the default geometry of {@link scales}. */
export const chart: ShareChartGeometry = shareChartLayouts[1]!;

/** Powers of two from below `low` to above `high` (inclusive bounds of the x axis). */
export function contextDomain(chosen: number, low = 512, high = 131_072): [number, number] {
  const from = 2 ** Math.floor(Math.log2(Math.min(low, chosen)));
  const to = 2 ** Math.ceil(Math.log2(Math.max(high, chosen)));
  return [from, to];
}

/** Maps a context length (log 2) and a share (0–1) to SVG x and y in `geometry`. */
export function scales([from, to]: [number, number], geometry: ShareChartGeometry = chart) {
  const plotWidth = geometry.width - geometry.left - geometry.right;
  const plotHeight = geometry.height - geometry.top - geometry.bottom;
  const span = Math.log2(to) - Math.log2(from);
  return {
    x: (context: number) => geometry.left + ((Math.log2(context) - Math.log2(from)) / span) * plotWidth,
    y: (share: number) => geometry.top + (1 - share) * plotHeight,
  };
}

/**
 * Where the marker's label goes so the rising curve does not run through it: above and to the
 * left of the marker (the curve to its left is lower); at the left edge, above and to the right
 * (the curve is nearly flat there, at small shares); below and to the right when there is no room
 * above. `width` is the label's estimated width.
 */
export function markerLabelPlacement(marker: { x: number; y: number }, width: number, geometry: ShareChartGeometry = chart) {
  const gap = 9;
  const roomAbove = marker.y - gap - geometry.fontSize >= 0;
  if (roomAbove && marker.x - gap - width >= geometry.left) return { x: marker.x - gap, y: marker.y - gap, anchor: 'end' as const };
  if (roomAbove) return { x: marker.x + gap, y: marker.y - gap, anchor: 'start' as const };
  return { x: marker.x + gap, y: marker.y + gap + geometry.fontSize, anchor: 'start' as const };
}

/** `count` context lengths spaced evenly on the log axis, ends included. */
export function logSamples([from, to]: [number, number], count = 64): number[] {
  const step = (Math.log2(to) - Math.log2(from)) / (count - 1);
  return Array.from({ length: count }, (_, i) => 2 ** (Math.log2(from) + i * step));
}

/** Power-of-two ticks, every other one (counted from the right end) when there are more than nine. */
export function contextTicks([from, to]: [number, number]): number[] {
  const ticks: number[] = [];
  for (let n = from; n <= to; n *= 2) ticks.push(n);
  return ticks.length > 9 ? ticks.filter((_, i) => (ticks.length - 1 - i) % 2 === 0) : ticks;
}

/** Context lengths the way model cards write them: 512, 4k, 128k, 1M (k = 1,024). */
export function contextLabel(n: number): string {
  if (n >= 1_048_576 && n % 1_048_576 === 0) return `${n / 1_048_576}M`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024}k`;
  return n.toLocaleString('en-US');
}

/** An SVG path through points. */
export function linePath(points: ReadonlyArray<[number, number]>): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`).join(' ');
}
