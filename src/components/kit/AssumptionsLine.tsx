import { LinkAssumptionsNote } from './LinkAssumptionsNote';
import { withBase } from './withBase';

export interface UsedAssumption {
  /** e.g. "A100 80GB price". */
  label: string;
  /** e.g. "$3.93/h". */
  value: string;
  /** True when this calculator overrides the shared value. */
  overridden: boolean;
}

/**
 * The compact line that says which shared assumptions a calculator used, with a link to change
 * them; above it, when the opened link set some of them, the note that says so.
 */
export function AssumptionsLine({ used }: { used: readonly UsedAssumption[] }) {
  if (used.length === 0) return null;
  return (
    <>
      <LinkAssumptionsNote />
      <p class="tot-assumptions-line">
        Your assumptions:{' '}
        {used.map(({ label, value, overridden }, index) => (
          <span key={label}>
            {index > 0 ? '; ' : ''}
            {label} {value}
            {overridden ? ' (changed here)' : ''}
          </span>
        ))}
        . <a href={withBase('/reference/assumptions/')}>Change them for the whole guide</a>
      </p>
    </>
  );
}
