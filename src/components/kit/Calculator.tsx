import type { ComponentChildren } from 'preact';

export interface CalculatorProps {
  /** Anchor of the calculator on its page, e.g. `training-estimator`. */
  id: string;
  title: string;
  /** True while any input is invalid: results show the last valid computation. */
  stale: boolean;
  inputs: ComponentChildren;
  results: ComponentChildren;
  footer?: ComponentChildren;
}

/**
 * The frame every calculator shares: a titled region with its inputs, then its results
 * in a polite live region so screen readers hear recomputed values without being interrupted.
 */
export function Calculator({ id, title, stale, inputs, results, footer }: CalculatorProps) {
  const titleId = `${id}-title`;
  return (
    <section id={id} class="tot-calculator not-content" aria-labelledby={titleId}>
      {/* Not a heading: the article's own heading introduces the calculator and owns the anchor in the TOC. */}
      <p id={titleId} class="tot-calculator-title">
        {title}
      </p>
      <form class="tot-inputs" onSubmit={(event) => event.preventDefault()}>
        {inputs}
      </form>
      <div class="tot-results" aria-live="polite" data-stale={stale ? 'true' : undefined}>
        {stale ? (
          <p class="tot-stale-note">Showing the last valid result: fix the marked field to update it.</p>
        ) : null}
        {results}
      </div>
      {footer ? <div class="tot-calculator-footer">{footer}</div> : null}
    </section>
  );
}
