/** The part of `@pagefind/default-ui` (which ships no types) that searchUi.ts uses. */
declare module '@pagefind/default-ui' {
  export class PagefindUI {
    /** Options: https://pagefind.app/docs/ui/ (UI options) and https://pagefind.app/docs/api/ (the rest go to Pagefind). */
    constructor(options: { element: string | HTMLElement } & Record<string, unknown>);
    /** Sets the search input to `term` and searches. */
    triggerSearch(term: string): void;
    destroy(): void;
  }
}
