import { fireEvent, screen } from '@testing-library/preact';
import { expect } from 'vitest';

/** The `<output>` of a result cell by its label. */
export const output = (label: string) => screen.getByText(label, { selector: '.tot-result-label' }).parentElement!.querySelector('output')!;

/** Types into the field with this label. */
export const type = (label: string, text: string) => fireEvent.input(screen.getByLabelText(label), { target: { value: text } });

/** Invalid text marks the field, keeps the last result, and shows no NaN anywhere. */
export function expectMarkedInvalid(container: Element, label: string, resultLabel: string, text: string) {
  const before = output(resultLabel).textContent;
  type(label, text);
  const input = screen.getByLabelText(label);
  expect(input.getAttribute('aria-invalid')).toBe('true');
  const message = document.getElementById(input.getAttribute('aria-describedby')!);
  expect(message?.textContent?.length).toBeGreaterThan(5);
  expect(output(resultLabel).textContent).toBe(before);
  expect(container.querySelector('[data-stale]')).not.toBeNull();
  expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
}
