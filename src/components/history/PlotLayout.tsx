import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { formatUsd } from '~/lib/quantity/format';
import { predictTrend, type ExponentialTrend } from '~/lib/trend';
import type { ChartPoint } from './chartModel';
import { plotBox, type ChartLayout } from './layouts';
import { placeLabels } from './labels';
import { Mark, Star } from './Mark';
import { PointCard } from './PointCard';
import { linearScale, logScale } from './scales';
import type { YourRunPoint } from './yourRun';

export interface PlotLayoutProps {
  /** Prefix for ids inside the drawing. */
  id: string;
  layout: ChartLayout;
  points: readonly ChartPoint[];
  trend: ExponentialTrend;
  /** Epoch AI's rate, drawn through the fitted line's centre. */
  epochAt: (year: number) => number;
  /** First and last year of the fitted points: where the two lines run. */
  trendYears: { from: number; to: number };
  yDomain: { min: number; max: number; ticks: number[] };
  firstYear: number;
  lastYear: number;
  yourRun: YourRunPoint | undefined;
  /** The point whose details show, if any. */
  active: string | null;
  onActive: (runId: string | null) => void;
  describe: (point: ChartPoint) => string;
  captionId: string;
}

/**
 * One drawing of the chart (narrow or wide): axes with titles, the fitted and Epoch lines, direct
 * labels, the reader's run, and the points. A point's details show beside it on hover, focus or a
 * first tap, over the drawing so nothing below moves; a second activation follows its link.
 */
export function PlotLayout(props: PlotLayoutProps) {
  const { id, layout, points, trend, epochAt, trendYears, yDomain, firstYear, lastYear, yourRun, active, onActive, describe, captionId } = props;
  const box = plotBox(layout);
  // A little room before the first year, so its label clears the lowest dollar label.
  const x = linearScale(firstYear - 0.35, lastYear, box.left, box.right);
  const y = logScale(yDomain.min, yDomain.max, box.bottom, box.top);
  const clipId = `${id}-${layout.name}-clip`;
  // Whether the pointer that is activating a point is a touch, and if that point was already open.
  const press = useRef<{ touch: boolean; wasActive: boolean } | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);

  const targets = points.map((p) => ({ runId: p.runId, text: p.name, x: x(p.year), y: y(p.costUsd), costUsd: p.costUsd, year: p.year }));
  const yourRunAt = yourRun ? { x: x(yourRun.year), low: y(yourRun.lowUsd), high: y(yourRun.highUsd), mid: y(Math.sqrt(yourRun.lowUsd * yourRun.highUsd)) } : undefined;
  if (yourRun && yourRunAt) {
    targets.push({ runId: 'your-run', text: 'Your run', x: yourRunAt.x, y: yourRunAt.mid, costUsd: yourRun.highUsd, year: yourRun.year, first: true } as (typeof targets)[number]);
  }
  // Labels may rise into the top margin: the most expensive runs sit near the top gridline.
  const labels = placeLabels(targets, { ...box, top: 0 }, layout.labels);
  const activePoint = points.find((p) => p.runId === active);

  const markHandlers = (point: ChartPoint): JSX.AnchorHTMLAttributes<HTMLAnchorElement> => ({
    onPointerDown: (event) => {
      press.current = { touch: event.pointerType === 'touch', wasActive: active === point.runId };
    },
    onMouseEnter: () => onActive(point.runId),
    onFocus: () => onActive(point.runId),
    onBlur: (event) => {
      if (!wrapper.current?.contains(event.relatedTarget as Node | null)) onActive(null);
    },
    onKeyDown: (event) => {
      if (event.key === 'Escape') onActive(null);
    },
    onClick: (event) => {
      const pressed = press.current;
      press.current = null;
      // A first tap shows the details; the second follows the link.
      if (pressed?.touch && !pressed.wasActive) {
        event.preventDefault();
        onActive(point.runId);
      }
    },
  });

  return (
    <div ref={wrapper} class={`tot-history-layout tot-history-layout-${layout.name}`} data-layout={layout.name} onMouseLeave={() => onActive(null)}>
      <svg viewBox={`0 0 ${layout.width} ${layout.height}`} class="tot-history-svg" style={{ fontSize: `${layout.fontSize}px` }} role="group" aria-labelledby={captionId}>
        <defs>
          <clipPath id={clipId}>
            <rect x={box.left} y={box.top} width={box.right - box.left} height={box.bottom - box.top} />
          </clipPath>
        </defs>
        <g class="tot-axis" aria-hidden="true">
          {yDomain.ticks.map((tick) => (
            <g key={tick}>
              <line class="tot-grid" x1={box.left} x2={box.right} y1={y(tick)} y2={y(tick)} />
              <text x={box.left - 6} y={y(tick)} dy="0.32em" text-anchor="end">
                {formatUsd(tick)}
              </text>
            </g>
          ))}
          {Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i).map((year) => (
            <text key={year} x={x(year)} y={box.bottom + layout.fontSize + 6} text-anchor="middle">
              {`’${String(year).slice(2)}`}
            </text>
          ))}
          <line class="tot-axis-line" x1={box.left} x2={box.right} y1={box.bottom} y2={box.bottom} />
          <text class="tot-axis-title" x={(box.left + box.right) / 2} y={layout.height - 6} text-anchor="middle">
            Publication date
          </text>
          <text class="tot-axis-title" transform={`translate(${layout.fontSize}, ${(box.top + box.bottom) / 2}) rotate(-90)`} text-anchor="middle">
            Training cost, US$ (log scale)
          </text>
        </g>
        <g clip-path={`url(#${clipId})`} aria-hidden="true">
          <line class="tot-epoch" x1={x(trendYears.from)} y1={y(epochAt(trendYears.from))} x2={x(trendYears.to)} y2={y(epochAt(trendYears.to))} />
          <line class="tot-trend" x1={x(trendYears.from)} y1={y(predictTrend(trend, trendYears.from))} x2={x(trendYears.to)} y2={y(predictTrend(trend, trendYears.to))} />
        </g>
        <g class="tot-labels" aria-hidden="true">
          {labels.map((label) => (
            <text key={label.runId} class="tot-label" data-label={label.runId} x={label.x} y={label.y} text-anchor={label.anchor}>
              {label.text}
            </text>
          ))}
        </g>
        {yourRun && yourRunAt ? (
          <a href={yourRun.href} class="tot-your-run" aria-label={`Your last estimate, ${yourRun.savedOn}: ${formatUsd(yourRun.lowUsd)}${yourRun.highUsd > yourRun.lowUsd ? `–${formatUsd(yourRun.highUsd)}` : ''}. Opens it in the training estimator.`}>
            <line class="tot-your-run-range" x1={yourRunAt.x} x2={yourRunAt.x} y1={yourRunAt.low} y2={yourRunAt.high} />
            <Star cx={yourRunAt.x} cy={yourRunAt.mid} />
          </a>
        ) : null}
        {/* Wide hit areas under every mark, so a neighbour's never covers a mark itself; the marks
            above are the links a keyboard or a screen reader reaches. */}
        <g class="tot-mark-hits" aria-hidden="true">
          {points.map((point) => (
            <a key={point.runId} href={point.href} tabIndex={-1} class="tot-mark-hit" data-hit={point.runId} {...markHandlers(point)}>
              <circle cx={x(point.year)} cy={y(point.costUsd)} r="11" />
            </a>
          ))}
        </g>
        <g class="tot-marks">
          {points.map((point) => (
            <a key={point.runId} href={point.href} class="tot-mark" data-run={point.runId} data-cost={point.costUsd} data-active={active === point.runId ? 'true' : undefined} aria-label={describe(point)} {...markHandlers(point)}>
              <circle class="tot-mark-ring" cx={x(point.year)} cy={y(point.costUsd)} r="9" />
              <Mark method={point.method} cx={x(point.year)} cy={y(point.costUsd)} />
            </a>
          ))}
        </g>
      </svg>
      {/* Keyed by run: a new card per point, so moving between points never moves a box (no layout shift). */}
      {activePoint ? <PointCard key={activePoint.runId} point={activePoint} left={x(activePoint.year) / layout.width} top={y(activePoint.costUsd) / layout.height} minSideRoom={layout.cardBeside} /> : null}
    </div>
  );
}
