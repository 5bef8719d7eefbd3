// @vitest-environment happy-dom
import { act, cleanup, screen } from '@testing-library/preact';
import { hydrate } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, test } from 'vitest';
import { AssumptionsPanel } from '~/components/AssumptionsPanel';
import { MemoryCalculator } from '~/components/MemoryCalculator';
import { TrainingEstimator } from '~/components/TrainingEstimator';
import { llama65bExample } from '~/components/trainingExample';
import { $assumptions, resetAssumptions } from '~/stores/assumptions';

/**
 * What a reader does to a server-rendered calculator before its island hydrates: the fields are
 * live native controls, so the text is there in the DOM, and the island must adopt it.
 */
let container: HTMLElement;
afterEach(async () => {
  cleanup();
  container?.remove();
  resetAssumptions();
  // Let a debounced URL write of this test land before the next test starts from a clean URL.
  await new Promise((resolve) => setTimeout(resolve, urlWriteWaitMs));
  window.history.replaceState(null, '', '/');
});

/** Longer than the kit's URL write debounce (250 ms). */
const urlWriteWaitMs = 300;

function serverRender(node: preact.VNode) {
  container = document.createElement('div');
  container.innerHTML = renderToString(node);
  document.body.append(container);
  // A browser selects the option the server marked `selected`; happy-dom's parser does not.
  for (const select of container.querySelectorAll('select')) {
    select.value = select.querySelector('option[selected]')?.getAttribute('value') ?? select.value;
  }
}

/** Types into a server-rendered field the way a browser does: the property changes, the attribute stays. */
function typeBeforeHydration(id: string, text: string) {
  (document.getElementById(id) as HTMLInputElement).value = text;
}

const output = (label: string) =>
  [...container.querySelectorAll('.tot-result')].find((cell) => cell.querySelector('.tot-result-label')?.textContent === label)!.querySelector('output')!
    .textContent;

describe('a value typed before hydration is the reader’s edit', () => {
  test('the estimator keeps "7B" typed before it woke up, computes from it and puts it in the URL', async () => {
    serverRender(<TrainingEstimator example={llama65bExample} />);
    const before = output('Compute cost');
    typeBeforeHydration('training-estimator-params', '7B');
    await act(() => hydrate(<TrainingEstimator example={llama65bExample} />, container));
    expect((screen.getByLabelText('Parameters (active per token)') as HTMLInputElement).value).toBe('7B');
    expect(output('Compute cost')).not.toBe(before);
    // 6 × 7B × 1.4T = 5.88e22 FLOP, as the worked example's 5.48e23 scaled by 7 / 65.2.
    expect(output('Training compute')).toBe('5.88e22 FLOP');
    await new Promise((resolve) => setTimeout(resolve, urlWriteWaitMs));
    expect(window.location.search).toContain('train.params=7B');
  });

  test('a choice made before hydration counts too, and an untouched field stays on its default', async () => {
    serverRender(<MemoryCalculator />);
    const select = document.getElementById('memory-calculator-zero') as HTMLSelectElement;
    select.value = '3';
    await act(() => hydrate(<MemoryCalculator />, container));
    expect((document.getElementById('memory-calculator-zero') as HTMLSelectElement).value).toBe('3');
    expect([...container.querySelectorAll('.tot-result-label')].map((label) => label.textContent)).toContain('Fewest devices that fit at ZeRO-3');
    expect((document.getElementById('memory-calculator-params') as HTMLInputElement).value).toBe('6.74B');
  });

  test('typed text beats the link: the link fills only the fields the reader did not type', async () => {
    window.history.replaceState(null, '', '/?train.params=70B&train.tokens=2T');
    serverRender(<TrainingEstimator example={llama65bExample} />);
    typeBeforeHydration('training-estimator-params', '13B');
    await act(() => hydrate(<TrainingEstimator example={llama65bExample} />, container));
    expect((document.getElementById('training-estimator-params') as HTMLInputElement).value).toBe('13B');
    expect((document.getElementById('training-estimator-tokens') as HTMLInputElement).value).toBe('2T');
  });

  test('the shared assumptions panel saves a price typed before it woke up', async () => {
    serverRender(<AssumptionsPanel />);
    typeBeforeHydration('assumption-price-h100-sxm', '$2.10/h');
    await act(() => hydrate(<AssumptionsPanel />, container));
    expect($assumptions.get().pricePerHourUsd['h100-sxm']).toBe(2.1);
  });

  test('nothing is replayed when nothing was typed', async () => {
    serverRender(<TrainingEstimator example={llama65bExample} />);
    await act(() => hydrate(<TrainingEstimator example={llama65bExample} />, container));
    await new Promise((resolve) => setTimeout(resolve, urlWriteWaitMs));
    expect(window.location.search).toBe('');
  });
});
