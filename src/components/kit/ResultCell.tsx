import type { ComponentChildren } from 'preact';

export interface ResultCellProps {
  /** Ids of the inputs this result is computed from (the `for` of `<output>`). */
  inputs: readonly string[];
  label: string;
  /** The formatted value with its unit, e.g. "$4.06M". */
  value: string;
  /** A second reading, e.g. "1.02 million accelerator-hours". */
  detail?: string;
  children?: ComponentChildren;
}

/** One computed result, as an `<output>` tied to the inputs it derives from. */
export function ResultCell({ inputs, label, value, detail, children }: ResultCellProps) {
  return (
    <div class="tot-result">
      <span class="tot-result-label">{label}</span>
      <output class="tot-result-value" for={inputs.join(' ')}>
        {value}
      </output>
      {detail ? <span class="tot-result-detail">{detail}</span> : null}
      {children}
    </div>
  );
}
