import { useEffect, useRef, useState } from 'preact/hooks';
import {
  formatQuantity,
  parseBand,
  sliderPosition,
  sliderValue,
  stepQuantityText,
  type Band,
  type ParseBandOptions,
  type ParsedBand,
  type SliderScale,
} from '~/lib';

export interface NumberFieldProps {
  /** Unique within the page: the calculator id and the field's key, e.g. `train-params`. */
  id: string;
  label: string;
  /** What the field holds (the committed text). */
  text: string;
  /** `text` parsed: its value, or why it is invalid. */
  parsed: ParsedBand;
  /** Commits a new text: the calculator recomputes from it. */
  onText: (text: string) => void;
  /** Plain-language reading of the current value, e.g. "65.2 billion parameters". */
  describe: (value: Band) => string;
  /** What to type, shown under the field, e.g. "e.g. 70B, 1.4T or 2e12". */
  hint?: string;
  /**
   * How the field reads its text (`useCalculatorState`'s `rules`). With them, ArrowUp and
   * ArrowDown step the value (Shift: ten times the step) and the line under the field reads
   * what is being typed before it is committed.
   */
  rules?: ParseBandOptions;
  /** A slider under the field, synced with the text, for the quantities readers explore most. */
  slider?: SliderProps;
}

/** A slider's track and its accessible name. */
export interface SliderProps extends SliderScale {
  /**
   * The slider's own accessible name, e.g. "Model size": it must differ from the field's label,
   * which names the text box, and should not contain it.
   */
  label: string;
}

/** How long typing may pause before what was typed counts as the reader's value. */
export const commitPauseMs = 600;

/** Input that arrives whole (paste, drop, autocorrect): it is complete, not a keystroke prefix. */
const wholeInputTypes = new Set(['insertFromPaste', 'insertFromDrop', 'insertReplacementText', 'insertFromYank']);

/**
 * A text input that takes what people type (`70B`, `1.4T tokens`, `$2.50/h`, `1,024`). Valid text
 * shows its meaning; invalid text marks the field (`aria-invalid`) and says why, tied to the input
 * with `aria-describedby`.
 *
 * Text typed key by key counts once it is whole: when the reader pauses ({@link commitPauseMs}),
 * presses Enter or leaves the field. Until then the calculator keeps its last result, so "1e400"
 * never computes for "1e4" on the way. Text that arrives whole (pasted, filled in by the browser,
 * a script or assistive technology, or replayed after hydration) counts at once.
 */
export function NumberField({ id, label, text, parsed, onText, describe, hint, rules, slider }: NumberFieldProps) {
  const messageId = `${id}-message`;
  const [draft, setDraft] = useState<string | null>(null);
  const typing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const lastValid = useRef<Band | undefined>(parsed.ok ? parsed.value : undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (next: string) => {
    clearTimeout(timer.current);
    setDraft(null);
    if (next !== text) onText(next);
  };

  // While typing: a draft that already reads as a value shows that reading and clears the error;
  // a half-typed one changes nothing yet.
  const live = draft !== null && rules ? parseBand(draft, rules) : undefined;
  const shown = live?.ok ? live : parsed;
  if (parsed.ok) lastValid.current = parsed.value;
  const invalid = !shown.ok;

  return (
    <div class="tot-field" data-invalid={invalid ? 'true' : undefined}>
      <label for={id}>{label}</label>
      <div class="tot-control">
        <input
          id={id}
          name={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellcheck={false}
          value={draft ?? text}
          aria-invalid={invalid ? 'true' : 'false'}
          aria-describedby={messageId}
          onKeyDown={(event) => {
            const { key } = event;
            if (rules && (key === 'ArrowUp' || key === 'ArrowDown') && !event.altKey && !event.ctrlKey && !event.metaKey) {
              event.preventDefault();
              const next = stepQuantityText(event.currentTarget.value, { ...rules, direction: key === 'ArrowUp' ? 1 : -1, large: event.shiftKey });
              if (next !== undefined) commit(next);
            } else if (key === 'Enter') {
              commit(event.currentTarget.value);
            } else {
              // Keys that write into the field; with Ctrl or ⌘ they are shortcuts (paste, undo).
              const writes = key.length === 1 || key === 'Backspace' || key === 'Delete' || key === 'Unidentified' || key === 'Process';
              typing.current = writes && !event.ctrlKey && !event.metaKey;
            }
          }}
          onInput={(event) => {
            const next = event.currentTarget.value;
            const keyByKey = typing.current && !wholeInputTypes.has((event as InputEvent).inputType ?? '');
            typing.current = false;
            if (!keyByKey) {
              commit(next);
              return;
            }
            setDraft(next);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => commit(next), commitPauseMs);
          }}
          onBlur={(event) => {
            if (draft !== null) commit(event.currentTarget.value);
          }}
        />
        {slider && rules ? (
          <Slider
            {...slider}
            rules={rules}
            value={(live?.ok ? live.value : lastValid.current)?.low ?? slider.min}
            describe={(value) => describe({ low: value, high: value })}
            onValue={commit}
          />
        ) : null}
      </div>
      <p id={messageId} class="tot-field-message" role={invalid ? 'alert' : undefined}>
        {shown.ok ? describe(shown.value) : shown.message}
        {hint && !invalid ? <span class="tot-field-hint"> · {hint}</span> : null}
      </p>
    </div>
  );
}

interface SliderInternals extends SliderProps {
  rules: ParseBandOptions;
  value: number;
  describe: (value: number) => string;
  onValue: (text: string) => void;
}

/** A native range input over the field's value: keyboard, pointer and touch for free. */
function Slider({ label, rules, value, describe, onValue, ...track }: SliderInternals) {
  const position = sliderPosition(value, track);
  return (
    <input
      type="range"
      class="tot-slider"
      min={0}
      max={track.steps}
      step={1}
      value={position}
      aria-label={label}
      aria-valuetext={describe(value)}
      onInput={(event) => {
        const next = sliderValue(Number(event.currentTarget.value), track);
        onValue(formatQuantity(rules.integer ? Math.round(next) : next, rules.kind));
      }}
    />
  );
}
