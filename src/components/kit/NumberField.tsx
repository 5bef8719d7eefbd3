import type { Band, ParsedBand } from '~/lib';

export interface NumberFieldProps {
  /** Unique within the page: the calculator id and the field's key, e.g. `train-params`. */
  id: string;
  label: string;
  /** What the field shows. */
  text: string;
  /** `text` parsed: its value, or why it is invalid. */
  parsed: ParsedBand;
  onText: (text: string) => void;
  /** Plain-language reading of the current value, e.g. "65.2 billion parameters". */
  describe: (value: Band) => string;
  /** What to type, shown under the field, e.g. "e.g. 70B, 1.4T or 2e12". */
  hint?: string;
}

/**
 * A text input that takes what people type (`70B`, `1.4T`, `$2.50`, `1,024`). Valid text
 * shows its meaning; invalid text marks the field (`aria-invalid`) and says why, tied to
 * the input with `aria-describedby`.
 */
export function NumberField({ id, label, text, parsed, onText, describe, hint }: NumberFieldProps) {
  const messageId = `${id}-message`;
  const invalid = !parsed.ok;
  return (
    <div class="tot-field" data-invalid={invalid ? 'true' : undefined}>
      <label for={id}>{label}</label>
      <input
        id={id}
        name={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellcheck={false}
        value={text}
        aria-invalid={invalid ? 'true' : 'false'}
        aria-describedby={messageId}
        onInput={(event) => onText(event.currentTarget.value)}
      />
      <p id={messageId} class="tot-field-message" role={invalid ? 'alert' : undefined}>
        {parsed.ok ? describe(parsed.value) : parsed.message}
        {hint && !invalid ? <span class="tot-field-hint"> · {hint}</span> : null}
      </p>
    </div>
  );
}
