/**
 * The `<site-search>` element of the Search override: opens and closes the dialog like Starlight's
 * own (button, Ctrl/⌘+K, Cancel, a click outside, Escape) and also on `/`, and loads the search
 * UI (`./searchUi`) the first time the reader opens it. Until then a page carries only this
 * script; Pagefind's engine and index load when the UI's input first takes focus, as before.
 */

/** Where the reader is typing, so that `/` there is a character, not a shortcut. */
const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

class SiteSearch extends HTMLElement {
  constructor() {
    super();
    const openButton = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    const closeButton = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
    const dialog = this.querySelector('dialog')!;
    const dialogFrame = this.querySelector('.dialog-frame')!;
    const status = this.querySelector<HTMLElement>('[data-search-status]');

    /** Set once the UI is loading; what the reader types meanwhile is kept for it. */
    let loading: Promise<void> | undefined;
    let typedWhileLoading = '';

    const focusInput = () => {
      if (dialog.open) this.querySelector('input')?.focus();
    };

    const load = () => {
      // No status element in `astro dev`, where the dialog says search needs a build.
      if (loading || !status) return;
      status.textContent = 'Loading search…';
      loading = import('./searchUi')
        .then(({ mountSearch }) => mountSearch(this))
        .then((ui) => {
          status.textContent = '';
          if (typedWhileLoading) ui.triggerSearch(typedWhileLoading);
          focusInput();
        })
        .catch(() => {
          status.textContent = 'Search could not load. Close this dialog and open it again to retry.';
          loading = undefined;
        });
    };

    /** Close the dialog when the reader clicks a link or outside it. */
    const onClick = (event: MouseEvent) => {
      const isLink = 'href' in (event.target || {});
      if (isLink || (document.body.contains(event.target as Node) && !dialogFrame.contains(event.target as Node))) closeModal();
    };

    const openModal = (event?: MouseEvent) => {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      focusInput();
      load();
      event?.stopPropagation();
      window.addEventListener('click', onClick);
    };

    const closeModal = () => dialog.close();

    openButton.addEventListener('click', openModal);
    openButton.disabled = false;
    closeButton.addEventListener('click', closeModal);

    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', onClick);
    });

    // Typing before the UI is there: keep the characters, so the search starts with them.
    dialog.addEventListener('keydown', (event) => {
      if (this.querySelector('input') || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Backspace') typedWhileLoading = typedWhileLoading.slice(0, -1);
      else if (event.key.length === 1) typedWhileLoading += event.key;
    });

    window.addEventListener('keydown', (event) => {
      const modifier = event.metaKey || event.ctrlKey;
      if (modifier && event.key === 'k') {
        if (dialog.open) closeModal();
        else openModal();
        event.preventDefault();
      } else if (event.key === '/' && !modifier && !event.altKey && !dialog.open && !isEditable(event.target)) {
        openModal();
        event.preventDefault();
      }
    });
  }
}

customElements.define('site-search', SiteSearch);
