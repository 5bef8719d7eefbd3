import { methodShapes, type PlotMethod } from './methods';

/** A point's marker: its shape says how its cost was made, so the legend never relies on colour. */
export function Mark({ method, cx, cy, r = 5 }: { method: PlotMethod; cx: number; cy: number; r?: number }) {
  const shape = methodShapes[method];
  switch (shape) {
    case 'circle':
      return <circle class="tot-mark-shape" data-shape={shape} cx={cx} cy={cy} r={r} />;
    case 'ring':
      return <circle class="tot-mark-shape tot-mark-hollow" data-shape={shape} cx={cx} cy={cy} r={r} />;
    case 'square':
      return <rect class="tot-mark-shape" data-shape={shape} x={cx - r} y={cy - r} width={2 * r} height={2 * r} />;
    case 'triangle':
      return <polygon class="tot-mark-shape tot-mark-hollow" data-shape={shape} points={`${cx},${cy - r - 1} ${cx + r + 1},${cy + r} ${cx - r - 1},${cy + r}`} />;
    case 'triangle-down':
      return <polygon class="tot-mark-shape" data-shape={shape} points={`${cx},${cy + r + 1} ${cx + r + 1},${cy - r} ${cx - r - 1},${cy - r}`} />;
    case 'diamond':
      return <polygon class="tot-mark-shape" data-shape={shape} points={`${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}`} />;
    default:
      throw new Error(`Unknown mark shape ${JSON.stringify(shape satisfies never)}`);
  }
}

/** The reader's own run: a five-pointed star, drawn apart from the published points. */
export function Star({ cx, cy, r = 7 }: { cx: number; cy: number; r?: number }) {
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(cx + radius * Math.cos(angle)).toFixed(2)},${(cy + radius * Math.sin(angle)).toFixed(2)}`;
  });
  return <polygon class="tot-your-run-star" points={points.join(' ')} />;
}
