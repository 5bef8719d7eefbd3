// @vitest-environment happy-dom
import { act, cleanup } from '@testing-library/preact';
import { hydrate, type ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { restingIsland } from '~/components/kit/restingIsland';
import { assumptionsStorageKey, hasStoredChoices, lastEstimateStorageKey, storagePrefix } from '~/stores/storageKeys';

/**
 * A calculator rests as the server rendered it until its results could differ from the server's:
 * a link's state, stored choices, text typed before its script ran, or the reader's first move
 * towards it. These tests stand in for Astro: the server renders the island, then the browser
 * hydrates it from the same props.
 */

/** A small calculator: a counter with a button, and a field whose ArrowUp adds ten. */
function Counter({ start }: { start: number }) {
  const [count, setCount] = useState(start);
  return (
    <section class="tot-calculator">
      <form onSubmit={(event) => event.preventDefault()}>
        <input
          id="counter-field"
          type="text"
          value={String(count)}
          onInput={(event) => setCount(Number(event.currentTarget.value))}
          onKeyDown={(event) => {
            if (event.key === 'ArrowUp') setCount((value) => value + 10);
          }}
        />
        <button type="button" onClick={() => setCount((value) => value + 1)}>
          Add one
        </button>
      </form>
      <output>{count}</output>
    </section>
  );
}

let container: HTMLElement | undefined;
afterEach(() => {
  cleanup();
  container?.remove();
  container = undefined;
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

/** The island as Astro renders it on the server, in the document. */
function serverRender(start: number): HTMLElement {
  const Server = restingIsland({ server: Counter, load: () => Promise.reject(new Error('the server never loads')) });
  container = document.createElement('div');
  container.innerHTML = renderToString(<Server start={start} />);
  document.body.append(container);
  return container;
}

/** The island as Astro hydrates it in the browser, with a loader that counts its calls. */
async function hydrateResting(root: HTMLElement, start: number, load: () => Promise<ComponentType<{ start: number }>> = () => Promise.resolve(Counter)) {
  const loader = vi.fn(load);
  const Browser = restingIsland<{ start: number }>({ server: undefined, load: loader });
  await act(() => hydrate(<Browser start={start} />, root));
  return loader;
}

const island = () => container!.querySelector<HTMLElement>('.tot-island')!;
const output = () => container!.querySelector('output')!.textContent;
const field = () => container!.querySelector<HTMLInputElement>('#counter-field')!;
const button = () => container!.querySelector('button')!;
/** Lets the loader's promise and the hydration after it run. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

/** happy-dom marks dispatched events untrusted; a reader's events are trusted. */
function readerEvent<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

describe('on the server', () => {
  test('the island renders the calculator itself, inside one plain element', () => {
    const root = serverRender(7);
    expect(root.children).toHaveLength(1);
    expect(island().tagName).toBe('DIV');
    expect(island().querySelector('section.tot-calculator output')?.textContent).toBe('7');
  });
});

describe('at rest', () => {
  test('hydrating keeps the server’s markup and loads nothing', async () => {
    const root = serverRender(7);
    const markup = island().innerHTML;
    const loader = await hydrateResting(root, 7);
    expect(island().innerHTML).toBe(markup);
    expect(island().dataset.island).toBe('resting');
    expect(loader).not.toHaveBeenCalled();
  });

  test('a form submitted before the calculator is live is cancelled, as the live calculator cancels it', async () => {
    const root = serverRender(7);
    await hydrateResting(root, 7, () => new Promise(() => {}));
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    root.querySelector('form')!.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
  });
});

describe('the reader’s first move wakes it', () => {
  test.each(['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown', 'input', 'change', 'click'])('%s loads the calculator once and hydrates it', async (type) => {
    const root = serverRender(7);
    const loader = await hydrateResting(root, 7);
    field().dispatchEvent(new Event(type, { bubbles: true }));
    field().dispatchEvent(new Event(type, { bubbles: true }));
    await settle();
    expect(loader).toHaveBeenCalledTimes(1);
    expect(island().dataset.island).toBe('live');
    button().click();
    await settle();
    expect(output()).toBe('8');
  });

  test('a click on a button while the code loads counts once the calculator is live', async () => {
    const root = serverRender(7);
    await hydrateResting(root, 7);
    button().dispatchEvent(readerEvent(new MouseEvent('click', { bubbles: true, cancelable: true })));
    expect(output()).toBe('7');
    await settle();
    expect(output()).toBe('8');
  });

  test('ArrowUp in a field while the code loads counts once the calculator is live; other keys are not replayed', async () => {
    const root = serverRender(7);
    await hydrateResting(root, 7);
    field().dispatchEvent(readerEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true })));
    field().dispatchEvent(readerEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true })));
    await settle();
    expect(output()).toBe('17');
  });

  test('a click on a link is not replayed: the browser already followed it', async () => {
    const root = serverRender(7);
    const link = document.createElement('a');
    link.href = '#x';
    island().querySelector('section')!.append(link);
    await hydrateResting(root, 7);
    const onClick = vi.fn();
    link.addEventListener('click', onClick);
    link.dispatchEvent(readerEvent(new MouseEvent('click', { bubbles: true, cancelable: true })));
    await settle();
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  test('when the code does not arrive, the server’s calculator stays and the next move tries again', async () => {
    const root = serverRender(7);
    let attempts = 0;
    const loader = await hydrateResting(root, 7, () => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Counter)));
    field().dispatchEvent(new Event('focusin', { bubbles: true }));
    await settle();
    expect(island().dataset.island).toBe('resting');
    expect(output()).toBe('7');
    field().dispatchEvent(new Event('focusin', { bubbles: true }));
    await settle();
    expect(loader).toHaveBeenCalledTimes(2);
    expect(island().dataset.island).toBe('live');
  });
});

describe('it wakes at once when its results could differ from the server’s', () => {
  test('a link with a query (a calculator’s state or the sender’s assumptions)', async () => {
    window.history.replaceState(null, '', '/?train.params=7B');
    const root = serverRender(7);
    const loader = await hydrateResting(root, 7);
    await settle();
    expect(loader).toHaveBeenCalledTimes(1);
    expect(island().dataset.island).toBe('live');
  });

  test.each([assumptionsStorageKey, lastEstimateStorageKey])('a choice the reader stored (%s)', async (key) => {
    localStorage.setItem(key, '{}');
    const root = serverRender(7);
    const loader = await hydrateResting(root, 7);
    await settle();
    expect(loader).toHaveBeenCalledTimes(1);
  });

  test('text typed before the script ran, which the live calculator then computes from', async () => {
    const root = serverRender(7);
    field().value = '40';
    const loader = await hydrateResting(root, 7);
    await settle();
    expect(loader).toHaveBeenCalledTimes(1);
    expect(field().value).toBe('40');
  });

  test('nothing of the above: another site’s storage does not count', async () => {
    localStorage.setItem('starlight-theme', 'dark');
    const root = serverRender(7);
    const loader = await hydrateResting(root, 7);
    await settle();
    expect(loader).not.toHaveBeenCalled();
  });
});

describe('stored choices', () => {
  test('every key the site stores starts with the prefix the resting island looks for', () => {
    expect([assumptionsStorageKey, lastEstimateStorageKey].every((key) => key.startsWith(storagePrefix))).toBe(true);
  });

  test('storage that throws counts as nothing stored', () => {
    localStorage.setItem(assumptionsStorageKey, '{}');
    const spy = vi.spyOn(globalThis, 'localStorage', 'get').mockImplementation(() => {
      throw new Error('SecurityError: storage is disabled');
    });
    expect(hasStoredChoices()).toBe(false);
    spy.mockRestore();
    expect(hasStoredChoices()).toBe(true);
  });
});
