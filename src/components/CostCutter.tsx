import { getAccelerator } from '~/lib/accelerators';
import { pricedAcceleratorOr } from '~/lib/defaultPrices';
import { applyCostLevers, type CostLeverId } from '~/lib/costCutting';
import { formatBand } from '~/lib/quantity/band';
import { describeCount, formatCount, formatDuration, formatPercent } from '~/lib/quantity/format';
import { AssumptionsLine } from './kit/AssumptionsLine';
import { Calculator } from './kit/Calculator';
import { CopyLink } from './kit/CopyLink';
import { ScrollRegion } from './kit/ScrollRegion';
import { parameterLimits, tokenLimits } from './kit/limits';
import { NumberField } from './kit/NumberField';
import { ResultCell } from './kit/ResultCell';
import { ShowMath } from './kit/ShowMath';
import { useCalculatorState } from './kit/useCalculatorState';
import type { TrainingExample } from './trainingExample';

export interface CostCutterProps {
  /** The run to cut (server-computed): the guide's running example as published. */
  example: TrainingExample;
  id?: string;
  namespace?: string;
}

const leverLabels: Record<CostLeverId, string> = {
  'smaller-model': 'Smaller model (distilled, pruned, leaner)',
  'fewer-tokens': 'Fewer tokens from a pre-trained start',
  utilisation: 'Better utilisation',
  spot: 'Spot capacity, net of preemption',
  'committed-discount': 'Committed-use discount',
};

/**
 * Applies cost levers (src/lib/costCutting) to a training estimate: a committed-use discount,
 * spot capacity with its preemption overhead, a smaller model, fewer tokens, better utilisation.
 * Opens on the running example at the reader's price band for its accelerator, so every cost is a
 * low–high band (one typed price gives one cost), with the low end (50%) of the negotiated
 * discount Ruiz (2023) quotes. Savings as a share do not depend on the price.
 */
export function CostCutter({ example, id = 'cost-cutter', namespace = 'cut' }: CostCutterProps) {
  const fraction = (defaultText: string, min = 0, max = 1) => ({ type: 'quantity' as const, kind: 'fraction' as const, min, max, default: defaultText });
  const state = useCalculatorState({
    namespace,
    anchor: id,
    fields: {
      params: { type: 'quantity', kind: 'count', ...parameterLimits, default: formatCount(example.params) },
      tokens: { type: 'quantity', kind: 'count', ...tokenLimits, default: formatCount(example.tokens) },
      count: { type: 'quantity', kind: 'count', min: 1, max: 1e7, integer: true, default: String(example.count) },
      mfu: fraction(formatPercent(example.mfu), 0.001),
      price: {
        type: 'quantity',
        kind: 'usd',
        min: 0,
        max: 1e4,
        band: true,
        shared: 'price', per: 'hour',
        default: ({ assumptions }) => formatBand(assumptions.pricePerHourUsd[pricedAcceleratorOr(example.accelerator, 'h100-sxm')], 'usd'),
      },
      discount: fraction('50%'),
      spot: fraction('0%'),
      spotDiscount: fraction('60%'),
      preemption: fraction('10%', 0, 10),
      size: fraction('100%', 0.001),
      tokenShare: fraction('100%', 0.001),
      tunedMfu: fraction(formatPercent(example.mfu), 0.001),
    },
  });
  const { texts, parsed, values, bands } = state;
  const accelerator = getAccelerator(example.accelerator);
  const cutAt = (pricePerHour: number) => applyCostLevers({
    run: {
      params: values.params,
      tokens: values.tokens,
      accelerator: example.accelerator,
      count: values.count,
      mfu: values.mfu,
      pricePerHour,
    },
    levers: {
      modelSizeFraction: values.size,
      tokenFraction: values.tokenShare,
      mfu: values.tunedMfu,
      spotShare: values.spot,
      spotDiscountFraction: values.spotDiscount,
      preemptionOverheadFraction: values.preemption,
      committedDiscountFraction: values.discount,
    },
  });
  // The cheap end of the price band gives the low costs; shares and hours do not depend on the price.
  const result = cutAt(bands.price.low);
  const dear = cutAt(bands.price.high);
  const usdBand = (cost: (r: typeof result) => number) => formatBand({ low: cost(result), high: cost(dear) }, 'usd');
  const field = (key: string) => `${id}-${key}`;
  const keys = ['params', 'tokens', 'count', 'mfu', 'price', 'discount', 'spot', 'spotDiscount', 'preemption', 'size', 'tokenShare', 'tunedMfu'] as const;
  const allInputs = keys.map(field);
  const quantity = (key: (typeof keys)[number]) => ({
    id: field(key),
    text: texts[key],
    parsed: parsed[key],
    onText: (text: string) => state.set(key, text),
    rules: state.rules[key],
  });
  const percentOf = (what: string) => (b: { low: number; high: number }) => `${formatBand(b, 'fraction')} ${what}`;

  return (
    <Calculator
      id={id}
      title="Cost cutter"
      stale={state.stale}
      inputs={
        <>
          <fieldset class="tot-cut-group">
            <legend>The run ({accelerator.name})</legend>
            <NumberField {...quantity('params')} label="Parameters" describe={(b) => describeCount(b.low, 'parameters')} />
            <NumberField {...quantity('tokens')} label="Training tokens" describe={(b) => describeCount(b.low, 'tokens')} />
            <NumberField {...quantity('count')} label="Accelerators" describe={(b) => describeCount(b.low, { singular: 'accelerator', plural: 'accelerators' })} />
            <NumberField {...quantity('mfu')} label="Utilisation (MFU)" describe={percentOf('of the dense peak')} />
            <NumberField {...quantity('price')} label="On-demand price per hour" describe={(b) => `${formatBand(b, 'usd')} per accelerator-hour`} hint="a range gives a band" />
          </fieldset>
          <fieldset class="tot-cut-group">
            <legend>Price levers</legend>
            <NumberField {...quantity('discount')} label="Committed-use discount" describe={percentOf('off on-demand hours')} hint="Ruiz (2023): 50–80%" />
            <NumberField {...quantity('spot')} label="Share of work on spot" describe={percentOf('of the hours')} hint="0% = off" />
            <NumberField {...quantity('spotDiscount')} label="Spot discount" describe={percentOf('off on-demand')} hint="Google: up to 91%" />
            <NumberField {...quantity('preemption')} label="Extra spot hours lost to preemption" describe={percentOf('more hours')} hint="a placeholder: measure yours" />
          </fieldset>
          <fieldset class="tot-cut-group">
            <legend>Compute levers</legend>
            <NumberField {...quantity('size')} label="Model size kept" describe={percentOf('of the parameters')} hint="DistilBERT: 60%" />
            <NumberField {...quantity('tokenShare')} label="Tokens still needed" describe={percentOf('of the tokens')} hint="a pre-trained start needs fewer" />
            <NumberField {...quantity('tunedMfu')} label="Utilisation after tuning" describe={percentOf('of the dense peak')} />
          </fieldset>
        </>
      }
      results={
        <>
          <ResultCell inputs={allInputs} label="Before" value={usdBand((r) => r.baseline.costUsd)}
            detail={`${formatCount(result.baseline.acceleratorHours)} accelerator-hours, ${formatDuration(result.baseline.wallClockHours)}`} />
          <ResultCell headline inputs={allInputs} label="After" value={usdBand((r) => r.costUsd)}
            detail={`${formatCount(result.acceleratorHours)} accelerator-hours, ${formatDuration(result.wallClockHours)}`} />
          <ResultCell headline inputs={allInputs} label="Saving" value={formatPercent(result.savingFraction)}
            detail={`${usdBand((r) => r.baseline.costUsd - r.costUsd)} less`} />
          <ScrollRegion label="Each lever, applied in turn">
            <table class="tot-cut-steps">
              <caption>Each lever, applied in turn</caption>
              <thead>
                <tr>
                  <th scope="col">Lever</th>
                  <th scope="col">Saves</th>
                  <th scope="col">Cost after</th>
                </tr>
              </thead>
              <tbody>
                {result.steps.map((step, index) => {
                  const dearStep = dear.steps[index]!;
                  return (
                    <tr key={step.lever} data-lever={step.lever}>
                      <th scope="row">{leverLabels[step.lever]}</th>
                      <td>{step.savingUsd < 0 ? `adds ${formatBand({ low: -step.savingUsd, high: -dearStep.savingUsd }, 'usd')}` : formatBand({ low: step.savingUsd, high: dearStep.savingUsd }, 'usd')}</td>
                      <td>{formatBand({ low: step.costUsd, high: dearStep.costUsd }, 'usd')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      }
      footer={
        <>
          <ShowMath
            steps={[
              `hours H = 6 × N × D ÷ (peak × MFU × 3600), with N × ${formatPercent(values.size)}, D × ${formatPercent(values.tokenShare)} and MFU ${formatPercent(values.tunedMfu)} = ${formatCount(result.acceleratorHours / (1 + values.spot * values.preemption))} h`,
              `cost = H × (1 − s) × p × (1 − c) + H × s × (1 + o) × p × (1 − d) with s = ${formatPercent(values.spot)}, o = ${formatPercent(values.preemption)}, d = ${formatPercent(values.spotDiscount)}, c = ${formatPercent(values.discount)}, p = ${formatBand(bands.price, 'usd')}/h`,
              `= ${usdBand((r) => r.costUsd)}, ${formatPercent(result.savingFraction)} below ${usdBand((r) => r.baseline.costUsd)}`,
            ]}
            source="Kaplan et al. 2020 §2.1 (6ND); Ruiz 2023 (50–80% discounts); Google Cloud Spot VM docs (up to 91% off)"
            href="https://cloud.google.com/compute/docs/instances/create-use-spot"
          />
          <AssumptionsLine
            used={[{ label: `${accelerator.name} price`, value: `${formatBand(bands.price, 'usd')}/h`, overridden: state.overridden.has('price') }]}
          />
          <CopyLink anchor={id} />
        </>
      }
    />
  );
}
