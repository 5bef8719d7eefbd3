export interface SelectOption<Value extends string> {
  value: Value;
  /** Short enough to show whole inside the select on a phone (about 30 characters at most). */
  label: string;
  /** What the option means in full, shown under the select while it is chosen. */
  description?: string;
}

export interface SelectFieldProps<Value extends string> {
  id: string;
  label: string;
  value: Value;
  options: readonly SelectOption<Value>[];
  onChange: (value: Value) => void;
  /** A line under the select, e.g. the chosen accelerator's dense peak. */
  note?: string;
}

/**
 * Option labels longer than this many characters may be cut in a half-width select at desktop
 * (242 px for the text at 16 px, about 7.5 px a character): such a select takes the whole row
 * instead. A phone's full-width select has about 270 px, so labels stay under 35 characters.
 * The e2e suite measures every option against its select at 390 and 1280 px.
 */
export const halfWidthOptionChars = 30;

/**
 * A labelled select over a fixed catalog (accelerators, presets). The chosen option's
 * description and the note are read under it, tied with `aria-describedby`; a select whose
 * options are long takes the whole row, so no option is cut.
 */
export function SelectField<Value extends string>({ id, label, value, options, onChange, note }: SelectFieldProps<Value>) {
  const noteId = `${id}-note`;
  const description = options.find((option) => option.value === value)?.description;
  const lines = [description, note].filter((line): line is string => line !== undefined && line !== '');
  const wide = options.some((option) => option.label.length > halfWidthOptionChars);
  return (
    <div class={wide ? 'tot-field tot-field-wide' : 'tot-field'}>
      <label for={id}>{label}</label>
      <div class="tot-control">
        <select
          id={id}
          name={id}
          value={value}
          aria-describedby={lines.length > 0 ? noteId : undefined}
          onChange={(event) => {
            const chosen = options.find((option) => option.value === event.currentTarget.value);
            if (chosen) onChange(chosen.value);
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <p id={noteId} class="tot-field-message">
        {lines.length > 0 ? lines.join('. ') : null}
      </p>
    </div>
  );
}
