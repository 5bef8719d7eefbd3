import { costRatio, formatCount, formatUsd } from '~/lib';
import { ResultCell } from '../kit/ResultCell';
import type { TrainingPreset } from '../TrainingEstimator';

/**
 * Under the preset picker: what the chosen run filled in, what came from elsewhere, and a link
 * to the run's page with every figure's source.
 */
export function PresetNote({ preset, id }: { preset: TrainingPreset | undefined; id: string }) {
  if (!preset?.note) return null;
  return (
    <p id={id} class="tot-preset-note">
      {preset.note} Fields you type over keep your value.{' '}
      {preset.href ? <a href={preset.href}>Sources and other estimates for {preset.label}</a> : null}
    </p>
  );
}

/** "0.5×", or a range "0.44–0.73×" when the estimate is a band. */
function ratioText(low: number, high: number): string {
  const [a, b] = [formatCount(low), formatCount(high)];
  return a === b ? `${a}×` : `${a}–${b}×`;
}

/**
 * The run's published cost next to the estimate, and estimate ÷ published: how far the inputs
 * on screen land from the figure the run is known by.
 */
export function PublishedComparison({ preset, inputs, lowUsd, highUsd }: { preset: TrainingPreset | undefined; inputs: readonly string[]; lowUsd: number; highUsd: number }) {
  if (!preset?.published) return null;
  const { published } = preset;
  const ratio = (usd: number) => costRatio({ estimateUsd: usd, publishedUsd: published.usd });
  return (
    <>
      <ResultCell inputs={inputs} label={`Published cost of ${preset.label}`} value={formatUsd(published.usd)} detail={published.basis} />
      <ResultCell inputs={inputs} label="Estimate ÷ published" value={ratioText(ratio(lowUsd), ratio(highUsd))} detail="1× means the estimate matches the published figure" />
    </>
  );
}
