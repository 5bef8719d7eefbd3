import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { assumptionParams, parseBand, type AssumptionPath, type Assumptions, type Band, type ParseBandOptions, type ParsedBand, type PriceUnit, type QuantityKind } from '~/lib';
import { $effectiveAssumptions } from '~/stores/linkAssumptions';
import { recordingAssumptions } from './assumptionReads';
import { readCalculatorParams, scheduleAssumptionWrite, scheduleUrlWrite } from './urlState';

/** What the default of a field may depend on: the reader's shared assumptions and the fields before it. */
export interface DefaultContext<Key extends string> {
  assumptions: Assumptions;
  texts: Partial<Record<Key, string>>;
}

/** A field the reader types a quantity into. */
export interface QuantityFieldSpec<Key extends string> {
  type: 'quantity';
  kind: QuantityKind;
  min?: number;
  max?: number;
  integer?: boolean;
  /** Accept a `low–high` range ("30–50%"): results then show a band. */
  band?: boolean;
  /** What a count counts, plural: "1.4T tokens" is then accepted and limits name it. */
  noun?: string;
  /** What a price is per: "$2.50/h" is then accepted when it is `'hour'`. */
  per?: PriceUnit;
  /** Default text; a function when it follows a shared assumption or another field. */
  default: string | ((context: DefaultContext<Key>) => string);
  /** Set when the default comes from a shared assumption: the calculator lists it. */
  shared?: string;
}

/** A field the reader picks from a fixed set. */
export interface ChoiceFieldSpec<Key extends string> {
  type: 'choice';
  options: readonly string[];
  default: string | ((context: DefaultContext<Key>) => string);
}

export type FieldSpec<Key extends string> = QuantityFieldSpec<Key> | ChoiceFieldSpec<Key>;

export interface CalculatorStateOptions<Key extends string> {
  /** URL namespace, short and stable: `train` gives `?train.params=70B`. */
  namespace: string;
  /** The calculator's anchor id on the page. */
  anchor: string;
  /** Fields in dependency order: a default may read the texts of fields listed before it. */
  fields: Readonly<Record<Key, FieldSpec<Key>>>;
  /**
   * Shared assumptions the calculator reads besides its fields' defaults (those are tracked by
   * themselves), so that its link carries them when the reader has changed them.
   */
  alsoUses?: readonly AssumptionPath[];
}

export interface CalculatorState<Key extends string> {
  /** What each field shows: the reader's override, or the default. */
  texts: Record<Key, string>;
  /** Parse result of each field's text. */
  parsed: Record<Key, ParsedBand>;
  /** How each quantity field reads its text (for stepping with the arrow keys); none for choices. */
  rules: Partial<Record<Key, ParseBandOptions>>;
  /** Numbers to compute from: the current value, or the last valid one while a field is invalid (a band's low end). */
  values: Record<Key, number>;
  /** Like `values`, as bands: equal ends unless the field is a band field given a range. */
  bands: Record<Key, Band>;
  /** Fields whose value the reader (or the link) set, rather than a default. */
  overridden: ReadonlySet<Key>;
  /** True while any field is invalid: results are the last valid ones. */
  stale: boolean;
  set: (key: Key, text: string) => void;
  /** Drops every override: back to the worked example and the shared assumptions. */
  reset: () => void;
}

/**
 * State of one calculator: the reader's overrides over defaults that come from the worked
 * example and the shared assumptions. Right after hydration it applies the link's state
 * (validated, unknown keys ignored) under whatever the reader typed before the island woke up
 * (the `Calculator` frame replays that as edits), and scrolls to the calculator when the link
 * points at it; every edit mirrors the non-default, valid inputs back into the URL. Edits build
 * on the latest state, so several in one event (a preset filling fields) all count.
 */
export function useCalculatorState<Key extends string>(options: CalculatorStateOptions<Key>): CalculatorState<Key> {
  const { namespace, anchor, fields, alsoUses = [] } = options;
  const keys = Object.keys(fields) as Key[];
  const assumptions = useStore($effectiveAssumptions, { ssr: 'initial' });
  const [overrides, setOverrides] = useState<Partial<Record<Key, string>>>({});
  // The latest overrides, ahead of the render: `set` called twice before a re-render keeps both.
  const latest = useRef(overrides);
  const lastValid = useRef<Partial<Record<Key, Band>>>({});

  const resolve = (current: Partial<Record<Key, string>>) => {
    const texts: Partial<Record<Key, string>> = {};
    const defaults: Partial<Record<Key, string>> = {};
    const used = new Set<AssumptionPath>(alsoUses);
    const shared = recordingAssumptions(assumptions, used);
    for (const key of keys) {
      const spec = fields[key];
      defaults[key] = typeof spec.default === 'string' ? spec.default : spec.default({ assumptions: shared, texts });
      texts[key] = current[key] ?? defaults[key];
    }
    return { texts: texts as Record<Key, string>, defaults: defaults as Record<Key, string>, used };
  };
  const { texts, defaults, used } = resolve(overrides);

  // The shared assumptions behind the defaults in use, where the reader (or the link) changed
  // them, go into the link too: without them a recipient would compute with their own.
  const assumptionEntries = assumptionParams(assumptions, used);
  const assumptionKey = JSON.stringify(assumptionEntries);
  const writtenAssumptions = useRef('{}');
  useEffect(() => {
    if (assumptionKey === writtenAssumptions.current) return;
    writtenAssumptions.current = assumptionKey;
    scheduleAssumptionWrite(anchor, assumptionEntries);
  }, [assumptionKey]);

  const parsed = {} as Record<Key, ParsedBand>;
  const bands = {} as Record<Key, Band>;
  const values = {} as Record<Key, number>;
  for (const key of keys) {
    const result = parseField(fields[key], texts[key]);
    parsed[key] = result;
    if (result.ok) lastValid.current[key] = result.value;
    const band = lastValid.current[key];
    // Defaults and link values are validated before use, so only a broken default gets here.
    if (band === undefined) throw new Error(`Calculator "${namespace}": the default of "${key}" ("${texts[key]}") is invalid`);
    bands[key] = band;
    values[key] = band.low;
  }

  const apply = (next: Partial<Record<Key, string>>, writeUrl: boolean) => {
    latest.current = next;
    setOverrides(next);
    if (!writeUrl) return;
    const { defaults: nextDefaults } = resolve(next);
    const entries: Record<string, string> = {};
    for (const key of keys) {
      const text = next[key];
      if (text !== undefined && text !== nextDefaults[key] && parseField(fields[key], text).ok) entries[key] = text.trim();
    }
    scheduleUrlWrite(namespace, anchor, entries);
  };

  useEffect(() => {
    const fromUrl = readCalculatorParams(window.location.search, namespace, keys);
    const valid: Partial<Record<Key, string>> = {};
    for (const key of keys) {
      const text = fromUrl[key];
      if (text !== undefined && parseField(fields[key], text).ok) valid[key] = text;
    }
    // Typed before hydration beats the link; the URL is rewritten only if something was typed.
    const typed = latest.current;
    if (Object.keys(valid).length > 0) apply({ ...valid, ...typed }, Object.keys(typed).length > 0);
    if (window.location.hash === `#${anchor}`) document.getElementById(anchor)?.scrollIntoView();
  }, []);

  return {
    texts,
    parsed,
    rules: rulesOf(fields),
    values,
    bands,
    overridden: new Set(keys.filter((key) => overrides[key] !== undefined && overrides[key] !== defaults[key])),
    stale: keys.some((key) => !parsed[key].ok),
    set: (key, text) => apply({ ...latest.current, [key]: text }, true),
    reset: () => apply({}, true),
  };
}

function parseField<Key extends string>(spec: FieldSpec<Key>, text: string): ParsedBand {
  if (spec.type === 'choice') {
    const index = spec.options.indexOf(text);
    return index === -1
      ? { ok: false, message: `Expected one of: ${spec.options.join(', ')}` }
      : { ok: true, value: { low: index, high: index } };
  }
  return parseBand(text, quantityRules(spec));
}

function rulesOf<Key extends string>(fields: Readonly<Record<Key, FieldSpec<Key>>>): Partial<Record<Key, ParseBandOptions>> {
  const rules: Partial<Record<Key, ParseBandOptions>> = {};
  for (const key of Object.keys(fields) as Key[]) {
    const spec = fields[key];
    if (spec.type === 'quantity') rules[key] = quantityRules(spec);
  }
  return rules;
}

function quantityRules<Key extends string>(spec: QuantityFieldSpec<Key>): ParseBandOptions {
  const { kind, min, max, integer, noun, per } = spec;
  return { kind, min, max, integer, noun, per, range: spec.band === true };
}
