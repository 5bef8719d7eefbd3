import { formatPercent, formatUsd, type BudgetLine } from '~/lib';

/**
 * One horizontal bar split into a budget's lines, widths proportional to their share. Decorative
 * for screen readers: the list of lines above it carries the same numbers as text.
 */
export function StackedBar({ lines, totalUsd }: { lines: readonly BudgetLine[]; totalUsd: number }) {
  return (
    <div class="tot-stacked-bar" aria-hidden="true">
      {totalUsd > 0
        ? lines
            .filter((line) => line.usd > 0)
            .map((line) => (
              <span
                key={line.id}
                class={`tot-segment tot-swatch-${line.id}`}
                style={{ width: formatPercentWidth(line.usd / totalUsd) }}
                title={`${line.label}: ${formatUsd(line.usd)} (${formatPercent(line.usd / totalUsd)})`}
              />
            ))
        : null}
    </div>
  );
}

/** CSS width for a share; exact (not rounded for display) so segments fill the bar. */
function formatPercentWidth(share: number): string {
  return `${share * 100}%`;
}
