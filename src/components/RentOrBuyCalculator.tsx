import {
  assumptionInfo,
  describeCount,
  formatCount,
  formatPercent,
  formatUsd,
  getAccelerator,
  hoursPerYear,
  rentVsBuy,
} from '~/lib';
import { AssumptionsLine } from './kit/AssumptionsLine';
import { Calculator } from './kit/Calculator';
import { CopyLink } from './kit/CopyLink';
import { NumberField } from './kit/NumberField';
import { ResultCell } from './kit/ResultCell';
import { ShowMath } from './kit/ShowMath';
import { useCalculatorState } from './kit/useCalculatorState';

const id = 'rent-or-buy';
const accelerator = getAccelerator('a100-40gb');
const keys = ['fleet', 'purchase', 'years', 'util', 'rent', 'watts', 'pue', 'power', 'hosting'] as const;

/**
 * Renting A100s by the hour against buying them: amortised purchase + hosting + electricity
 * against the hourly price for the same busy hours (library `rentVsBuy`). Opens on the purchase
 * price it is given (Liang's $10,000 A100, from `a100PurchasePriceUsd()` on the server) and 1,000 of them (Alesso's "$10 million upfront" at scale); the rental price,
 * PUE and electricity price follow the shared assumptions.
 */
export function RentOrBuyCalculator({ purchasePriceUsd }: { purchasePriceUsd: number }) {
  const state = useCalculatorState({
    namespace: 'rent',
    anchor: id,
    fields: {
      fleet: { type: 'quantity', kind: 'count', min: 1, max: 1e7, integer: true, default: '1000' },
      purchase: { type: 'quantity', kind: 'usd', min: 0, max: 1e7, default: formatUsd(purchasePriceUsd) },
      years: { type: 'quantity', kind: 'count', min: 0.1, max: 30, default: '4' },
      util: { type: 'quantity', kind: 'fraction', min: 0, max: 1, default: '50%' },
      rent: { type: 'quantity', kind: 'usd', min: 0, max: 1e4, shared: 'price', per: 'hour', default: ({ assumptions }) => formatUsd(assumptions.pricePerHourUsd[accelerator.id]) },
      watts: { type: 'quantity', kind: 'count', min: 0, max: 1e5, default: String(accelerator.tdpWatts ?? 400) },
      pue: { type: 'quantity', kind: 'count', min: 1, max: 5, shared: 'pue', default: ({ assumptions }) => String(assumptions.pue) },
      power: { type: 'quantity', kind: 'usd', min: 0, max: 10, shared: 'electricity', per: 'kWh', default: ({ assumptions }) => `$${assumptions.electricityUsdPerKwh}` },
      hosting: { type: 'quantity', kind: 'usd', min: 0, max: 1e7, per: 'year', default: '$0' },
    },
  });
  const { texts, parsed, values } = state;
  const one = rentVsBuy({
    purchasePriceUsd: values.purchase,
    lifetimeYears: values.years,
    watts: values.watts,
    pue: values.pue,
    electricityUsdPerKwh: values.power,
    hostingUsdPerYear: values.hosting,
    rentPricePerHourUsd: values.rent,
    utilisation: values.util,
  });
  const fleet = (usd: number) => formatUsd(usd * values.fleet);
  const field = (key: string) => `${id}-${key}`;
  const inputs = keys.map(field);
  const quantity = (key: (typeof keys)[number]) => ({
    id: field(key),
    text: texts[key],
    parsed: parsed[key],
    onText: (text: string) => state.set(key, text),
    rules: state.rules[key],
  });
  const busyHours = values.util * hoursPerYear;
  return (
    <Calculator
      id={id}
      title="Rent or buy"
      stale={state.stale}
      inputs={
        <>
          <NumberField {...quantity('fleet')} label="Accelerators" describe={(b) => describeCount(b.low, { singular: 'accelerator', plural: 'accelerators' })} />
          <NumberField {...quantity('purchase')} label="Purchase price each" describe={(b) => `${formatUsd(b.low)} per accelerator`} />
          <NumberField {...quantity('years')} label="Useful life (years)" describe={(b) => `written off over ${formatCount(b.low)} years`} />
          <NumberField {...quantity('util')} label="Busy share of the year" describe={(b) => `${formatPercent(b.low)} of ${formatCount(hoursPerYear)} hours`} />
          <NumberField {...quantity('rent')} label="Rental price per hour" describe={(b) => `${formatUsd(b.low)} per accelerator-hour`} />
          <NumberField {...quantity('watts')} label="Power per accelerator (W)" describe={(b) => `${formatCount(b.low)} W while busy`} />
          <NumberField {...quantity('pue')} label="Data-centre PUE" describe={(b) => `${formatCount(b.low)} × the accelerators’ power`} />
          <NumberField {...quantity('power')} label="Electricity price per kWh" describe={(b) => `${formatUsd(b.low)} per kWh`} />
          <NumberField {...quantity('hosting')} label="Hosting per accelerator-year" describe={(b) => `${formatUsd(b.low)} a year each`} hint="rack, cooling, support" />
        </>
      }
      results={
        <>
          <ResultCell inputs={inputs} label="Upfront purchase" value={fleet(values.purchase)} />
          <ResultCell inputs={inputs} label="Owning, per year" value={fleet(one.ownedCostPerYearUsd)} />
          <ResultCell inputs={inputs} label="Renting, per year" value={fleet(one.rentedCostPerYearUsd)} />
          <ResultCell headline inputs={inputs} label="Cheaper" value={one.cheaper === 'buy' ? 'Buying' : 'Renting'} />
          <ResultCell headline inputs={inputs} label="Break-even utilisation"
            value={one.breakEvenUtilisation === null ? 'never: renting wins even at 100%' : formatPercent(one.breakEvenUtilisation)} />
          <ResultCell inputs={inputs} label="Payback time"
            value={one.breakEvenYears === null ? 'no payback at this utilisation' : `${formatCount(one.breakEvenYears)} years`} />
        </>
      }
      footer={
        <>
          <ShowMath
            steps={[
              `busy hours = ${formatPercent(values.util)} × ${formatCount(hoursPerYear)} h = ${formatCount(busyHours)} h a year`,
              `owning per accelerator-year = ${formatUsd(values.purchase)} ÷ ${formatCount(values.years)} y + ${formatUsd(values.hosting)} + ${formatCount(busyHours)} h × ${formatCount(values.watts)} W × ${formatCount(values.pue)} × ${formatUsd(values.power)}/kWh ÷ 1000 = ${formatUsd(one.ownedCostPerYearUsd)}`,
              `renting per accelerator-year = ${formatCount(busyHours)} h × ${formatUsd(values.rent)}/h = ${formatUsd(one.rentedCostPerYearUsd)}`,
              `× ${formatCount(values.fleet)} accelerators`,
            ]}
            source="Straight-line amortisation; energy as in Touvron et al. 2023, §6.1"
            href="https://arxiv.org/abs/2302.13971"
          />
          <AssumptionsLine
            used={[
              { label: `${accelerator.name} price`, value: `${formatUsd(values.rent)}/h`, overridden: state.overridden.has('rent') },
              { label: assumptionInfo.pue.label, value: formatCount(values.pue), overridden: state.overridden.has('pue') },
              { label: assumptionInfo.electricityUsdPerKwh.label, value: `${formatUsd(values.power)}/kWh`, overridden: state.overridden.has('power') },
            ]}
          />
          <CopyLink anchor={id} />
        </>
      }
    />
  );
}
