import { h, hydrate, type ComponentType, type FunctionComponent } from 'preact';
import { hasStoredChoices } from '~/stores/storageKeys';
import { changedControls } from './earlyInput';

/**
 * A calculator that rests until its page needs it. The server renders the calculator itself, its
 * worked example and results included, and the page reads complete without JavaScript. In the
 * browser the island hydrates (`client:visible`) into this small component, which keeps the
 * server's markup and loads the calculator's code only when a result could differ from it:
 *
 * - at once, when the address has a query (a shared link's state or assumptions), when the
 *   reader has stored assumptions or a last estimate, or when a control already holds something
 *   the reader typed;
 * - otherwise on the reader's first move towards it: the pointer over it, a touch, focus, a key,
 *   an edit or a click.
 *
 * Whatever the reader does while the code loads counts. Text typed and options chosen are in the
 * native controls, and the calculator adopts them when it hydrates (`useEarlyInput`; text in the
 * field that has focus is taken as typing still under way, which counts when whole). Clicks on its
 * buttons and focusable chart points and navigation keys (arrows, Enter, Escape) are replayed once
 * it is live. A form submission in the meantime is cancelled, as the live calculator cancels it.
 * The element's `data-island` says where it stands: `resting`, `waking` or `live`.
 *
 * Why: Preact's hooks, nanostores, the stores, the calculator kit and a calculator's own model are
 * 20–34 kB of gzipped JavaScript per page (README, Performance), and a reader who only reads the
 * guide sees exactly the same page without them. Like search (`src/components/overrides/Search.astro`),
 * a calculator's code loads when used.
 */
export interface RestingIslandOptions<Props> {
  /** The calculator, where it renders: on the server. `undefined` in the browser's bundle. */
  server: ComponentType<Props> | undefined;
  /** Loads the calculator in the browser. */
  load: () => Promise<ComponentType<Props>>;
}

/**
 * The element around the calculator: a plain block, which leaves the layout as it was (the
 * calculator's margins collapse through it). Not `display: contents`: `client:visible` watches
 * this element, and an element without a box is never seen.
 */
const islandClass = 'tot-island';

/** Preact leaves an element's markup alone when it hydrates one with `dangerouslySetInnerHTML`. */
const serverMarkup = { __html: '' };

/** The events that wake a resting calculator: the reader's first move towards it. */
const wakeEvents = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown', 'input', 'change', 'click', 'submit'] as const;

/** Keys a calculator handles itself (stepping a value, moving between chart points, committing). */
const replayedKeys = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown', 'Enter', 'Escape']);

export function restingIsland<Props extends object>({ server, load }: RestingIslandOptions<Props>): FunctionComponent<Props> {
  return function RestingIsland(props) {
    if (server) return h('div', { class: islandClass }, h(server, props));
    return h('div', {
      class: islandClass,
      dangerouslySetInnerHTML: serverMarkup,
      ref: (element: HTMLDivElement | null) => {
        if (element && element.dataset.island === undefined) {
          rest(element, () => load().then((Live) => hydrate(h(Live, props), element)));
        }
      },
    });
  };
}

/** Wakes the calculator in `element` at once when its results could differ from the server's, else on first use. */
function rest(element: HTMLElement, wake: () => Promise<void>): void {
  const replays: (() => void)[] = [];
  let waking = false;
  const start = () => {
    waking = true;
    element.dataset.island = 'waking';
    wake().then(
      () => {
        for (const type of wakeEvents) element.removeEventListener(type, onEvent, true);
        element.dataset.island = 'live';
        for (const replay of replays.splice(0)) replay();
      },
      () => {
        // The code did not arrive (offline, a failed request): the server's calculator stays, and
        // the reader's next move tries again.
        waking = false;
        element.dataset.island = 'resting';
      },
    );
  };
  function onEvent(event: Event) {
    if (event.type === 'submit') event.preventDefault();
    const replay = replayOf(event);
    if (replay) replays.push(replay);
    if (!waking) start();
  }
  for (const type of wakeEvents) element.addEventListener(type, onEvent, { capture: true, passive: type === 'touchstart' });
  element.dataset.island = 'resting';
  if (window.location.search.length > 1 || hasStoredChoices() || changedControls(element).length > 0) start();
}

/** What to do again once the calculator is live, for an event its code was not there to handle. */
function replayOf(event: Event): (() => void) | undefined {
  const target = event.target;
  if (!event.isTrusted || !(target instanceof Element)) return undefined;
  if (event.type === 'click') {
    // Links, disclosures and form controls did what a click does natively; buttons and focusable
    // chart points wait for the calculator.
    const clickable = target.closest('button, [tabindex]');
    if (clickable === null || clickable.closest('a, summary, label, input, select, textarea') !== null) return undefined;
    return () => {
      if (clickable.isConnected) clickable.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    };
  }
  if (event.type === 'keydown') {
    const { key, shiftKey, altKey, ctrlKey, metaKey } = event as KeyboardEvent;
    if (!replayedKeys.has(key)) return undefined;
    return () => {
      if (target.isConnected) target.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, altKey, ctrlKey, metaKey, bubbles: true, cancelable: true }));
    };
  }
  return undefined;
}
