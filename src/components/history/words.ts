/**
 * A list in words: "a", "a and b", "a, b and c" (or with "or").
 * @example listInWords(['parameters', 'tokens', 'hours'], 'or') //=> 'parameters, tokens or hours'
 */
export function listInWords(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
