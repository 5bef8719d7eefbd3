import {
  assumptionInfo,
  describeCount,
  formatBand,
  formatCount,
  formatPercent,
  formatUsd,
  getAccelerator,
  hoursPerYear,
  isOwnedAcceleratorId,
  ownedAcceleratorIds,
  ownershipDefaults,
  ownershipDefaultsFor,
  rentOrBuyTable,
  rentVsBuy,
  type Band,
  type RentOrBuyVerdict,
} from '~/lib';
import { AssumptionsLine } from './kit/AssumptionsLine';
import { Calculator } from './kit/Calculator';
import { CopyLink } from './kit/CopyLink';
import { NumberField } from './kit/NumberField';
import { ResultCell } from './kit/ResultCell';
import { ScrollRegion } from './kit/ScrollRegion';
import { SelectField } from './kit/SelectField';
import { ShowMath } from './kit/ShowMath';
import { useCalculatorState } from './kit/useCalculatorState';

const id = 'rent-or-buy';
const acceleratorOptions = ownedAcceleratorIds.map((value) => ({ value, label: getAccelerator(value).name }));
/** The chip a field's default follows: the select's, or the opening one while it holds anything else. */
const chipOf = (text: string | undefined) => (isOwnedAcceleratorId(text) ? text : ownershipDefaults.accelerator);
/** Exact dollars, as a default must be: display rounding ("$37.1k") would change the result. */
const exactUsd = (usd: number) => `$${usd.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
const keys = ['gpu', 'fleet', 'server', 'network', 'years', 'util', 'rent', 'watts', 'pue', 'power', 'colo', 'staff'] as const;
/** The rows and columns of the table of how the answer moves. */
const tableUtilisations = [0.25, 0.5, 0.75, 1] as const;
const tableLifetimes = [3, 4, 5] as const;
const verdictText: Record<RentOrBuyVerdict, string> = { buy: 'buy', rent: 'rent', depends: 'depends on the rental price' };

/**
 * Renting accelerators (H100 SXM, H200 or B200) by the hour against owning them with everything ownership costs: the server
 * share and the cluster network written off over the hardware's life, colocation for the power
 * it occupies, staff, and electricity for its busy hours (library `rentVsBuy`), against the
 * chip's shared rental band, so renting and the verdict open as bands; choosing a chip moves the
 * server price, power and rental band to that chip's defaults (`ownershipDefaultsFor`). A table computed by
 * `rentOrBuyTable` shows how the answer moves with utilisation and years of use.
 */
export function RentOrBuyCalculator() {
  const state = useCalculatorState({
    namespace: 'rent',
    anchor: id,
    fields: {
      gpu: { type: 'choice', options: ownedAcceleratorIds, default: ownershipDefaults.accelerator },
      fleet: { type: 'quantity', kind: 'count', min: 1, max: 1e7, integer: true, default: '64' },
      server: { type: 'quantity', kind: 'usd', min: 0, max: 1e7, default: ({ texts }) => exactUsd(ownershipDefaultsFor[chipOf(texts.gpu)].serverPriceUsd) },
      network: { type: 'quantity', kind: 'fraction', min: 0, max: 0.99, default: formatPercent(ownershipDefaults.interconnectShare) },
      years: { type: 'quantity', kind: 'count', min: 0.1, max: 30, default: String(ownershipDefaults.lifetimeYears) },
      util: { type: 'quantity', kind: 'fraction', min: 0, max: 1, default: '50%' },
      rent: {
        type: 'quantity', kind: 'usd', min: 0, max: 1e4, band: true, shared: 'price', per: 'hour',
        default: ({ assumptions, texts }) => formatBand(assumptions.pricePerHourUsd[chipOf(texts.gpu)], 'usd'),
      },
      watts: { type: 'quantity', kind: 'count', min: 0, max: 1e5, default: ({ texts }) => ownershipDefaultsFor[chipOf(texts.gpu)].watts.toLocaleString('en-US') },
      pue: { type: 'quantity', kind: 'count', min: 1, max: 5, shared: 'pue', default: ({ assumptions }) => String(assumptions.pue) },
      power: { type: 'quantity', kind: 'usd', min: 0, max: 10, shared: 'electricity', per: 'kWh', default: ({ assumptions }) => `$${assumptions.electricityUsdPerKwh}` },
      colo: { type: 'quantity', kind: 'usd', min: 0, max: 1e5, default: `$${ownershipDefaults.colocationUsdPerKwMonth}` },
      staff: { type: 'quantity', kind: 'usd', min: 0, max: 1e7, per: 'year', default: `$${ownershipDefaults.staffUsdPerYear}` },
    },
  });
  const { texts, parsed, values, bands } = state;
  const accelerator = getAccelerator(chipOf(texts.gpu));
  const ownership = {
    serverPriceUsd: values.server,
    interconnectShare: values.network,
    lifetimeYears: values.years,
    watts: values.watts,
    pue: values.pue,
    electricityUsdPerKwh: values.power,
    colocationUsdPerKwMonth: values.colo,
    staffUsdPerYear: values.staff,
  };
  const rentBand: Band = bands.rent;
  const atLow = rentVsBuy({ ...ownership, rentPricePerHourUsd: rentBand.low, utilisation: values.util });
  const atHigh = rentVsBuy({ ...ownership, rentPricePerHourUsd: rentBand.high, utilisation: values.util });
  const ownedPerHour = atLow.ownedCostPerBusyHourUsd;
  const cheaper =
    atHigh.cheaper === 'rent' ? 'Renting' : atLow.cheaper === 'buy' ? 'Buying' : 'Depends on the price';
  const table = rentOrBuyTable({
    ownership: { ...ownership },
    rentBandUsd: rentBand,
    utilisations: tableUtilisations,
    lifetimesYears: tableLifetimes,
  });
  const fleet = (usd: number) => formatUsd(usd * values.fleet);
  const fleetBand = (low: number, high: number) => formatBand({ low: low * values.fleet, high: high * values.fleet }, 'usd');
  // Against the high rental price buying breaks even soonest; against the low one later, or never.
  const breakEven = (dearer: number | null, cheaper: number | null, kind: 'fraction' | 'count', unit: string, never: string) => {
    if (dearer === null) return { value: never };
    if (cheaper === null) return { value: `${formatBand({ low: dearer, high: dearer }, kind)}${unit}`, detail: 'against the high rental price; never against the low one' };
    return { value: `${formatBand({ low: dearer, high: cheaper }, kind)}${unit}` };
  };
  const utilisationBreakEven = breakEven(atHigh.breakEvenUtilisation, atLow.breakEvenUtilisation, 'fraction', '', 'never: renting wins even at 100%');
  const payback = breakEven(atHigh.breakEvenYears, atLow.breakEvenYears, 'count', ' years', 'no payback at this utilisation');
  const field = (key: string) => `${id}-${key}`;
  const inputs = keys.map(field);
  const quantity = (key: Exclude<(typeof keys)[number], 'gpu'>) => ({
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
          <SelectField id={field('gpu')} label="Accelerator" value={chipOf(texts.gpu)} options={acceleratorOptions} onChange={(next) => state.set('gpu', next)} />
          <NumberField {...quantity('fleet')} label="Accelerators" describe={(b) => describeCount(b.low, { singular: 'accelerator', plural: 'accelerators' })} />
          <NumberField {...quantity('server')} label="Price per accelerator, server included" describe={(b) => `${formatUsd(b.low)} per accelerator`} hint="its share of an 8-GPU server" />
          <NumberField {...quantity('network')} label="Network's share of cluster cost" describe={(b) => `${formatPercent(b.low)} of all hardware`} />
          <NumberField {...quantity('years')} label="Useful life (years)" describe={(b) => `written off over ${formatCount(b.low)} years`} />
          <NumberField {...quantity('util')} label="Busy share of the year" describe={(b) => `${formatPercent(b.low)} of ${formatCount(hoursPerYear)} hours`} />
          <NumberField {...quantity('rent')} label="Rental price per hour" describe={(b) => `${formatBand(b, 'usd')} per accelerator-hour`} hint="a range gives a band" />
          <NumberField {...quantity('watts')} label="Power per accelerator with its server (W)" describe={(b) => `${formatCount(b.low)} W while busy`} />
          <NumberField {...quantity('pue')} label="Data-centre PUE" describe={(b) => `${formatCount(b.low)} × the IT power`} />
          <NumberField {...quantity('power')} label="Electricity price per kWh" describe={(b) => `${formatUsd(b.low)} per kWh`} />
          <NumberField {...quantity('colo')} label="Colocation per kW per month" describe={(b) => `${formatUsd(b.low)} per kW of IT load a month`} hint="space, cooling, power feed" />
          <NumberField {...quantity('staff')} label="Staff and support per accelerator-year" describe={(b) => `${formatUsd(b.low)} a year each`} hint="your operations team" />
        </>
      }
      results={
        <>
          <ResultCell inputs={inputs} label="Upfront purchase, all in" value={fleet(atLow.allInPurchaseUsd)} />
          <ResultCell inputs={inputs} label="Owning, per year" value={fleet(atLow.ownedCostPerYearUsd)} />
          <ResultCell inputs={inputs} label="Renting, per year" value={fleetBand(atLow.rentedCostPerYearUsd, atHigh.rentedCostPerYearUsd)} />
          <ResultCell inputs={inputs} label="Owning, per busy hour"
            value={ownedPerHour === null ? 'no busy hours' : formatUsd(ownedPerHour)} detail={`against ${formatBand(rentBand, 'usd')} to rent`} />
          <ResultCell headline inputs={inputs} label="Cheaper" value={cheaper}
            {...(cheaper === 'Depends on the price' ? { detail: 'buying beats the high rental price, not the low one' } : {})} />
          <ResultCell headline inputs={inputs} label="Break-even utilisation" {...utilisationBreakEven} />
          <ResultCell inputs={inputs} label="Payback time" {...payback} />
          <ScrollRegion label="How the answer moves with utilisation and years of use">
            <table class="tot-shares tot-rent-table">
              <caption>Owning per busy hour, and the answer against {formatBand(rentBand, 'usd')} to rent</caption>
              <thead>
                <tr>
                  <th scope="col">Busy share</th>
                  {tableLifetimes.map((years) => <th key={years} scope="col">{years} years</th>)}
                </tr>
              </thead>
              <tbody>
                {table.map((row) => (
                  <tr key={row.utilisation}>
                    <th scope="row">{formatPercent(row.utilisation)}</th>
                    {row.cells.map((cell) => (
                      <td key={cell.lifetimeYears} data-verdict={cell.verdict}>
                        {formatUsd(cell.ownedCostPerBusyHourUsd)}: {verdictText[cell.verdict]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      }
      footer={
        <>
          <ShowMath
            steps={[
              `all-in purchase = ${formatUsd(values.server)} ÷ (1 − ${formatPercent(values.network)}) = ${formatUsd(atLow.allInPurchaseUsd)} per accelerator`,
              `busy hours = ${formatPercent(values.util)} × ${formatCount(hoursPerYear)} h = ${formatCount(busyHours)} h a year`,
              `hosting = ${formatCount(values.watts)} W ÷ 1000 × ${formatUsd(values.colo)} per kW-month × 12 = ${formatUsd(atLow.hostingUsdPerYear)} a year`,
              `owning per accelerator-year = ${formatUsd(atLow.allInPurchaseUsd)} ÷ ${formatCount(values.years)} y + ${formatUsd(atLow.hostingUsdPerYear)} + ${formatUsd(values.staff)} + ${formatCount(busyHours)} h × ${formatCount(values.watts)} W × ${formatCount(values.pue)} × ${formatUsd(values.power)}/kWh ÷ 1000 = ${formatUsd(atLow.ownedCostPerYearUsd)}`,
              `renting per accelerator-year = ${formatCount(busyHours)} h × ${formatBand(rentBand, 'usd')}/h = ${formatBand({ low: atLow.rentedCostPerYearUsd, high: atHigh.rentedCostPerYearUsd }, 'usd')}`,
              `× ${formatCount(values.fleet)} accelerators`,
            ]}
            source="Cottier et al. 2024 and Epoch AI's cost model (server and network shares); energy as in Touvron et al. 2023, §6.1"
            href="https://arxiv.org/abs/2405.21015"
          />
          <AssumptionsLine
            used={[
              { label: `${accelerator.name} price`, value: `${formatBand(rentBand, 'usd')}/h`, overridden: state.overridden.has('rent') },
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
