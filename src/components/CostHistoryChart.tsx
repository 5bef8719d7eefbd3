import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { priceBandEnds } from '~/lib/defaultPrices';
import { formatCount, formatUsd } from '~/lib/quantity/format';
import { fitExponentialTrend, predictTrend } from '~/lib/trend';
import { $effectiveAssumptions } from '~/stores/linkAssumptions';
import { CopyLink } from './kit/CopyLink';
import { $lastEstimate } from '~/stores/lastEstimate';
import { withBase } from './kit/withBase';
import type { ChartPoint, CostHistoryData } from './history/chartModel';
import { chartLayouts } from './history/layouts';
import { Mark } from './history/Mark';
import { methodLabels } from './history/methods';
import { PlotLayout } from './history/PlotLayout';
import { PointsTable } from './history/PointsTable';
import { repricedPoints } from './history/repricedPoints';
import { decadeDomain } from './history/scales';
import { yourRunPoint } from './history/yourRun';

export interface CostHistoryChartProps extends CostHistoryData {
  /** Anchor of the chart on its page. */
  id?: string;
}

type Mode = 'published' | 'repriced';
type View = 'chart' | 'table';

/**
 * Training cost of published runs against their date, on a log scale, with a fitted growth trend
 * next to Epoch AI's 2.4× a year, in the manner of Our World in Data's grapher: notable points
 * labelled on the chart, a point's details beside it on hover, focus or a first tap, its run in the
 * training estimator on a second activation, the reader's own last estimate as "your run", and a
 * table view of the same points. Renders the published figures on the server (readable without
 * JavaScript); once hydrated, the reader can re-price the runs at their own prices.
 */
export function CostHistoryChart({ id = 'cost-history-chart', published, repriceable, notRepriceable, epoch, firstYear, lastYear }: CostHistoryChartProps) {
  const assumptions = useStore($effectiveAssumptions, { ssr: 'initial' });
  const lastEstimate = useStore($lastEstimate, { ssr: 'initial' });
  const [mode, setMode] = useState<Mode>('published');
  const [view, setView] = useState<View>('chart');
  const [active, setActive] = useState<string | null>(null);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  const points = mode === 'published' ? published : repricedPoints(repriceable, priceBandEnds(assumptions.pricePerHourUsd, 'low'));
  const fitted = points.filter((p) => p.inTrend);
  const trend = fitExponentialTrend(fitted.map((p) => ({ year: p.year, value: p.costUsd })));
  const yourRun = yourRunPoint(lastEstimate, lastYear);
  const yDomain = decadeDomain([...points.map((p) => p.costUsd), ...(yourRun ? [yourRun.lowUsd, yourRun.highUsd] : [])]);
  const years = fitted.map((p) => p.year);
  const trendYears = { from: Math.min(...years), to: Math.max(...years) };
  const meanYear = years.reduce((sum, year) => sum + year, 0) / years.length;
  // Epoch's rate drawn through the same centre as the fitted line, so only the slopes differ.
  const epochAt = (year: number) => predictTrend(trend, meanYear) * epoch.factor ** (year - meanYear);
  const methods = [...new Set(points.map((p) => p.method))];
  const factor = formatCount(trend.factorPerYear);
  const left = points.filter((p) => !p.inTrend);
  const captionId = `${id}-caption`;

  return (
    <figure id={id} class="tot-history-chart not-content" aria-labelledby={captionId}>
      <div class="tot-history-controls">
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
        <fieldset class="tot-history-mode tot-history-view" disabled={!hydrated}>
          <legend>View</legend>
          <label>
            <input type="radio" name={`${id}-view`} value="chart" checked={view === 'chart'} onChange={() => setView('chart')} />
            chart
          </label>
          <label>
            <input type="radio" name={`${id}-view`} value="table" checked={view === 'table'} onChange={() => setView('table')} />
            table
          </label>
        </fieldset>
      </div>
      {view === 'chart' ? (
        <div class="tot-history-plot" data-mode={mode}>
          {chartLayouts.map((layout) => (
            <PlotLayout key={layout.name} id={id} layout={layout} points={points} trend={trend} epochAt={epochAt} trendYears={trendYears}
              yDomain={yDomain} firstYear={firstYear} lastYear={lastYear} yourRun={yourRun} active={active} onActive={setActive}
              describe={describe} captionId={captionId} />
          ))}
        </div>
      ) : (
        <PointsTable points={points} caption={`The chart's ${points.length} points: run, date, cost and how it was made, with links to each run's page and to the training estimator.`} />
      )}
      <p class="tot-history-hint">
        Hover over, tap or tab to a point for its details beside it; select it again to open that run in the training estimator. A star marks your last estimate, once you make one.
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
      <figcaption id={captionId}>
        Training cost against publication date, log scale:{' '}
        {mode === 'published'
          ? `the headline figure of each of the ${points.length} runs that have one, whatever its method.`
          : `${points.length} runs re-priced as their published accelerator-hours × your price for that accelerator; runs without published hours or a catalogued accelerator (${notRepriceable.join(', ')}) drop out.`}{' '}
        A least-squares fit of ln(cost) against time over {fitted.length} of them gives <output data-trend>×{factor} a year</output> (R² {formatCount(trend.rSquared)})
        {left.length > 0 ? `; ${left.map((p) => p.name).join(', ')}, a post-training stage on top of an earlier run, is plotted but left out of the fit` : ''}.
        Epoch AI find ×{epoch.factor} a year for the amortized hardware and energy cost of frontier runs since 2016 ({epoch.sourceText}).
      </figcaption>
      <CopyLink anchor={id} />
    </figure>
  );
}

function describe(point: ChartPoint): string {
  const next = point.opensEstimator ? 'Select again to open it in the training estimator.' : 'Select again for its page.';
  return `${point.name}, ${point.date}: ${formatUsd(point.costUsd)}, ${point.basis}. Source: ${point.sourceText}. ${next}`;
}
