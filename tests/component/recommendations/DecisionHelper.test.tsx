// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { DecisionHelper } from '~/components/DecisionHelper';
import { readNext } from '~/components/recommendations/decisionOptions';
import { recommendationLabels } from '~/lib/recommend';

afterEach(cleanup);

const recommendation = () => screen.getByText('Recommendation').parentElement!.querySelector('output')!.textContent;
const choose = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const type = (label: string, text: string) => fireEvent.input(screen.getByLabelText(label), { target: { value: text } });

describe('DecisionHelper', () => {
  test('opens on a general task, a few months and $50k: a parameter-efficient fine-tune', () => {
    render(<DecisionHelper />);
    expect(recommendation()).toBe(recommendationLabels.peft);
    expect(screen.getByText(/general-purpose/)).toBeTruthy();
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
