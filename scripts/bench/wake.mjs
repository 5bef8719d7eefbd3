// @ts-check
// A calculator's code loads when the reader first uses it (src/components/kit/restingIsland.ts).
// The bench wakes every calculator on a page as a reader's pointer would, by moving over it.

/**
 * Wakes every resting calculator on the page and waits until each is live.
 * @param {import('playwright-core').Page} page
 */
export async function wakeCalculators(page) {
  const islands = page.locator('.tot-island');
  const count = await islands.count();
  for (let index = 0; index < count; index += 1) await islands.nth(index).dispatchEvent('pointerover');
  await page.waitForFunction(() => [...document.querySelectorAll('.tot-island')].every((island) => island instanceof HTMLElement && island.dataset.island === 'live'));
}
