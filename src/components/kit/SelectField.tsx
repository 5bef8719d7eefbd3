export interface SelectOption<Value extends string> {
  value: Value;
  label: string;
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

/** A labelled select over a fixed catalog (accelerators, presets). */
export function SelectField<Value extends string>({ id, label, value, options, onChange, note }: SelectFieldProps<Value>) {
  const noteId = `${id}-note`;
  return (
    <div class="tot-field">
      <label for={id}>{label}</label>
      <select
        id={id}
        name={id}
        value={value}
        aria-describedby={note ? noteId : undefined}
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
      {note ? (
        <p id={noteId} class="tot-field-message">
          {note}
        </p>
      ) : null}
    </div>
  );
}
