import { describe, expect, test } from 'vitest';
import { evaluationFlops } from '../../../src/lib/evaluation';
import { trainingFlops } from '../../../src/lib/training';

describe('evaluation = 2·N FLOPs per token (Kaplan et al. 2020, §2.1)', () => {
  test('LLaMA 65B over a billion tokens', () => {
    expect(evaluationFlops({ params: 65.2e9, tokens: 1e9 })).toBeCloseTo(1.304e20, -15);
  });
  test('a token evaluated costs a third of a token trained', () => {
    expect(evaluationFlops({ params: 7e9, tokens: 1e12 }) * 3).toBeCloseTo(trainingFlops({ params: 7e9, tokens: 1e12 }), -10);
  });
  test('rejects NaN', () => {
    expect(() => evaluationFlops({ params: NaN, tokens: 1 })).toThrow(/params/);
  });
});
