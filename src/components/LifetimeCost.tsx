import { useStore } from '@nanostores/preact';
import { hostedApiPrices } from '~/lib/apiPrices';
import { formatBand } from '~/lib/quantity/band';
import { describeCount, formatCount, formatPercent, formatUsd } from '~/lib/quantity/format';
import {
  apiUsdPerToken,
  crossoverTokensPerMonth,
  lifetimeCosts,
  lifetimePaths,
  referenceReplica,
  referenceServing,
  type LifetimeRow,
} from '~/lib/lifetimeCost';
import { ownModelPostTrainingUsd, ownModelUpfrontUsd } from '~/lib/recommend';
import { $effectiveAssumptions } from '~/stores/linkAssumptions';
import { AssumptionsLine } from './kit/AssumptionsLine';
import { Calculator } from './kit/Calculator';
import { CopyLink } from './kit/CopyLink';
import { tokenLimits } from './kit/limits';
import { NumberField } from './kit/NumberField';
import { ResultCell } from './kit/ResultCell';
import { SelectField } from './kit/SelectField';
import { useCalculatorState } from './kit/useCalculatorState';
import { withBase } from './kit/withBase';
import { decadeDomain, logScale } from './history/scales';
import { h100PriceBand } from './recommendations/h100Price';
import { chartVolumes, lifetimePathLabels, lifetimeSeries } from './recommendations/lifetimeChart';

export interface LifetimeCostProps {
  id?: string;
}

const apiOptions = hostedApiPrices.map((price, index) => ({
  value: String(index),
  label: `${price.provider}: ${price.model.replace(/ \(.*\)$/, '').replace(/^.*\//, '')}`,
}));

const width = 400;
const height = 280;
const margin = { top: 12, right: 14, bottom: 36, left: 58 };

/**
 * Lifetime cost of four paths, side by side, for the reader's horizon and volume: a hosted API,
 * or a model of your own (fine-tuned, further pre-trained, or trained from scratch) served on
 * rented H100s; with the volume from which serving your own pays. A base model (continued
 * pre-training, from scratch) also pays for post-training before it serves, shown as its own
 * column. Opens on two years at a billion tokens a month and the cheapest hosted price the guide
 * stores.
 */
export function LifetimeCost({ id = 'lifetime-cost' }: LifetimeCostProps) {
  const assumptions = useStore($effectiveAssumptions, { ssr: 'initial' });
  const state = useCalculatorState({
    namespace: 'life',
    anchor: id,
    alsoUses: ['mfu'],
    fields: {
      months: { type: 'quantity', kind: 'count', min: 1, max: 600, integer: true, default: '24' },
      volume: { type: 'quantity', kind: 'count', min: 0, max: 1e15, default: '1B' },
      api: { type: 'choice', options: apiOptions.map((o) => o.value), default: '0' },
      ft: { type: 'quantity', kind: 'count', min: 0, max: tokenLimits.max, default: '100M' },
      cpt: { type: 'quantity', kind: 'count', min: 0, max: tokenLimits.max, default: '10B' },
      price: {
        type: 'quantity',
        kind: 'usd',
        min: 0.01,
        max: 1e4,
        band: true,
        shared: 'price',
        default: ({ assumptions: shared }) => formatBand(h100PriceBand(shared.pricePerHourUsd), 'usd'),
      },
    },
  });
  const { texts, parsed, values, bands } = state;
  const mfu = assumptions.mfu.low;
  const api = hostedApiPrices[Number(texts.api)] ?? hostedApiPrices[0]!;
  const perToken = apiUsdPerToken(api, referenceServing.request);
  const priced = (pricePerHourUsd: number) => {
    const replica = referenceReplica({ pricePerHourUsd, computeUtilisation: mfu });
    const upfrontUsd = ownModelUpfrontUsd({ fineTuneTokens: values.ft, continuedPretrainingTokens: values.cpt, pricePerHourUsd, mfu });
    const postTrainingUsd = ownModelPostTrainingUsd({ pricePerHourUsd, mfu });
    const input = { months: values.months, request: referenceServing.request, api, replica, upfrontUsd, postTrainingUsd };
    return {
      replica,
      rows: lifetimeCosts({ ...input, tokensPerMonth: values.volume }),
      series: lifetimeSeries(input),
      crossover: crossoverTokensPerMonth({ apiUsdPerToken: perToken, replica, upfrontUsd: upfrontUsd['fine-tune'], months: values.months }),
    };
  };
  // Prices are a band: the table shows both ends when they differ; the chart and the crossover use the low end.
  const band = bands.price;
  const low = priced(band.low);
  const high = band.high === band.low ? low : priced(band.high);
  const usd = (pick: (row: LifetimeRow) => number, index: number) => formatBand({ low: pick(low.rows[index]!), high: pick(high.rows[index]!) }, 'usd');
  // The cheap end of the price band pays first; at the dear end, later or never.
  const crossoverText =
    low.crossover === undefined
      ? 'Never at these prices'
      : high.crossover === undefined
        ? `${describeCount(low.crossover, 'tokens')} a month at ${formatUsd(band.low)}/h; never at ${formatUsd(band.high)}/h`
        : high.crossover === low.crossover
          ? `${describeCount(low.crossover, 'tokens')} a month`
          : `${formatCount(low.crossover)}–${formatCount(high.crossover)} tokens a month`;
  const field = (key: string) => `${id}-${key}`;
  const allInputs = ['months', 'volume', 'api', 'ft', 'cpt', 'price'].map(field);
  const quantity = (key: 'months' | 'volume' | 'ft' | 'cpt' | 'price') => ({
    id: field(key),
    text: texts[key],
    parsed: parsed[key],
    onText: (text: string) => state.set(key, text),
  });

  // The chart: totals against volume, both on log scales.
  const totals = lifetimePaths.flatMap((path) => low.series[path].map((point) => point.totalUsd)).filter((v) => v > 0);
  const yDomain = decadeDomain(totals);
  const x = logScale(chartVolumes[0]!, chartVolumes.at(-1)!, margin.left, width - margin.right);
  const y = logScale(yDomain.min, yDomain.max, height - margin.bottom, margin.top);
  const clamp = (v: number) => Math.max(yDomain.min, v);
  const xTicks = [1e6, 1e8, 1e10, 1e12];
  const summary = lifetimePaths.map((path, index) => `${lifetimePathLabels[path]}: ${usd((r) => r.totalUsd, index)}`).join('; ');

  return (
    <Calculator
      id={id}
      title="Lifetime cost of each path"
      stale={state.stale}
      inputs={
        <>
          <NumberField {...quantity('months')} label="Months in use" describe={(b) => `${formatCount(b.low)} months`} />
          <NumberField {...quantity('volume')} label="Tokens a month, prompt and generated"
            describe={(b) => describeCount(b.low, 'tokens')} hint="e.g. 1B, 50B" />
          <SelectField id={field('api')} label="Hosted API to compare" value={texts.api} options={apiOptions}
            onChange={(next) => state.set('api', next)}
            note={`${formatUsd(api.inputUsdPerMillion)} in, ${formatUsd(api.outputUsdPerMillion)} out per million tokens, ${api.priceKind}; list price read ${api.asOf}`} />
          <NumberField {...quantity('ft')} label="Fine-tuning tokens" describe={(b) => describeCount(b.low, 'tokens')} />
          <NumberField {...quantity('cpt')} label="Continued pre-training tokens" describe={(b) => describeCount(b.low, 'tokens')} />
          <NumberField {...quantity('price')} label="H100 price per hour" describe={(b) => `${formatBand(b, 'usd')} per GPU-hour`} hint="a range, like $3.20–$6.88, gives each total as a range" />
        </>
      }
      results={
        <>
          <div class="tot-ft-table-wrap">
            <table class="tot-ft-table tot-lifetime-table">
              <caption>Over {formatCount(values.months)} months at {describeCount(values.volume, 'tokens')} a month</caption>
              <thead>
                <tr>
                  <th scope="col">Path</th>
                  <th scope="col">Training</th>
                  <th scope="col"><a href={withBase('/recommendations/build-or-fine-tune/#post-training')}>Post-training</a></th>
                  <th scope="col">Per month</th>
                  <th scope="col">Total</th>
                </tr>
              </thead>
              <tbody>
                {lifetimePaths.map((path, index) => (
                  <tr key={path} data-path={path}>
                    <th scope="row">{lifetimePathLabels[path]}</th>
                    <td>{usd((r) => r.trainingUsd, index)}</td>
                    <td>{usd((r) => r.postTrainingUsd, index)}</td>
                    <td>{usd((r) => r.monthlyUsd, index)}</td>
                    <td>{usd((r) => r.totalUsd, index)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ResultCell headline inputs={allInputs} label="Serving your own fine-tuned model pays from" value={crossoverText}
            detail={`one H100 serves about ${describeCount(low.replica.tokensPerMonth, 'tokens')} a month for ${formatBand({ low: low.replica.costPerMonthUsd, high: high.replica.costPerMonthUsd }, 'usd')}`} />
          <figure class="tot-lifetime-chart">
            <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-svg-title ${id}-svg-desc`}>
              <title id={`${id}-svg-title`}>Lifetime cost of each path against monthly volume</title>
              <desc id={`${id}-svg-desc`}>{`At ${describeCount(values.volume, 'tokens')} a month over ${formatCount(values.months)} months: ${summary}.`}</desc>
              <g class="tot-chart-grid">
                {yDomain.ticks.map((tick) => (
                  <g key={tick}>
                    <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} />
                    <text x={margin.left - 6} y={y(tick) + 4} text-anchor="end">{tick < 1000 ? `$${tick}` : formatUsd(tick)}</text>
                  </g>
                ))}
                {xTicks.map((tick) => (
                  <text key={tick} x={x(tick)} y={height - margin.bottom + 16} text-anchor="middle">{formatCount(tick)}</text>
                ))}
              </g>
              <text class="tot-chart-axis" x={(margin.left + width - margin.right) / 2} y={height - 4} text-anchor="middle">tokens a month</text>
              {lifetimePaths.map((path) => (
                <polyline key={path} class={`tot-lifetime-line tot-lifetime-${path}`}
                  points={low.series[path].map((p) => `${x(p.volume).toFixed(1)},${y(clamp(p.totalUsd)).toFixed(1)}`).join(' ')} />
              ))}
              {low.crossover !== undefined && low.crossover >= chartVolumes[0]! && low.crossover <= chartVolumes.at(-1)! ? (
                <line class="tot-chart-marker-line" x1={x(low.crossover)} x2={x(low.crossover)} y1={margin.top} y2={height - margin.bottom} />
              ) : null}
            </svg>
            <figcaption>
              <ul class="tot-lifetime-legend">
                {lifetimePaths.map((path) => (
                  <li key={path}><span class={`tot-lifetime-swatch tot-lifetime-${path}`} aria-hidden="true" />{lifetimePathLabels[path]}</li>
                ))}
                {low.crossover !== undefined ? <li><span class="tot-lifetime-swatch tot-lifetime-crossover" aria-hidden="true" />Where serving your fine-tuned model starts to pay</li> : null}
              </ul>
            </figcaption>
          </figure>
        </>
      }
      footer={
        <>
          <AssumptionsLine
            used={[
              { label: 'H100 SXM price', value: `${formatBand(band, 'usd')}/h`, overridden: state.overridden.has('price') },
              { label: 'utilisation (low end of your band)', value: `${formatPercent(mfu)} of ${formatBand(assumptions.mfu, 'fraction')}`, overridden: false },
            ]}
          />
          <CopyLink anchor={id} />
        </>
      }
    />
  );
}
