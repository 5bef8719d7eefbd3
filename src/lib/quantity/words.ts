/**
 * The words a reader may write after a number besides its scale or unit: what a count counts
 * ("1.4T tokens", "70B params", "2,048 GPUs"), what a price is per ("$2.50/h", "$2.50 per hour",
 * "$0.12/kWh") and the currency ("3.93 USD"). `parseQuantity` strips them before it reads the
 * scale, so "1.4T tokens" means what "1.4T" means.
 */

/** What a price is per: an accelerator-hour, a kilowatt-hour or a year. */
export type PriceUnit = 'hour' | 'kWh' | 'year';

/**
 * The words that name each counted thing, plural first; a field that counts something not listed
 * accepts its own plural and that plural without its final "s".
 */
const nounAliases: Readonly<Record<string, readonly string[]>> = {
  parameters: ['parameters', 'parameter', 'params', 'param'],
  tokens: ['tokens', 'token', 'toks', 'tok'],
  accelerators: ['accelerators', 'accelerator', 'gpus', 'gpu', 'tpus', 'tpu', 'chips', 'chip', 'devices', 'device'],
};

/** Every alias of every listed noun, to tell "the wrong thing" from "not a word we know". */
const allNounWords = new Set(Object.values(nounAliases).flat());

/** The words accepted after a count of `noun` (lower case). */
function wordsFor(noun: string): readonly string[] {
  const plural = noun.toLowerCase();
  return nounAliases[plural] ?? [plural, plural.replace(/s$/, '')];
}

/** "/", "per", "a" or "an", then optionally "GPU"/"accelerator" and a joiner, before the unit. */
const ratePrefix = String.raw`(?:\/|\bper\b|\ban?\b)\s*(?:(?:gpus?|accelerators?|chips?|devices?|tpus?)\s*(?:\/|-|\bper\b|\s)\s*)?`;

const rateUnits: Readonly<Record<PriceUnit, string>> = {
  hour: String.raw`(?:h|hrs?|hours?)`,
  kWh: String.raw`(?:kwh)`,
  year: String.raw`(?:y|yrs?|years?)`,
};

const rateAtEnd = Object.fromEntries(
  Object.entries(rateUnits).map(([unit, pattern]) => [unit, new RegExp(String.raw`\s*${ratePrefix}${pattern}$`)]),
) as Record<PriceUnit, RegExp>;

/** How a price unit reads in a message: "per hour". */
export const priceUnitText: Readonly<Record<PriceUnit, string>> = { hour: 'per hour', kWh: 'per kWh', year: 'per year' };

/** A currency written after the number: "3.93 USD", "3.93 dollars", "3.93$". */
const currencyAtEnd = /\s*(?:usd|us\$|\$|dollars?)$/;

/** The suffix with its words removed, or a message saying why the words do not fit the field. */
export type SuffixWords = { ok: true; rest: string } | { ok: false; message: string | undefined };

/**
 * Strips from `suffix` (the text after the number, lower case, trimmed) the words a reader may add:
 * for a price, the unit it is per (`per`) and the currency; for a count, the noun it counts.
 * A rate on a field that is not one, or per another unit, is refused with a message; so is a count
 * of something else ("70B tokens" in a parameters field). Unknown words are left for the scale.
 * @example stripWords('b params', { kind: 'count', noun: 'parameters' }) //=> { ok: true, rest: 'b' }
 * @example stripWords('/h', { kind: 'usd', per: 'hour' }) //=> { ok: true, rest: '' }
 */
export function stripWords(
  suffix: string,
  options: { kind: string; noun?: string; per?: PriceUnit },
): SuffixWords {
  if (options.kind === 'usd') {
    let rest = suffix;
    const rate = (Object.keys(rateAtEnd) as PriceUnit[]).find((unit) => rateAtEnd[unit].test(rest));
    if (rate !== undefined) {
      if (rate !== options.per) {
        return { ok: false, message: options.per ? `Enter a price ${priceUnitText[options.per]}` : 'Enter an amount in US dollars, not a rate' };
      }
      rest = rest.replace(rateAtEnd[rate], '');
    }
    return { ok: true, rest: rest.replace(currencyAtEnd, '') };
  }
  if (options.kind !== 'count') return { ok: true, rest: suffix };
  const match = /(?:^|\s+)([a-z]+)$/.exec(suffix);
  if (match === null) return { ok: true, rest: suffix };
  const word = match[1] ?? '';
  if (options.noun !== undefined && wordsFor(options.noun).includes(word)) {
    return { ok: true, rest: suffix.slice(0, match.index) };
  }
  if (allNounWords.has(word)) {
    return { ok: false, message: options.noun ? `Enter a number of ${options.noun}` : undefined };
  }
  return { ok: true, rest: suffix };
}
