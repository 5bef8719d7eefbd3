import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { priceBandEnds } from '~/lib/defaultPrices';
import { formatCount, formatUsd } from '~/lib/quantity/format';
import { fitExponentialTrend, predictTrend } from '~/lib/trend';
import { $effectiveAssumptions } from '~/stores/linkAssumptions';
import { CopyLink } from './kit/CopyLink';
import { withBase } from './kit/withBase';
import type { ChartPoint, CostHistoryData } from './history/chartModel';
import { repricedPoints } from './history/repricedPoints';
import { methodLabels, methodShapes, type PlotMethod } from './history/methods';
import { decadeDomain, linearScale, logScale } from './history/scales';
import { placeLabels } from './history/labels';

export interface CostHistoryChartProps extends CostHistoryData {
  /** Anchor of the chart on its page. */
  id?: string;
}

type Mode = 'published' | 'repriced';

// Drawing units of the SVG viewBox; it scales to the column, so these are proportions, and the
// text size (12 units) stays legible at 390 px (≈ 10 px) without growing past ≈ 17 px on desktop.
const width = 440;
const height = 300;
const margin = { top: 12, right: 14, bottom: 30, left: 58 };

/**
 * Training cost of published runs against their date, on a log scale, with a fitted growth trend
 * next to Epoch AI's 2.4× a year. Renders the published figures on the server (readable without
 * JavaScript); once hydrated, the reader can re-price the runs at their own prices, and every
 * point shows its details on focus or hover and links to the estimator pre-filled with that run.
 */
export function CostHistoryChart({
  id = 'cost-history-chart',
  published,
  repriceable,
  notRepriceable,
  epoch,
  firstYear,
  lastYear,
}: CostHistoryChartProps) {
  const assumptions = useStore($effectiveAssumptions, { ssr: 'initial' });
  const [mode, setMode] = useState<Mode>('published');
  const [active, setActive] = useState<string | null>(null);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  const points = mode === 'published' ? published : repricedPoints(repriceable, priceBandEnds(assumptions.pricePerHourUsd, 'low'));
  const trend = fitExponentialTrend(points.map((p) => ({ year: p.year, value: p.costUsd })));
  const yDomain = decadeDomain(points.map((p) => p.costUsd));
  // A little room before the first year, so its label clears the lowest dollar label.
  const x = linearScale(firstYear - 0.35, lastYear, margin.left, width - margin.right);
  const y = logScale(yDomain.min, yDomain.max, height - margin.bottom, margin.top);
  const years = points.map((p) => p.year);
  const fromYear = Math.min(...years);
  const toYear = Math.max(...years);
  const meanYear = years.reduce((sum, year) => sum + year, 0) / years.length;
  // Epoch's rate drawn through the same centre as the fitted line, so only the slopes differ.
  const epochAt = (year: number) => predictTrend(trend, meanYear) * epoch.factor ** (year - meanYear);
  const clipId = `${id}-clip`;
  const methods = [...new Set(points.map((p) => p.method))];
  const activePoint = points.find((p) => p.runId === active);
  const factor = formatCount(trend.factorPerYear);
  // The notable points carry their name on the chart itself, not only on hover (no overlaps).
  const labels = placeLabels(
    points.map((p) => ({ runId: p.runId, text: p.name, x: x(p.year), y: y(p.costUsd), costUsd: p.costUsd, year: p.year })),
    { left: margin.left, top: margin.top, right: width - margin.right, bottom: height - margin.bottom },
  );

  return (
    <figure id={id} class="tot-history-chart not-content" aria-labelledby={`${id}-caption`}>
      <fieldset class="tot-history-mode" disabled={!hydrated}>
        <legend>Show</legend>
        <label>
          <input type="radio" name={`${id}-mode`} value="published" checked={mode === 'published'} onChange={() => setMode('published')} />
          published figures ({published.length} runs)
        </label>
        <label>
          <input type="radio" name={`${id}-mode`} value="repriced" checked={mode === 'repriced'} onChange={() => setMode('repriced')} />
          re-priced at <a href={withBase('/reference/assumptions/')}>your prices</a> ({repriceable.length} runs)
        </label>
      </fieldset>
      <svg viewBox={`0 0 ${width} ${height}`} class="tot-history-svg" role="group" aria-labelledby={`${id}-caption`} data-mode={mode}>
        <defs>
          <clipPath id={clipId}>
            <rect x={margin.left} y={margin.top} width={width - margin.left - margin.right} height={height - margin.top - margin.bottom} />
          </clipPath>
        </defs>
        <g class="tot-axis" aria-hidden="true">
          {yDomain.ticks.map((tick) => (
            <g key={tick}>
              <line class="tot-grid" x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} />
              <text x={margin.left - 6} y={y(tick)} dy="0.32em" text-anchor="end">
                {formatUsd(tick)}
              </text>
            </g>
          ))}
          {Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i).map((year) => (
            <text key={year} x={x(year)} y={height - margin.bottom + 18} text-anchor="middle">
              {`’${String(year).slice(2)}`}
            </text>
          ))}
          <line class="tot-axis-line" x1={margin.left} x2={width - margin.right} y1={height - margin.bottom} y2={height - margin.bottom} />
        </g>
        <g clip-path={`url(#${clipId})`} aria-hidden="true">
          <line class="tot-epoch" x1={x(fromYear)} y1={y(epochAt(fromYear))} x2={x(toYear)} y2={y(epochAt(toYear))} />
          <line class="tot-trend" x1={x(fromYear)} y1={y(predictTrend(trend, fromYear))} x2={x(toYear)} y2={y(predictTrend(trend, toYear))} />
        </g>
        <g class="tot-labels" aria-hidden="true">
          {labels.map((label) => (
            <text key={label.runId} class="tot-label" data-label={label.runId} x={label.x} y={label.y} text-anchor={label.anchor}>
              {label.text}
            </text>
          ))}
        </g>
        <g class="tot-marks">
          {points.map((point) => (
            <a
              key={point.runId}
              href={point.href}
              class="tot-mark"
              data-run={point.runId}
              data-cost={point.costUsd}
              aria-label={describe(point)}
              onFocus={() => setActive(point.runId)}
              onBlur={() => setActive(null)}
              onMouseEnter={() => setActive(point.runId)}
              onMouseLeave={() => setActive(null)}
            >
              <title>{describe(point)}</title>
              <circle class="tot-mark-ring" cx={x(point.year)} cy={y(point.costUsd)} r="10" />
              <Mark method={point.method} cx={x(point.year)} cy={y(point.costUsd)} />
            </a>
          ))}
        </g>
      </svg>
      <p class="tot-history-detail" data-active={activePoint ? 'true' : undefined}>
        {activePoint ? (
          <>
            <strong>{activePoint.name}</strong> ({activePoint.date}): {formatUsd(activePoint.costUsd)}, {methodLabels[activePoint.method]}. Source: {activePoint.sourceText}.{' '}
            {activePoint.href.startsWith('#') ? 'Nothing to pre-fill: the developer published no size or hardware.' : 'Select the point to open it in the training estimator.'}
          </>
        ) : (
          'Hover over or tab to a point for its details; select it to open that run in the training estimator.'
        )}
      </p>
      <ul class="tot-history-legend" aria-label="Legend">
        {methods.map((method) => (
          <li key={method}>
            <svg viewBox="-8 -8 16 16" width="16" height="16" aria-hidden="true">
              <Mark method={method} cx={0} cy={0} />
            </svg>
            {methodLabels[method]}
          </li>
        ))}
        <li>
          <svg viewBox="0 0 24 8" width="24" height="8" aria-hidden="true"><line class="tot-trend" x1="0" y1="4" x2="24" y2="4" /></svg>
          fitted trend: ×{factor} a year
        </li>
        <li>
          <svg viewBox="0 0 24 8" width="24" height="8" aria-hidden="true"><line class="tot-epoch" x1="0" y1="4" x2="24" y2="4" /></svg>
          Epoch AI’s ×{epoch.factor} a year, for comparison
        </li>
      </ul>
      <figcaption id={`${id}-caption`}>
        Training cost against publication date, log scale:{' '}
        {mode === 'published'
          ? `the headline figure of each of the ${points.length} runs that have one, whatever its method.`
          : `${points.length} runs re-priced as their published accelerator-hours × your price for that accelerator; runs without published hours or a catalogued accelerator (${notRepriceable.join(', ')}) drop out.`}{' '}
        A least-squares fit of ln(cost) against time gives <output data-trend>×{factor} a year</output> (R² {formatCount(trend.rSquared)}).
        Epoch AI find ×{epoch.factor} a year for the amortized hardware and energy cost of frontier runs since 2016 ({epoch.sourceText}).
      </figcaption>
      <CopyLink anchor={id} />
    </figure>
  );
}

function describe(point: ChartPoint): string {
  return `${point.name}, ${point.date}: ${formatUsd(point.costUsd)}, ${methodLabels[point.method]}. Source: ${point.sourceText}.`;
}

function Mark({ method, cx, cy }: { method: PlotMethod; cx: number; cy: number }) {
  const shape = methodShapes[method];
  const r = 5;
  switch (shape) {
    case 'circle':
      return <circle class="tot-mark-shape" data-shape={shape} cx={cx} cy={cy} r={r} />;
    case 'ring':
      return <circle class="tot-mark-shape tot-mark-hollow" data-shape={shape} cx={cx} cy={cy} r={r} />;
    case 'square':
      return <rect class="tot-mark-shape" data-shape={shape} x={cx - r} y={cy - r} width={2 * r} height={2 * r} />;
    case 'triangle':
      return <polygon class="tot-mark-shape tot-mark-hollow" data-shape={shape} points={`${cx},${cy - r - 1} ${cx + r + 1},${cy + r} ${cx - r - 1},${cy + r}`} />;
    case 'diamond':
      return <polygon class="tot-mark-shape" data-shape={shape} points={`${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}`} />;
    default:
      throw new Error(`Unknown mark shape ${JSON.stringify(shape satisfies never)}`);
  }
}
