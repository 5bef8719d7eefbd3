import { contextDomain, contextLabel, contextTicks, linePath, logSamples, markerLabelPlacement, scales, shareChartLayouts, type ShareChartGeometry } from './shareChart';

export interface ShareChartFigureProps {
  /** Prefix for the drawings' ids. */
  id: string;
  /** Attention's share of training FLOPs (0–1) at a context length. */
  share: (contextLength: number) => number;
  /** The chosen context length: the marker. */
  context: number;
  /** The marker's label, e.g. "4k: 7.66%". */
  markerLabel: string;
  /** The drawing's text alternative: the shares at the ticks. */
  description: string;
}

/** Share ticks of the y axis. */
const shareTicks = [0, 0.25, 0.5, 0.75, 1];

/** A character's average width at a font size, for placing the marker's label. */
const charWidth = (fontSize: number) => 0.6 * fontSize;

function Drawing({ id, share, context, markerLabel, description, geometry }: ShareChartFigureProps & { geometry: ShareChartGeometry }) {
  const domain = contextDomain(context);
  const { x, y } = scales(domain, geometry);
  const ticks = contextTicks(domain);
  const plotBottom = geometry.height - geometry.bottom;
  const path = linePath(logSamples(domain).map((n) => [x(n), y(share(n))]));
  const marker = { x: x(context), y: y(share(context)) };
  const label = markerLabelPlacement(marker, markerLabel.length * charWidth(geometry.fontSize), geometry);
  const titleId = `${id}-${geometry.name}-svg-title`;
  const descId = `${id}-${geometry.name}-svg-desc`;
  return (
    <svg class={`tot-share-drawing tot-share-drawing-${geometry.name}`} viewBox={`0 0 ${geometry.width} ${geometry.height}`} style={{ fontSize: `${geometry.fontSize}px` }}
      role="img" aria-labelledby={`${titleId} ${descId}`}>
      <title id={titleId}>Attention share of training FLOPs per token against context length</title>
      <desc id={descId}>{description}</desc>
      {shareTicks.map((tick) => (
        <g key={tick} class="tot-chart-grid">
          <line x1={geometry.left} x2={geometry.width - geometry.right} y1={y(tick)} y2={y(tick)} />
          <text x={geometry.left - 6} y={y(tick)} dy="0.32em" text-anchor="end">{`${tick * 100}%`}</text>
        </g>
      ))}
      {ticks.map((n, index) => (
        // The first tick starts at the axis, clear of the "0%" beside it.
        <text key={n} class="tot-chart-tick" x={x(n)} y={plotBottom + geometry.fontSize + 4} text-anchor={index === 0 ? 'start' : 'middle'}>
          {contextLabel(n)}
        </text>
      ))}
      <text class="tot-chart-axis" x={(geometry.left + geometry.width - geometry.right) / 2} y={geometry.height - 6} text-anchor="middle">
        Context length (tokens, log scale)
      </text>
      <text class="tot-chart-axis" transform={`translate(${geometry.fontSize}, ${(geometry.top + plotBottom) / 2}) rotate(-90)`} text-anchor="middle">
        Attention’s share of FLOPs
      </text>
      <path class="tot-chart-line" d={path} />
      <line class="tot-chart-marker-line" x1={marker.x} x2={marker.x} y1={plotBottom} y2={marker.y} />
      <circle class="tot-chart-marker" cx={marker.x} cy={marker.y} r="5" />
      <text class="tot-chart-marker-label" x={label.x} y={label.y} text-anchor={label.anchor}>
        {markerLabel}
      </text>
    </svg>
  );
}

/**
 * The attention-share chart's figure: a narrow and a wide drawing, one shown by a container query
 * so its text stays at least 11 px wide on a phone and readable on desktop, with axis titles and
 * the marker's label kept off the curve.
 */
export function ShareChartFigure(props: ShareChartFigureProps) {
  return (
    <figure class="tot-result tot-result-wide tot-share-chart">
      {shareChartLayouts.map((geometry) => (
        <Drawing key={geometry.name} {...props} geometry={geometry} />
      ))}
    </figure>
  );
}
