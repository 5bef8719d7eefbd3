import { describe, expect, test } from 'vitest';
import {
  requireCount,
  requireFraction,
  requireNonNegative,
  requireOneOf,
  requirePositive,
  requireUnitInterval,
} from '../../../src/lib/validate';

// Titles name each check in words: a title that printed the function would carry the bundler's
// rewritten source, which differs between runs (and mutation testing matches tests by title).
describe('argument checks return valid values unchanged', () => {
  test.each<[string, () => unknown, unknown]>([
    ['requireNonNegative(0)', () => requireNonNegative(0, 'f', 'x'), 0],
    ['requirePositive(1e-9)', () => requirePositive(1e-9, 'f', 'x'), 1e-9],
    ['requireUnitInterval(1)', () => requireUnitInterval(1, 'f', 'x'), 1],
    ['requireFraction(0)', () => requireFraction(0, 'f', 'x'), 0],
    ['requireFraction(1)', () => requireFraction(1, 'f', 'x'), 1],
    ['requireCount(0) with min 0', () => requireCount(0, 'f', 'x', 0), 0],
    ['requireCount(2048)', () => requireCount(2048, 'f', 'x'), 2048],
    ['requireOneOf(bf16)', () => requireOneOf('bf16', ['fp32', 'bf16'], 'f', 'x'), 'bf16'],
  ])('%s', (_name, check, expected) => {
    expect(check()).toBe(expected);
  });
});

describe('argument checks throw, naming function, argument, expectation and value', () => {
  test.each<[string, () => unknown, string]>([
    ['requireNonNegative(-0.5)', () => requireNonNegative(-0.5, 'f', 'tokens'), 'f: expected tokens to be a finite number ≥ 0, received -0.5'],
    ['requireNonNegative(Infinity)', () => requireNonNegative(Infinity, 'f', 'tokens'), 'f: expected tokens to be a finite number ≥ 0, received Infinity'],
    ['requireNonNegative(NaN)', () => requireNonNegative(NaN, 'f', 'tokens'), 'f: expected tokens to be a finite number ≥ 0, received NaN'],
    ['requireNonNegative("3")', () => requireNonNegative('3' as never, 'f', 'tokens'), 'f: expected tokens to be a finite number ≥ 0, received "3"'],
    ['requirePositive(-0)', () => requirePositive(-0, 'f', 'peak'), 'f: expected peak to be a finite number > 0, received -0'],
    ['requirePositive(Infinity)', () => requirePositive(Infinity, 'f', 'peak'), 'f: expected peak to be a finite number > 0, received Infinity'],
    ['requirePositive("3")', () => requirePositive('3' as never, 'f', 'peak'), 'f: expected peak to be a finite number > 0, received "3"'],
    ['requirePositive([70e9])', () => requirePositive([70e9] as never, 'f', 'params'), 'f: expected params to be a finite number > 0, received 70000000000'],
    ['requireUnitInterval(0)', () => requireUnitInterval(0, 'f', 'mfu'), 'f: expected mfu to be a fraction in (0, 1], e.g. 0.4 for 40%, received 0'],
    ['requireUnitInterval(1.5)', () => requireUnitInterval(1.5, 'f', 'mfu'), 'f: expected mfu to be a fraction in (0, 1], e.g. 0.4 for 40%, received 1.5'],
    ['requireUnitInterval("0.4")', () => requireUnitInterval('0.4' as never, 'f', 'mfu'), 'f: expected mfu to be a fraction in (0, 1], e.g. 0.4 for 40%, received "0.4"'],
    ['requireFraction(-0.1)', () => requireFraction(-0.1, 'f', 'share'), 'f: expected share to be a fraction in [0, 1], received -0.1'],
    ['requireFraction(1.1)', () => requireFraction(1.1, 'f', 'share'), 'f: expected share to be a fraction in [0, 1], received 1.1'],
    ['requireFraction(undefined)', () => requireFraction(undefined as never, 'f', 'share'), 'f: expected share to be a fraction in [0, 1], received undefined'],
    ['requireFraction("0.5")', () => requireFraction('0.5' as never, 'f', 'share'), 'f: expected share to be a fraction in [0, 1], received "0.5"'],
    ['requireCount(2.5)', () => requireCount(2.5, 'f', 'devices'), 'f: expected devices to be an integer ≥ 1, received 2.5'],
    ['requireCount(0)', () => requireCount(0, 'f', 'devices'), 'f: expected devices to be an integer ≥ 1, received 0'],
    ['requireCount(2 ** 53)', () => requireCount(2 ** 53, 'f', 'devices'), 'f: expected devices to be an integer ≥ 1, received 9007199254740992'],
    ['requireCount("8")', () => requireCount('8' as never, 'f', 'devices', 0), 'f: expected devices to be an integer ≥ 0, received "8"'],
    ['requireOneOf(fp64)', () => requireOneOf('fp64', ['fp32', 'bf16'], 'f', 'precision'), 'f: expected precision to be one of fp32, bf16, received "fp64"'],
  ])('%s', (_name, check, message) => {
    expect(check).toThrow(message);
  });
});
