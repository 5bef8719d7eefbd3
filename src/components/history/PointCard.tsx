import { formatUsd } from '~/lib/quantity/format';
import type { ChartPoint } from './chartModel';

/** Percent with one decimal, for positioning. */
const pct = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;

/**
 * A point's details, drawn over the chart so opening it moves nothing: beside the point (to its
 * right, or its left past the middle) where `minSideRoom` of the drawing's width is free, else
 * across the drawing, clear of the point; below it in the upper half, above it in the lower half.
 * `left` and `top` are the point's position as fractions of the drawing.
 */
export function PointCard({ point, left, top, minSideRoom }: { point: ChartPoint; left: number; top: number; minSideRoom: number }) {
  const gap = 0.025;
  const onLeft = left > 0.55;
  const room = onLeft ? left - gap : 1 - left - gap;
  const beside = room >= minSideRoom;
  const horizontal = !beside
    ? { left: pct(gap), right: pct(gap) }
    : onLeft
      ? { right: pct(1 - left + gap), maxWidth: `min(18rem, ${pct(room)})` }
      : { left: pct(left + gap), maxWidth: `min(18rem, ${pct(room)})` };
  // Across the drawing, the card keeps clear of the point's row.
  const clearance = beside ? 0 : 0.06;
  const vertical = top < 0.5 ? { top: pct(top + clearance) } : { bottom: pct(1 - top + clearance) };
  return (
    <div class="tot-point-card" data-card={point.runId} data-placement={beside ? 'beside' : 'across'} style={{ ...horizontal, ...vertical }}>
      <p class="tot-point-card-title">
        <strong>{point.name}</strong> ({point.date})
      </p>
      <p>
        <span class="tot-point-card-cost">{formatUsd(point.costUsd)}</span>, {point.basis}.
      </p>
      <p class="tot-point-card-source">Source: {point.sourceText}.</p>
      <p>
        {point.opensEstimator ? (
          <>
            Select the point again to <a href={point.href}>open the estimator on this run</a>, or read <a href={point.pageHref}>its page</a>.
          </>
        ) : (
          <>
            Nothing of this run was published to estimate from: select the point again for <a href={point.pageHref}>its page</a>.
          </>
        )}
      </p>
    </div>
  );
}
