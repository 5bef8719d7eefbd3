// @vitest-environment happy-dom
import { act, cleanup, screen } from '@testing-library/preact';
import { hydrate } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, test } from 'vitest';
import { AssumptionsPanel } from '~/components/AssumptionsPanel';
import { replayEarlyInput } from '~/components/kit/earlyInput';
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
    expect(output('Training compute')).toBe('5.88 × 10²² FLOP');
    await new Promise((resolve) => setTimeout(resolve, urlWriteWaitMs));
    expect(window.location.search).toContain('train.params=7B');
  });

  test('a choice made before hydration counts too, and an untouched field stays on its default', async () => {
    // The calculator opens at ZeRO-3 on 8 data-parallel devices (torchtitan's Llama 3 70B recipe).
    serverRender(<MemoryCalculator />);
    const before = output('Memory per device');
    const select = document.getElementById('memory-calculator-zero') as HTMLSelectElement;
    select.value = '1';
    await act(() => hydrate(<MemoryCalculator />, container));
    expect((document.getElementById('memory-calculator-zero') as HTMLSelectElement).value).toBe('1');
    // ZeRO-1 shards only the optimizer states, so each device holds more than at ZeRO-3.
    expect(document.getElementById('memory-calculator-zero-note')!.textContent).toBe('Optimizer states are sharded');
    expect(output('Memory per device')).not.toBe(before);
    expect((document.getElementById('memory-calculator-dp') as HTMLInputElement).value).toBe('8');
  });

  test('a slider moved before hydration sets its field', async () => {
    serverRender(<MemoryCalculator />);
    const slider = container.querySelector<HTMLInputElement>('input[type="range"][aria-label="Number of data-parallel devices"]')!;
    // Position 20 of 100 on a log track from 1 to 100,000: 10^(5 × 20/100) = 10 devices.
    slider.value = '20';
    await act(() => hydrate(<MemoryCalculator />, container));
    expect((document.getElementById('memory-calculator-dp') as HTMLInputElement).value).toBe('10');
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
    // Prices are bands now; one typed number is a band of one price.
    expect($assumptions.get().pricePerHourUsd['h100-sxm']).toEqual({ low: 2.1, high: 2.1 });
  });

  /** The estimator hydrated while its parameters field has focus and holds `text`: the reader is mid-typing. */
  async function hydrateWhileTyping(text: string) {
    serverRender(<TrainingEstimator example={llama65bExample} />);
    const before = output('Training compute');
    const field = document.getElementById('training-estimator-params') as HTMLInputElement;
    field.focus();
    field.value = text;
    await act(() => hydrate(<TrainingEstimator example={llama65bExample} />, container));
    return { before, field };
  }

  test('text in a field that still has focus counts once the reader leaves the field', async () => {
    const { before, field } = await hydrateWhileTyping('7B');
    expect(output('Training compute')).toBe(before);
    await act(() => field.blur());
    expect(output('Training compute')).toBe('5.88 × 10²² FLOP');
  });

  test('so "1e400", typed on while the calculator woke at "1e4", is never computed for "1e4"', async () => {
    const { before, field } = await hydrateWhileTyping('1e4');
    expect(field.value).toBe('1e4');
    expect(output('Training compute')).toBe(before);
    field.value = '1e400';
    await act(() => {
      field.dispatchEvent(new KeyboardEvent('keydown', { key: '0', bubbles: true }));
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => field.blur());
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(output('Training compute')).toBe(before);
  });

  test('nothing is replayed when nothing was typed', async () => {
    serverRender(<TrainingEstimator example={llama65bExample} />);
    await act(() => hydrate(<TrainingEstimator example={llama65bExample} />, container));
    await new Promise((resolve) => setTimeout(resolve, urlWriteWaitMs));
    expect(window.location.search).toBe('');
  });
});

describe('replayEarlyInput', () => {
  /** Every edit event the controls under `root` receive, as "id:type". */
  function recorded(root: HTMLElement): string[] {
    const events: string[] = [];
    for (const type of ['input', 'change']) root.addEventListener(type, (event) => events.push(`${(event.target as HTMLElement).id}:${type}`));
    replayEarlyInput(root);
    return events;
  }

  test('replays only server-rendered controls whose value the reader changed', () => {
    container = document.createElement('div');
    container.innerHTML = [
      '<input id="typed" type="text" value="65.2B">',
      '<input id="untouched" type="text" value="1.4T">',
      '<input id="browser-made" type="text">',
      '<input id="moved" type="range" min="0" max="100" value="50">',
      '<input id="box" type="checkbox">',
      '<select id="chosen"><option value="a" selected>A</option><option value="b">B</option></select>',
      '<select id="unmarked"><option value="a">A</option><option value="b">B</option></select>',
    ].join('');
    document.body.append(container);
    (document.getElementById('typed') as HTMLInputElement).value = '70B';
    (document.getElementById('browser-made') as HTMLInputElement).value = '3';
    (document.getElementById('moved') as HTMLInputElement).value = '60';
    (document.getElementById('box') as HTMLInputElement).checked = true;
    (document.getElementById('chosen') as HTMLSelectElement).value = 'b';
    (document.getElementById('unmarked') as HTMLSelectElement).value = 'b';
    expect(recorded(container)).toEqual(['typed:input', 'moved:input', 'chosen:change']);
  });

  test('replays nothing when nothing changed', () => {
    container = document.createElement('div');
    container.innerHTML = '<input id="a" type="text" value="7B"><select id="s"><option value="x" selected>X</option></select>';
    document.body.append(container);
    expect(recorded(container)).toEqual([]);
  });
});
