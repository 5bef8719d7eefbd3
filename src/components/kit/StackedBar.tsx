import { formatPercent } from '~/lib';

/** One part of a {@link StackedBar}. */
export interface BarSegment {
  /** Stable key; also picks the segment's colour and pattern (`data-part`). */
  key: string;
  label: string;
  value: number;
  /** The value as the reader should read it, e.g. "13.5 GB". */
  text: string;
  /** Extra class for the segment's colour, where a page styles its own parts (the budget's lines). */
  colourClass?: string;
}

export interface StackedBarProps {
  /** What the bar shows, read first by screen readers, e.g. "Memory per device". */
  label: string;
  segments: readonly BarSegment[];
  /** Scale of the bar (100% width); defaults to the sum of the segments. */
  scale?: number;
  /** A marker line at this value, e.g. the device's memory. */
  limit?: { value: number; text: string };
  /**
   * Show the legend, which repeats every value in text. Default `true`; `false` makes the bar
   * decorative (hidden from screen readers), for a page that lists the same values beside it.
   */
  legend?: boolean;
}

/**
 * A horizontal stacked bar of divs with a legend that repeats every value in text, so the parts
 * are told apart by label, order and pattern, not by colour alone. Server-rendered; no layout
 * shift (widths are percentages). Shares print as the library's percentages, so a small part
 * reads 0.04%, never 0%.
 */
export function StackedBar({ label, segments, scale, limit, legend = true }: StackedBarProps) {
  const sum = segments.reduce((total, segment) => total + segment.value, 0);
  const full = Math.max(scale ?? sum, sum, limit?.value ?? 0);
  const percent = (value: number) => (full > 0 ? (100 * value) / full : 0);
  const share = (value: number) => (sum > 0 ? formatPercent(value / sum) : '0%');
  const description = `${label}: ${segments.map((s) => `${s.label} ${s.text} (${share(s.value)})`).join(', ')}${limit ? `; ${limit.text}` : ''}`;
  const track = (
    <div class="tot-stack-track" {...(legend ? { role: 'img', 'aria-label': description } : { 'aria-hidden': 'true' })}>
      {segments.map((segment) => (
        <div
          key={segment.key}
          class={segment.colourClass ? `tot-stack-segment ${segment.colourClass}` : 'tot-stack-segment'}
          data-part={segment.key}
          style={{ width: `${percent(segment.value)}%` }}
          title={legend ? undefined : `${segment.label}: ${segment.text} (${share(segment.value)})`}
        />
      ))}
      {limit ? (
        <div class="tot-stack-limit" style={{ left: `${percent(limit.value)}%` }} aria-hidden="true">
          <span>{limit.text}</span>
        </div>
      ) : null}
    </div>
  );
  if (!legend) return <div class="tot-stack tot-result-wide">{track}</div>;
  return (
    <figure class="tot-stack">
      {track}
      <figcaption>
        <ul class="tot-stack-legend">
          {segments.map((segment) => (
            <li key={segment.key}>
              <span class={segment.colourClass ? `tot-stack-swatch ${segment.colourClass}` : 'tot-stack-swatch'} data-part={segment.key} aria-hidden="true" />
              <span class="tot-stack-name">{segment.label}</span>{' '}
              <span class="tot-stack-value">
                {segment.text} · {share(segment.value)}
              </span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
