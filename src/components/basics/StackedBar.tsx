import { formatPercent } from '~/lib';

/** One part of a {@link StackedBar}. */
export interface BarSegment {
  /** Stable key; also picks the segment's colour and pattern (`data-part`). */
  key: string;
  label: string;
  value: number;
  /** The value as the reader should read it, e.g. "13.5 GB". */
  text: string;
}

export interface StackedBarProps {
  /** What the bar shows, read first by screen readers, e.g. "Memory per device". */
  label: string;
  segments: readonly BarSegment[];
  /** Scale of the bar (100% width); defaults to the sum of the segments. */
  scale?: number;
  /** A marker line at this value, e.g. the device's memory. */
  limit?: { value: number; text: string };
}

/**
 * A horizontal stacked bar of divs with a legend that repeats every value in text, so the
 * parts are told apart by label, order and pattern, not by colour alone. Server-rendered; no
 * layout shift (widths are percentages).
 */
export function StackedBar({ label, segments, scale, limit }: StackedBarProps) {
  const sum = segments.reduce((total, segment) => total + segment.value, 0);
  const full = Math.max(scale ?? sum, sum, limit?.value ?? 0);
  const percent = (value: number) => (full > 0 ? (100 * value) / full : 0);
  const share = (value: number) => formatPercent(sum > 0 ? value / sum : 0);
  const description = `${label}: ${segments.map((s) => `${s.label} ${s.text} (${share(s.value)})`).join(', ')}${limit ? `; ${limit.text}` : ''}`;
  return (
    <figure class="tot-stack">
      <div class="tot-stack-track" role="img" aria-label={description}>
        {segments.map((segment) => (
          <div
            key={segment.key}
            class="tot-stack-segment"
            data-part={segment.key}
            style={{ width: `${percent(segment.value)}%` }}
          />
        ))}
        {limit ? (
          <div class="tot-stack-limit" style={{ left: `${percent(limit.value)}%` }} aria-hidden="true">
            <span>{limit.text}</span>
          </div>
        ) : null}
      </div>
      <figcaption>
        <ul class="tot-stack-legend">
          {segments.map((segment) => (
            <li key={segment.key}>
              <span class="tot-stack-swatch" data-part={segment.key} aria-hidden="true" />
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
