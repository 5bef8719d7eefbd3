// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { DecisionHelper } from '~/components/DecisionHelper';
import { readNext } from '~/components/recommendations/decisionOptions';
import { recommendationLabels } from '~/lib/recommend';
import { resetAssumptions, setAcceleratorPrice, setAssumption } from '~/stores/assumptions';

afterEach(() => {
  cleanup();
  resetAssumptions();
});

const recommendation = () => screen.getByText('Recommendation').parentElement!.querySelector('output')!.textContent;
const choose = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const type = (label: string, text: string) => fireEvent.input(screen.getByLabelText(label), { target: { value: text } });
const whyNot = () => [...document.querySelectorAll('.tot-decision-alternatives li')].map((item) => item.textContent);

describe('DecisionHelper', () => {
  test('opens on a general task, a few months and $50k: a parameter-efficient fine-tune', () => {
    render(<DecisionHelper />);
    expect(recommendation()).toBe(recommendationLabels.peft);
    expect(screen.getByText(/general-purpose/)).toBeTruthy();
  });

  test('says why each other route lost, in words that do not depend on prices', () => {
    render(<DecisionHelper />);
    expect(whyNot()).toEqual([
      'Train from scratch: Nothing in your answers needs a model of your own, and only a few large firms and well-funded startups train from scratch.',
      'Continue pre-training an open model: Worth it only for a domain public models do not cover.',
      'Full fine-tune: A general task gains little from updating every weight; a parameter-efficient fine-tune gets most of the way for less memory.',
      'Prompting or retrieval only: Always worth trying first, but your data and team can do more by training.',
    ]);
  });

  test('prices pre-training at the reader’s A100 price and the low end of their utilisation band', () => {
    setAcceleratorPrice('a100-80gb', 3.93);
    setAssumption('mfu', { low: 0.4, high: 0.5 });
    render(<DecisionHelper />);
    choose('Regulation or data privacy', 'own-model-required');
    choose('Time until it must work', 'year');
    choose('Your team’s ML expertise', 'research');
    // Llama 2 7B: 6 · 6.74e9 · 2e12 = 8.088e22 FLOPs ÷ (312e12 FLOP/s × 0.4) ÷ 3600 = 180,021 A100-hours,
    // × $3.93 = $707,484. $50k buys 5.716e21 FLOPs: N = √(C/120) = 6.9B parameters, D = 20·N = 138B tokens.
    expect(whyNot()[0]).toBe(
      'Train from scratch: Pre-training a model like Llama 2 7B (6.74B parameters, 2T tokens) costs about $707k of compute at your prices, more than your $50k; that budget buys a compute-optimal model of only 6.9B parameters on 138B tokens.',
    );
  });

  test('a startup with little data: prompting or retrieval, with the reason', () => {
    render(<DecisionHelper />);
    type('Your own data, in tokens', '100k');
    type('Compute budget', '$5k');
    choose('Time until it must work', 'weeks');
    expect(recommendation()).toBe(recommendationLabels['prompt-or-retrieval']);
    expect(screen.getByText(/put it in the prompt or a retrieval index/, { selector: '.tot-decision-reasons li' })).toBeTruthy();
  });

  test('a regulated bank with private data and $10M: train from scratch, because of the regulation', () => {
    render(<DecisionHelper />);
    choose('How special is your data?', 'unique');
    choose('Regulation or data privacy', 'own-model-required');
    choose('Time until it must work', 'year');
    choose('Your team’s ML expertise', 'research');
    type('Compute budget', '$10M');
    type('Your own data, in tokens', '50B');
    expect(recommendation()).toBe(recommendationLabels['from-scratch']);
    expect(screen.getByText(/forbid models trained by third parties/)).toBeTruthy();
  });

  test('links only to the pages of the recommended route', () => {
    const { container } = render(<DecisionHelper />);
    const hrefs = [...container.querySelectorAll('.tot-decision-links a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(readNext.peft.map(({ href }) => href));
  });

  test('an invalid budget is marked at the field and the last recommendation stays, without NaN', () => {
    const { container } = render(<DecisionHelper />);
    const before = recommendation();
    type('Compute budget', 'lots');
    expect(screen.getByLabelText('Compute budget').getAttribute('aria-invalid')).toBe('true');
    expect(recommendation()).toBe(before);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
