import type { ComponentChildren } from 'preact';
import { useChangeFlash } from './useChangeFlash';

export interface ResultCellProps {
  /** Ids of the inputs this result is computed from (the `for` of `<output>`). */
  inputs: readonly string[];
  label: string;
  /** The formatted value with its unit, e.g. "$4.06M". */
  value: string;
  /** A second reading, e.g. "1.02 million accelerator-hours". */
  detail?: string;
  /**
   * The answer a reader came for (the cost, the verdict): `Calculator` repeats it in the summary
   * bar that stays in view while the fields are being edited. Name one or two per calculator.
   */
  headline?: boolean;
  children?: ComponentChildren;
}

/** One computed result, as an `<output>` tied to the inputs it derives from; briefly highlighted when it changes. */
export function ResultCell({ inputs, label, value, detail, headline = false, children }: ResultCellProps) {
  const changed = useChangeFlash(value);
  return (
    <div class={headline ? 'tot-result tot-result-headline' : 'tot-result'}>
      <span class="tot-result-label">{label}</span>
      <output class="tot-result-value" for={inputs.join(' ')} data-changed={changed}>
        {value}
      </output>
      {detail ? <span class="tot-result-detail">{detail}</span> : null}
      {children}
    </div>
  );
}
