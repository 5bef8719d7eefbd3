import { describe, expect, test } from 'vitest';
import {
  requireCount,
  requireFraction,
  requireNonNegative,
  requireOneOf,
  requirePositive,
  requireUnitInterval,
} from '../../../src/lib/validate';

describe('argument checks return valid values unchanged', () => {
  test.each([
    [() => requireNonNegative(0, 'f', 'x'), 0],
    [() => requirePositive(1e-9, 'f', 'x'), 1e-9],
    [() => requireUnitInterval(1, 'f', 'x'), 1],
    [() => requireFraction(0, 'f', 'x'), 0],
    [() => requireCount(0, 'f', 'x', 0), 0],
    [() => requireOneOf('bf16', ['fp32', 'bf16'], 'f', 'x'), 'bf16'],
  ])('%#', (check, expected) => {
    expect(check()).toBe(expected);
  });
});

describe('argument checks throw, naming function, argument, expectation and value', () => {
  test.each([
    [() => requireNonNegative(-0.5, 'f', 'tokens'), 'f: expected tokens to be a finite number ≥ 0, received -0.5'],
    [() => requirePositive(-0, 'f', 'peak'), 'f: expected peak to be a finite number > 0, received -0'],
    [() => requirePositive('3' as never, 'f', 'peak'), 'f: expected peak to be a finite number > 0, received "3"'],
    [() => requireUnitInterval(1.5, 'f', 'mfu'), 'f: expected mfu to be a fraction in (0, 1], e.g. 0.4 for 40%, received 1.5'],
    [() => requireFraction(-0.1, 'f', 'share'), 'f: expected share to be a fraction in [0, 1], received -0.1'],
    [() => requireFraction(undefined as never, 'f', 'share'), 'f: expected share to be a fraction in [0, 1], received undefined'],
    [() => requireCount(2.5, 'f', 'devices'), 'f: expected devices to be an integer ≥ 1, received 2.5'],
    [() => requireOneOf('fp64', ['fp32', 'bf16'], 'f', 'precision'), 'f: expected precision to be one of fp32, bf16, received "fp64"'],
  ])('%#: %s', (check, message) => {
    expect(check).toThrow(message);
  });
});
