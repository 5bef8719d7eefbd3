import { useEffect } from 'preact/hooks';
import { recordEstimate } from '~/stores/lastEstimate';

export interface RecordedEstimateOptions {
  /** False for every estimator but the guide's main one (namespace `train`). */
  enabled: boolean;
  /** True while a field is invalid: nothing is recorded then. */
  stale: boolean;
  namespace: string;
  texts: Readonly<Record<string, string>>;
  /** Fields the reader or a link set: none means the worked example, which is nobody's run. */
  overridden: ReadonlySet<string>;
  lowUsd: number;
  highUsd: number;
}

/**
 * Keeps the estimator's current result as the reader's last estimate (the "your run" point on the
 * cost-history chart) once the reader or a link has set a field, while every field is valid;
 * going back to the worked example forgets it.
 */
export function useRecordedEstimate({ enabled, stale, namespace, texts, overridden, lowUsd, highUsd }: RecordedEstimateOptions) {
  const query = new URLSearchParams([...overridden].map((key) => [`${namespace}.${key}`, texts[key] ?? ''])).toString();
  useEffect(() => {
    if (!enabled || stale) return;
    recordEstimate(overridden.size === 0 ? undefined : { lowUsd, highUsd, savedOn: new Date().toISOString().slice(0, 10), query });
  }, [enabled, stale, query, lowUsd, highUsd]);
}
