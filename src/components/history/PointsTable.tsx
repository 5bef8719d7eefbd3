import { formatUsd } from '~/lib/quantity/format';
import type { ChartPoint } from './chartModel';

/** The chart's points as a table: the same runs, costs and links, for reading and for keyboards. */
export function PointsTable({ points, caption }: { points: readonly ChartPoint[]; caption: string }) {
  return (
    <div class="tot-history-points-wrap">
      <table class="tot-history-points">
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Run</th>
            <th scope="col">Date</th>
            <th scope="col" class="num">Cost</th>
            <th scope="col">How it was made</th>
            <th scope="col">Open</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.runId} data-run={point.runId}>
              <th scope="row">
                <a href={point.pageHref}>{point.name}</a>
              </th>
              <td>{point.date}</td>
              <td class="num">{formatUsd(point.costUsd)}</td>
              <td>{point.basis}</td>
              <td>{point.opensEstimator ? <a href={point.href}>in the estimator</a> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
