import type { ComponentChildren } from 'preact';

export interface ScrollRegionProps {
  /** What the region holds, read out when it takes focus, e.g. the table's caption. */
  label: string;
  children: ComponentChildren;
}

/**
 * A box that scrolls sideways when a table inside a calculator is wider than a phone. It takes
 * focus, so a keyboard reader can scroll it with the arrow keys (WCAG 2.1.1; axe
 * `scrollable-region-focusable`), and it is a named region, so that focus is announced.
 */
export function ScrollRegion({ label, children }: ScrollRegionProps) {
  return (
    <div class="tot-ft-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
