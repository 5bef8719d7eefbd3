/**
 * Geometry of the attention-share chart: a log-2 x axis of context lengths and a linear
 * 0–100% y axis mapped to SVG coordinates. Display only; the shares come from `~/lib`.
 */

/** SVG user units; the chart scales to its container. */
export const chart = { width: 400, height: 250, left: 54, right: 12, top: 16, bottom: 46 } as const;

/** Powers of two from below `low` to above `high` (inclusive bounds of the x axis). */
export function contextDomain(chosen: number, low = 512, high = 131_072): [number, number] {
  const from = 2 ** Math.floor(Math.log2(Math.min(low, chosen)));
  const to = 2 ** Math.ceil(Math.log2(Math.max(high, chosen)));
  return [from, to];
}

/** Maps a context length (log 2) and a share (0–1) to SVG x and y. */
export function scales([from, to]: [number, number]) {
  const plotWidth = chart.width - chart.left - chart.right;
  const plotHeight = chart.height - chart.top - chart.bottom;
  const span = Math.log2(to) - Math.log2(from);
  return {
    x: (context: number) => chart.left + ((Math.log2(context) - Math.log2(from)) / span) * plotWidth,
    y: (share: number) => chart.top + (1 - share) * plotHeight,
  };
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
