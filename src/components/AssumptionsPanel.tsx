import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import {
  allAssumptionPaths,
  assumptionDefaults,
  assumptionParamNamespace,
  assumptionParams,
  assumptionInfo,
  formatBand,
  formatQuantity,
  getAccelerator,
  mfuInfo,
  parseBand,
  pricedAcceleratorIds,
  type Band,
  type ParseBandOptions,
  type ScalarAssumptionKey,
} from '~/lib';
import { $assumptions, maxPricePerHourUsd, resetAssumptions, setAcceleratorPrice, setAssumption } from '~/stores/assumptions';
import { useClipboard } from './kit/CopyLink';
import { LinkAssumptionsNote } from './kit/LinkAssumptionsNote';
import { NumberField } from './kit/NumberField';
import { useEarlyInput } from './kit/useEarlyInput';
import { writeCalculatorParams } from './kit/urlState';

const scalarKeys = Object.keys(assumptionInfo) as ScalarAssumptionKey[];

/**
 * Edits the shared assumptions every calculator reads. A valid value is saved at once
 * (in this browser only) and every calculator on every page follows it; an invalid one is
 * marked at its field and saves nothing.
 */
export function AssumptionsPanel() {
  const assumptions = useStore($assumptions, { ssr: 'initial' });
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const root = useRef<HTMLElement>(null);
  useEarlyInput(root);
  const [copyStatus, copy] = useClipboard();
  const copyLink = () => {
    const url = new URL(window.location.href);
    url.search = writeCalculatorParams(url.search, assumptionParamNamespace, assumptionParams($assumptions.get(), allAssumptionPaths));
    url.hash = 'assumptions-panel';
    return copy(url.href, 'Link copied: it opens this page with your assumptions, for the recipient to keep or not', 'Copy this link');
  };

  const field = (key: string, saved: string, rules: ParseBandOptions, save: (band: Band) => void) => {
    const text = drafts[key] ?? saved;
    const parsed = parseBand(text, rules);
    return {
      id: `assumption-${key}`,
      text,
      parsed,
      rules,
      onText: (next: string) => {
        setDrafts({ ...drafts, [key]: next });
        const result = parseBand(next, rules);
        if (result.ok) save(result.value);
      },
    };
  };

  return (
    <section id="assumptions-panel" ref={root} class="tot-calculator not-content" aria-labelledby="assumptions-panel-title">
      <p id="assumptions-panel-title" class="tot-calculator-title">
        Your assumptions
      </p>
      <LinkAssumptionsNote />
      <form class="tot-inputs" onSubmit={(event) => event.preventDefault()}>
        <NumberField
          {...field('mfu', formatBand(assumptions.mfu, 'fraction'), { kind: 'fraction', min: mfuInfo.min, max: mfuInfo.max },
            (band) => setAssumption('mfu', band))}
          label={mfuInfo.label}
          describe={(band) => `${formatBand(band, 'fraction')} ${mfuInfo.unit}`}
          hint={`default ${formatBand(assumptionDefaults.mfu, 'fraction')}`}
        />
        {scalarKeys.map((key) => {
          const info = assumptionInfo[key];
          return (
            <NumberField
              key={key}
              {...field(key, formatQuantity(assumptions[key], info.kind), { ...info, range: false }, (band) =>
                setAssumption(key, band.low),
              )}
              label={info.label}
              describe={(band) => `${formatQuantity(band.low, info.kind)} ${info.unit}`}
              hint={`default ${formatQuantity(assumptionDefaults[key], info.kind)}`}
            />
          );
        })}
      </form>
      <p class="tot-field-message">
        Rental price per accelerator-hour, US dollars: a range like $3.20–$6.88 gives every cost a band; one number gives one cost.
      </p>
      <form class="tot-inputs" onSubmit={(event) => event.preventDefault()}>
        {pricedAcceleratorIds.map((id) => (
          <NumberField
            key={id}
            {...field(`price-${id}`, formatBand(assumptions.pricePerHourUsd[id], 'usd'), { kind: 'usd', min: 0, max: maxPricePerHourUsd, per: 'hour' },
              (band) => setAcceleratorPrice(id, band))}
            label={getAccelerator(id).name}
            describe={(band) => `${formatBand(band, 'usd')} per hour`}
            hint={`default ${formatBand(assumptionDefaults.pricePerHourUsd[id], 'usd')}`}
          />
        ))}
      </form>
      <div class="tot-calculator-footer">
        <button
          type="button"
          onClick={() => {
            setDrafts({});
            resetAssumptions();
          }}
        >
          Reset all to defaults
        </button>
        <button type="button" onClick={copyLink}>
          Copy a link with my assumptions
        </button>
        <span role="status" class="tot-copy-status">
          {copyStatus}
        </span>
      </div>
    </section>
  );
}

