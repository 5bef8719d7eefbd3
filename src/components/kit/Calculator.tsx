import { toChildArray, type ComponentChildren, type VNode } from 'preact';
import { useRef } from 'preact/hooks';
import { ResultCell, type ResultCellProps } from './ResultCell';
import { useChangeFlash } from './useChangeFlash';
import { useEarlyInput } from './useEarlyInput';

export interface CalculatorProps {
  /** Anchor of the calculator on its page, e.g. `training-estimator`. */
  id: string;
  title: string;
  /** True while any input is invalid: results show the last valid computation. */
  stale: boolean;
  inputs: ComponentChildren;
  /** The results; a `ResultCell` marked `headline` is also shown in the summary bar. */
  results: ComponentChildren;
  footer?: ComponentChildren;
}

/** A result repeated in the summary bar. */
export interface Headline {
  label: string;
  value: string;
}

/**
 * The frame every calculator shares: a titled region with the headline results in a summary bar,
 * its inputs, then its results in a polite live region, so screen readers hear recomputed values
 * without being interrupted. The summary bar sits above the fields and, while any field of the
 * calculator has focus, stays in view as the page scrolls (a phone's keyboard leaves little room),
 * so every edit shows its effect where the reader is looking. It repeats what the results say,
 * so it is hidden from screen readers, which hear the results themselves. What the reader typed
 * before the island hydrated is kept (`useEarlyInput`).
 */
export function Calculator({ id, title, stale, inputs, results, footer }: CalculatorProps) {
  const titleId = `${id}-title`;
  const root = useRef<HTMLElement>(null);
  useEarlyInput(root);
  const headlines = collectHeadlines(results);
  return (
    <section id={id} ref={root} class="tot-calculator not-content" aria-labelledby={titleId} onFocusIn={uncoverFocus}>
      {/* Not a heading: the article's own heading introduces the calculator and owns the anchor in the TOC. */}
      <p id={titleId} class="tot-calculator-title">
        {title}
      </p>
      {headlines.length > 0 ? (
        <div class="tot-summary" aria-hidden="true" data-stale={stale ? 'true' : undefined}>
          {headlines.map((headline) => (
            <SummaryItem key={headline.label} {...headline} />
          ))}
        </div>
      ) : null}
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

/**
 * Scrolls a field that just took focus out from under the summary bar, which sticks to the top
 * of the window while a field has focus and could otherwise hide the field being edited.
 */
function uncoverFocus(event: FocusEvent) {
  const field = event.target as HTMLElement;
  const summary = (event.currentTarget as HTMLElement).querySelector('.tot-summary');
  if (summary === null) return;
  requestAnimationFrame(() => {
    const covered = summary.getBoundingClientRect().bottom + summaryClearancePx - field.getBoundingClientRect().top;
    if (covered > 0) window.scrollBy({ top: -covered, behavior: 'instant' });
  });
}

/** Space kept between the summary bar and a field scrolled out from under it. */
const summaryClearancePx = 8;

/**
 * One headline in the summary bar. Its text is drawn by CSS from `data-label` and `data-value`
 * (`::before` and `::after`): the bar repeats what the results already say, so its text stays out
 * of the document's text, where it would be read twice, found twice by find-in-page and copied twice.
 */
function SummaryItem({ label, value }: Headline) {
  const changed = useChangeFlash(value);
  return <span class="tot-summary-item" data-label={label} data-value={value} data-changed={changed} />;
}

/** The `ResultCell`s marked `headline` anywhere in `children` (through fragments and wrappers), in order. */
export function collectHeadlines(children: ComponentChildren): Headline[] {
  return toChildArray(children).flatMap((child): Headline[] => {
    if (typeof child !== 'object') return [];
    const node = child as VNode<Partial<ResultCellProps> & { children?: ComponentChildren }>;
    if (node.type === ResultCell) return node.props.headline ? [{ label: node.props.label ?? '', value: node.props.value ?? '' }] : [];
    return collectHeadlines(node.props.children);
  });
}
