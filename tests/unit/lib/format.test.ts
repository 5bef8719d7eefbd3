import { describe, expect, test } from 'vitest';
import {
  describeCount,
  formatBytes,
  formatCount,
  formatDuration,
  formatFactor,
  formatFlops,
  formatFlopsPerSecond,
  formatHours,
  formatPercent,
  formatQuantity,
  formatUsd,
} from '../../../src/lib/quantity/format';
import { quantityKinds } from '../../../src/lib/quantity/kinds';
import { prefixAt } from '../../../src/lib/quantity/prefixes';
import { scientific, significant } from '../../../src/lib/quantity/significant';

const nonFinite = [NaN, Infinity, -Infinity];

describe('three significant digits, trailing zeros dropped', () => {
  test.each([
    [4.0577, '4.06'],
    [1.4, '1.4'],
    [930, '930'],
    [0.001234, '0.00123'],
    [0.0001234, '1.23 × 10⁻⁴'],
    [1234567, '1.23 × 10⁶'],
    [0, '0'],
    [-0, '0'],
    [-2.5, '-2.5'],
    // The plain-decimal range is [0.001, 10^6): both bounds, and what rounds onto them.
    [0.001, '0.001'],
    [0.00099949, '9.99 × 10⁻⁴'],
    [999_999, '1 × 10⁶'],
    [1e6, '1 × 10⁶'],
    [999_499, '999000'],
  ])('significant(%d) = %s', (x, text) => {
    expect(significant(x)).toBe(text);
  });

  test.each([
    [3.1428e23, '3.14 × 10²³'],
    [1e15, '1 × 10¹⁵'],
    [2.5e-7, '2.5 × 10⁻⁷'],
    [-6.02e-10, '-6.02 × 10⁻¹⁰'],
    [0, '0 × 10⁰'],
  ])('scientific(%d) = %s', (x, text) => {
    expect(scientific(x)).toBe(text);
  });
});

describe('formatCount: short-scale suffixes', () => {
  test.each([
    [65.2e9, '65.2B', 'LLaMA 65B parameters (Touvron et al. 2023, Table 2)'],
    [1.4e12, '1.4T', 'LLaMA 65B tokens (Touvron et al. 2023, §2)'],
    [174.6e9, '175B', 'GPT-3 parameters (Brown et al. 2020)'],
    [2048, '2,048', 'LLaMA 65B GPU count, exact'],
    [4096, '4,096', 'Llama 2 7B width, exact'],
    [50257, '50,257', 'GPT-2 vocabulary, exact'],
    [999_999, '999,999', 'the largest count written out'],
    [1_000_000, '1M', 'a million takes a suffix'],
    [-1024, '-1,024', 'a negative whole count'],
    [2048.5, '2.05k', 'a fractional count is rounded'],
    [184_319.99999997, '184,320', 'floating-point noise on a whole count'],
    [999_998.9994, '999,999', 'noise within a billionth is written as the whole count, without decimals'],
    [999_999.9999999999, '1M', 'noise just below a million rounds to a million, with its suffix'],
    [1_000_000.4, '1M', 'past a million, a suffix'],
    [0.9999999999995, '1', 'noise around one'],
    [0.5000001, '0.5', 'not noise: rounded to three digits'],
    [512, '512', 'no suffix below a thousand'],
    [999.6, '1k', 'rounding carries into the next prefix'],
    [999_600_000, '1B', 'carry at millions'],
    [1_720_320, '1.72M', 'Llama 2 70B GPU-hours (Table 2)'],
    [0.5, '0.5', 'fractions stay plain'],
    [0.0002, '2 × 10⁻⁴', 'tiny values as a power of ten'],
    [-0.0002, '-2 × 10⁻⁴', 'tiny negative values too'],
    [0.001, '0.001', 'the smallest value written plainly'],
    [3.14e23, '3.14 × 10²³', 'beyond trillions as a power of ten'],
    [999.9e12, '1 × 10¹⁵', 'rounding past the last suffix'],
    [-70e9, '-70B', 'negative'],
    [0, '0', 'zero'],
    [-0, '0', 'negative zero shows as 0'],
  ])('formatCount(%d) = %s (%s)', (n, text) => {
    expect(formatCount(n)).toBe(text);
  });
});

describe('formatFlopsPerSecond: SI prefixes, as datasheets print peaks', () => {
  test.each([
    [312e12, '312 TFLOP/s', 'NVIDIA A100 datasheet, BF16 dense'],
    [2.25e15, '2.25 PFLOP/s', 'NVIDIA HGX B200 datasheet, dense, per GPU'],
    [0, '0 FLOP/s', 'zero has no sign'],
    [-1500, '-1.5 kFLOP/s', 'negative'],
  ])('formatFlopsPerSecond(%d) = %s (%s)', (flopsPerSecond, text) => {
    expect(formatFlopsPerSecond(flopsPerSecond)).toBe(text);
  });
});

describe('formatUsd', () => {
  test.each([
    [4.0577e6, '$4.06M', 'LLaMA 65B at $3.93/h (derived)'],
    [930, '$930', 'AI Index 2024: Transformer'],
    [191.4e6, '$191M', 'AI Index 2024: Gemini Ultra, three significant digits'],
    [27.06e6, '$27.1M', 'PaLM at $3.22/h (derived)'],
    [3.93, '$3.93', 'GCP A100 hourly price (Ruiz 2023)'],
    [24.1, '$24.10', 'cents below $100'],
    [2.5, '$2.50', 'cents below $100'],
    [1, '$1.00', 'one dollar with cents'],
    [99.994, '$99.99', 'just below $100 keeps cents'],
    [99.996, '$100', 'rounding up to $100 drops them'],
    [243.49, '$243', 'three significant digits from $100'],
    [0.616, '$0.616', 'below $1, three significant digits'],
    [6.16e-5, '$0.0000616', 'a per-token price written out, no power of ten'],
    [0.5, '$0.50', 'whole cents keep both digits below $1'],
    [0.1, '$0.10', 'a hosted price per million tokens, as price lists print it'],
    [0.32, '$0.32', 'two digits are enough'],
    [0.9999996, '$1.00', 'rounding up to a dollar keeps its cents'],
    [3e-13, '$3 × 10⁻¹³', 'a power of ten only below 10^-12'],
    [0, '$0', 'zero'],
    [-24.1, '-$24.10', 'a negative amount with cents'],
    [-1500, '-$1.5k', 'a negative saving'],
    [2e15, '$2 × 10¹⁵', 'beyond trillions'],
    [999.95e12, '$1 × 10¹⁵', 'rounding up to a thousand trillion becomes a power of ten'],
    [-0.616, '-$0.616', 'a negative amount below a dollar'],
    [1e-12, '$0.000000000001', 'the smallest amount written out'],
    [0.00999, '$0.00999', 'under a cent, three digits'],
    [100, '$100', 'a hundred dollars, no cents'],
    [99.995, '$100', 'rounds up across the cents boundary'],
  ])('formatUsd(%d) = %s (%s)', (usd, text) => {
    expect(formatUsd(usd)).toBe(text);
  });
});

describe('formatFlops: always scientific', () => {
  test.each([
    [3.1428e23, '3.14 × 10²³ FLOP'],
    [2.56e24, '2.56 × 10²⁴ FLOP'],
    [6000, '6 × 10³ FLOP'],
    [0, '0 FLOP'],
  ])('formatFlops(%d) = %s', (flops, text) => {
    expect(formatFlops(flops)).toBe(text);
  });
});

describe('durations', () => {
  test.each([
    [504, '21 days'],
    [24, '24 h'],
    [1, '1 h'],
    [0.5, '30 min'],
    [71, '71 h'],
    [72, '3 days'],
    [1200, '50 days'],
    [8766, '12 months'],
    [730.5, '30.4 days'],
    [90 * 24, '2.96 months'],
    [3 * 8766, '3 years'],
    [8766 * 1, '12 months'],
    [0, '0 s'],
    [1 / 60, '1 min'],
    [0.5 / 60, '30 s'],
    [1.2e-6, '0.00432 s'],
  ])('formatDuration(%d h) = %s', (hours, text) => {
    expect(formatDuration(hours)).toBe(text);
  });

  test.each([
    [504, '504 h'],
    [1_022_362, '1.02M h'],
  ])('formatHours(%d) = %s', (hours, text) => {
    expect(formatHours(hours)).toBe(text);
  });
});

describe('formatPercent', () => {
  test.each([
    [0.47646, '47.6%', 'LLaMA 65B implied MFU'],
    [0.4, '40%', ''],
    [1, '100%', ''],
    [0.000123, '0.0123%', ''],
    [0.99997, '99.997%', 'a LoRA saving never reads as 100%'],
    [0.9995, '99.95%', 'one digit more than usual'],
    [0.999, '99.9%', 'three digits suffice'],
    [-0.99997, '-99.997%', 'negative shares too'],
    [3.97e-5, '0.00397%', 'a real non-zero share never reads as 0%'],
    [0, '0%', 'zero is zero'],
    [1.5, '150%', 'above one'],
    [1.00001, '100%', 'above one, three digits: only shares below one get more'],
    [-1.00001, '-100%', 'below minus one, three digits'],
    [0.9999999999999999, '100%', 'at most 15 significant digits: 1 − 2⁻⁵³ is 100%'],
    [0.999999999999999, '99.9999999999999%', 'a share 10⁻¹⁵ below one takes all 15'],
  ])('formatPercent(%d) = %s %s', (fraction, text) => {
    expect(formatPercent(fraction)).toBe(text);
  });
});

describe('formatFactor', () => {
  test.each([
    [1.6429, '1.64×', 'the 10B-model range low end'],
    [30_123, '30,100×', 'a LoRA run against pre-training'],
    [999.4, '999×', 'below a thousand without separators'],
    [1000, '1,000×', 'separators from a thousand'],
    [2.5e15, '2.5 × 10¹⁵×', 'beyond the separators'],
    [1e15, '1 × 10¹⁵×', 'a power of ten from 10¹⁵ on'],
    [999e12, '999,000,000,000,000×', 'separators up to just below 10¹⁵'],
    [NaN, '—', 'never NaN'],
    [-2.5, '-2.5×', 'a negative ratio'],
    [-30_123, '-30,100×', 'a negative ratio with separators'],
    [0, '0×', 'zero'],
  ])('formatFactor(%d) = %s (%s)', (ratio, text) => {
    expect(formatFactor(ratio)).toBe(text);
  });
});

describe('formatBytes: SI by default, IEC on request', () => {
  test.each([
    [80e9, 'si', '80 GB'],
    [80e9, 'iec', '74.5 GiB'],
    [32 * 2 ** 30, 'iec', '32 GiB'],
    [32 * 2 ** 30, 'si', '34.4 GB'],
    [1000, 'si', '1 kB'],
    [1023, 'iec', '1020 B'],
    [1024, 'iec', '1 KiB'],
    [0, 'si', '0 B'],
    [1.12e12, 'si', '1.12 TB'],
    [-2e9, 'si', '-2 GB'],
  ] as const)('formatBytes(%d, %s) = %s', (bytes, system, text) => {
    expect(formatBytes(bytes, { system })).toBe(text);
  });

  test('defaults to SI', () => {
    expect(formatBytes(80e9)).toBe('80 GB');
  });
});

describe('describeCount: words for prose', () => {
  test.each([
    [70e9, 'parameters', '70 billion parameters'],
    [1.4e12, 'tokens', '1.4 trillion tokens'],
    [2048, 'GPUs', '2,048 GPUs'],
    [512, 'GPUs', '512 GPUs'],
    [3.14e23, 'FLOPs', '314 sextillion FLOPs'],
    [-3e6, 'dollars', '-3 million dollars'],
  ])('describeCount(%d, %s) = %s', (n, noun, text) => {
    expect(describeCount(n, noun)).toBe(text);
  });

  test('uses the singular for exactly one, and only without a scale word', () => {
    expect(describeCount(1, { singular: 'GPU', plural: 'GPUs' })).toBe('1 GPU');
    expect(describeCount(1000, { singular: 'GPU', plural: 'GPUs' })).toBe('1,000 GPUs');
    expect(describeCount(1e9, { singular: 'token', plural: 'tokens' })).toBe('1 billion tokens');
  });

  test('zero has no sign', () => {
    expect(describeCount(0, 'GPUs')).toBe('0 GPUs');
  });
});

describe('display safety: never "NaN" or "Infinity"', () => {
  const formatters = [
    formatCount,
    formatUsd,
    formatFlops,
    formatHours,
    formatDuration,
    formatPercent,
    (x: number) => formatBytes(x),
    (x: number) => describeCount(x, 'things'),
    ...quantityKinds.map((kind) => (x: number) => formatQuantity(x, kind)),
  ];
  test.each(nonFinite)('%d formats as an em dash everywhere', (x) => {
    for (const format of formatters) expect(format(x)).toBe('—');
  });
});

test('formatQuantity dispatches on the kind', () => {
  expect(formatQuantity(70e9, 'count')).toBe('70B');
  expect(formatQuantity(3.93, 'usd')).toBe('$3.93');
  expect(formatQuantity(0.4, 'fraction')).toBe('40%');
  expect(formatQuantity(504, 'hours')).toBe('21 days');
  expect(formatQuantity(80e9, 'bytes')).toBe('80 GB');
  expect(formatQuantity(3.14e23, 'flops')).toBe('3.14 × 10²³ FLOP');
});

test('prefixAt throws for a step outside the table, naming it', () => {
  expect(() => prefixAt(9)).toThrow(/expected a step from 0 to 8, received 9/);
});

test('an unknown kind is a programming error', () => {
  expect(() => formatQuantity(1, 'furlongs' as never)).toThrow('Unknown quantity kind "furlongs"');
});

test('scientific with one digit has no decimal point to trim', () => {
  expect(scientific(3.14e23, 1)).toBe('3 × 10²³');
  expect(scientific(0, 1)).toBe('0 × 10⁰');
});
