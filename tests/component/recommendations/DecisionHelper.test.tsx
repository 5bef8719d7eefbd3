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
      'Neither: a hosted model, prompted or with retrieval: Untested: if a hosted model, prompted or with retrieval, passes your evaluation, it beats every route here.',
    ]);
  });

  test('prices pre-training at the reader’s H100 price: Llama 3 8B’s published hours, and the budget at the low end of their utilisation band', () => {
    setAcceleratorPrice('h100-sxm', { low: 3.78, high: 3.78 });
    setAssumption('mfu', { low: 0.4, high: 0.5 });
    render(<DecisionHelper />);
    choose('Regulation or data privacy', 'own-model-required');
    choose('Time until it must work', 'year');
    choose('Your team’s ML expertise', 'research');
    // Llama 3 8B: 1.3M H100-hours × $3.78 = $4,914,000. $50k buys 50e3 / 3.78 × 3600 s × (989e12 × 0.4)
    // FLOP/s = 1.88381e22 FLOPs: N = √(C/120) = 12.5B parameters, D = 20·N = 251B tokens.
    expect(whyNot()[0]).toBe(
      'Train from scratch: Pre-training a model like Llama 3 8B (8B parameters, 15T tokens, 1.3M H100-hours) costs about $4.91M of compute at your prices, more than your $50k; that budget would train a compute-optimal model of 12.5B parameters on only 251B tokens, against 15T for Llama 3 8B.',
    );
  });

  test('the first question: a hosted model that passes the evaluation settles it, with no training cost', () => {
    render(<DecisionHelper />);
    expect(screen.getAllByRole('combobox')[0]).toBe(screen.getByLabelText('Does a hosted model, prompted or with retrieval, pass your evaluation?'));
    choose('Does a hosted model, prompted or with retrieval, pass your evaluation?', 'passes');
    expect(recommendation()).toBe('Neither: a hosted model, prompted or with retrieval');
    expect(screen.getByText('Training compute cost at your prices').parentElement!.querySelector('output')!.textContent).toBe('None: you pay per token used');
  });

  test('shows the training compute of the route against the EU AI Act’s 10²⁵ FLOP, and its duties when the model goes on the EU market', () => {
    render(<DecisionHelper />);
    // LoRA on 100M tokens: 4 · 8e9 · 1e8 = 3.2e18 FLOP; 1e25 / 3.2e18 = 3,125,000×.
    const compute = screen.getByText('Training compute').parentElement!;
    expect(compute.querySelector('output')!.textContent).toBe('3.2 × 10¹⁸ FLOP');
    expect(compute.textContent).toContain('The EU AI Act presumes systemic risk above 10²⁵ FLOP, 3,130,000× this route’s');
    expect(document.body.textContent).not.toContain('general-purpose AI model under the EU AI Act');
    choose('Will you place a model you train on the EU market?', 'yes');
    expect(screen.getByText(/makes you the provider of a general-purpose AI model under the EU AI Act depends on how much it changes the model/, { selector: '.tot-decision-reasons li' })).toBeTruthy();
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
