import { useStore } from '@nanostores/preact';
import { formatBand } from '~/lib/quantity/band';
import { describeCount, formatCount, formatFactor, formatPercent, formatUsd } from '~/lib/quantity/format';
import { euAiAct } from '~/lib/regulation';
import { recommend, recommendationLabels, routeCostUsd, type DecisionProfile } from '~/lib/recommend';
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
import {
  dataOptions,
  euOptions,
  expertiseOptions,
  hostedOptions,
  readNext,
  regulationOptions,
  timeOptions,
  valuesOf,
  yesNoOptions,
  type Options,
} from './recommendations/decisionOptions';

export interface DecisionHelperProps {
  id?: string;
  namespace?: string;
}

/** The accelerator the money comparisons price: the H100 the reference model's hours were counted on. */
const accelerator = 'h100-sxm' as const;

/**
 * Build or fine-tune: the reader answers the checked articles' questions and `recommend` (src/lib)
 * picks one of five routes, with its reasons and why each other route lost. Opens on a team that has
 * not yet tried a hosted model, with a general task, a month or two and $50k.
 */
export function DecisionHelper({ id = 'decision-helper', namespace = 'decide' }: DecisionHelperProps) {
  const assumptions = useStore($effectiveAssumptions, { ssr: 'initial' });
  const state = useCalculatorState({
    namespace,
    anchor: id,
    alsoUses: ['mfu'],
    fields: {
      hosted: { type: 'choice', options: valuesOf(hostedOptions), default: 'untested' },
      data: { type: 'choice', options: valuesOf(dataOptions), default: 'general' },
      arch: { type: 'choice', options: valuesOf(yesNoOptions), default: 'no' },
      product: { type: 'choice', options: valuesOf(yesNoOptions), default: 'no' },
      rules: { type: 'choice', options: valuesOf(regulationOptions), default: 'none' },
      time: { type: 'choice', options: valuesOf(timeOptions), default: 'months' },
      budget: { type: 'quantity', kind: 'usd', min: 0, max: 1e12, default: '$50k' },
      tokens: { type: 'quantity', kind: 'count', min: 0, max: tokenLimits.max, default: '100M' },
      team: { type: 'choice', options: valuesOf(expertiseOptions), default: 'applied' },
      eu: { type: 'choice', options: valuesOf(euOptions), default: 'no' },
      price: {
        type: 'quantity',
        kind: 'usd',
        min: 0.01,
        max: 1e4,
        shared: 'price', per: 'hour',
        // The dear end of the shared band (AWS on demand), like the cautious utilisation below: the
        // comparison with the reader's budget then never makes pre-training look cheaper than it is.
        default: ({ assumptions: shared }) => formatUsd(shared.pricePerHourUsd[accelerator].high),
      },
    },
  });
  const { texts, parsed, values } = state;
  // The cautious end of the shared utilisation band: pre-training looks no cheaper than it is.
  const mfu = assumptions.mfu.low;
  // The state validated every choice against these same options, so a match always exists.
  const pick = <Value extends string>(options: Options<Value>, text: string): Value =>
    (options.find((option) => option.value === text) ?? options[0]).value;
  const profile: DecisionProfile = {
    hostedModel: pick(hostedOptions, texts.hosted),
    dataUniqueness: pick(dataOptions, texts.data),
    changesArchitecture: texts.arch === 'yes',
    productLine: texts.product === 'yes',
    regulation: pick(regulationOptions, texts.rules),
    time: pick(timeOptions, texts.time),
    budgetUsd: values.budget,
    dataTokens: values.tokens,
    expertise: pick(expertiseOptions, texts.team),
    euMarket: texts.eu === 'yes',
    pricing: { pricePerHourUsd: values.price, mfu },
  };
  const result = recommend(profile);
  const field = (key: string) => `${id}-${key}`;
  const allInputs = ['hosted', 'data', 'arch', 'product', 'rules', 'eu', 'time', 'budget', 'tokens', 'team', 'price'].map(field);
  const select = <Value extends string>(key: 'hosted' | 'data' | 'arch' | 'product' | 'rules' | 'eu' | 'time' | 'team', label: string, options: Options<Value>) => (
    <SelectField id={field(key)} label={label} value={pick(options, texts[key])} options={options} onChange={(next) => state.set(key, next)} />
  );
  const quantity = (key: 'budget' | 'tokens' | 'price') => ({
    id: field(key),
    text: texts[key],
    parsed: parsed[key],
    onText: (text: string) => state.set(key, text),
    rules: state.rules[key],
  });

  return (
    <Calculator
      id={id}
      title="Build or fine-tune? Your answers"
      stale={state.stale}
      inputs={
        <>
          {select('hosted', 'Does a hosted model, prompted or with retrieval, pass your evaluation?', hostedOptions)}
          {select('data', 'How special is your data?', dataOptions)}
          {select('arch', 'Must you change the tokenizer or architecture?', yesNoOptions)}
          {select('product', 'Is the model a long-term product line?', yesNoOptions)}
          {select('rules', 'Regulation or data privacy', regulationOptions)}
          {select('eu', 'Will you place a model you train on the EU market?', euOptions)}
          {select('time', 'Time until it must work', timeOptions)}
          <NumberField {...quantity('budget')} label="Compute budget" describe={(b) => `${formatUsd(b.low)} for compute`} hint="e.g. $50k, $2M" />
          <NumberField {...quantity('tokens')} label="Your own data, in tokens"
            describe={(b) => describeCount(b.low, 'tokens')} hint="about ¾ of a word each: 100M, 5B" />
          {select('team', 'Your team’s ML expertise', expertiseOptions)}
          <NumberField {...quantity('price')} label="H100 price per hour" describe={(b) => `${formatUsd(b.low)} per GPU-hour`} hint="opens at the dear end of your price band, so pre-training never looks cheaper than it is" />
        </>
      }
      results={
        <>
          <ResultCell headline inputs={allInputs} label="Recommendation" value={recommendationLabels[result.recommendation]}
            detail={result.conflict ? 'Your requirements and your means disagree: read the first reason.' : undefined} />
          <ResultCell inputs={allInputs} label="Training compute cost at your prices"
            value={result.trainingFlops === 0 ? 'None: you pay per token used' : formatUsd(routeCostUsd(result.recommendation, result.costs))}
            detail={result.trainingFlops === 0 ? undefined : 'compute only; data, people and experiments come on top'} />
          <ResultCell inputs={allInputs} label="Training compute"
            value={result.trainingFlops === 0 ? 'None' : `${formatCount(result.trainingFlops)} FLOP`}
            detail={`The EU AI Act presumes systemic risk above 10²⁵ FLOP${result.trainingFlops === 0 ? '' : `, ${formatFactor(euAiAct.systemicRiskFlops / result.trainingFlops)} this route’s`}`} />
          <div class="tot-decision">
            <p class="tot-decision-heading">Why</p>
            <ul class="tot-decision-reasons">
              {result.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
            <p class="tot-decision-heading">Why not the others</p>
            <ul class="tot-decision-alternatives">
              {result.alternatives.map(({ option, why }) => (
                <li key={option}>
                  <strong>{recommendationLabels[option]}:</strong> {why}
                </li>
              ))}
            </ul>
            <p class="tot-decision-heading">Read next</p>
            <ul class="tot-decision-links">
              {readNext[result.recommendation].map(({ href, label }) => (
                <li key={href}>
                  <a href={withBase(href)}>{label}</a>
                </li>
              ))}
            </ul>
          </div>
        </>
      }
      footer={
        <>
          <AssumptionsLine
            used={[
              { label: 'H100 SXM price', value: `${formatUsd(values.price)}/h`, overridden: state.overridden.has('price') },
              { label: 'utilisation (low end of your band)', value: `${formatPercent(mfu)} of ${formatBand(assumptions.mfu, 'fraction')}`, overridden: false },
            ]}
          />
          <CopyLink anchor={id} />
        </>
      }
    />
  );
}
