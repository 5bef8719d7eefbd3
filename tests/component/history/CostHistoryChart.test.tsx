// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { CostHistoryChart } from '~/components/CostHistoryChart';
import { costHistoryData } from '~/components/history/chartModel';
import { trainingRuns } from '~/lib';
import { $lastEstimate } from '~/stores/lastEstimate';

afterEach(() => {
  cleanup();
  $lastEstimate.set(undefined);
});

const data = costHistoryData(trainingRuns);
const layouts = (container: Element) => [...container.querySelectorAll<HTMLElement>('.tot-history-layout')];
const mark = (layout: Element, runId: string) => layout.querySelector<SVGAElement>(`.tot-mark[data-run="${runId}"]`)!;
/** Dispatches a click and returns whether the chart let the link be followed. */
function click(element: Element): boolean {
  let followed = false;
  act(() => {
    followed = element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  });
  return followed;
}

describe('CostHistoryChart', () => {
  test('draws a narrow and a wide layout, each with one point per costed run, axis titles and labels', () => {
    const { container } = render(<CostHistoryChart {...data} />);
    expect(layouts(container).map((layout) => layout.dataset.layout)).toEqual(['narrow', 'wide']);
    for (const layout of layouts(container)) {
      expect(layout.querySelectorAll('.tot-mark')).toHaveLength(data.published.length);
      expect([...layout.querySelectorAll('.tot-axis-title')].map((t) => t.textContent)).toEqual(['Publication date', 'Training cost, US$ (log scale)']);
      expect(layout.querySelectorAll('.tot-label').length).toBeGreaterThanOrEqual(4);
    }
    // Text sizes in drawing units: 13 for the narrow drawing (≥ 11.5 px at its 302 px minimum), 14 for the wide one.
    expect(layouts(container).map((layout) => layout.querySelector('svg')!.style.fontSize)).toEqual(['13px', '14px']);
  });

  test('focusing a point shows its details beside it, over the drawing, and Escape or leaving closes them', () => {
    const { container } = render(<CostHistoryChart {...data} />);
    const [narrow, wide] = layouts(container);
    fireEvent.focus(mark(wide!, 'gpt-3'));
    const card = wide!.querySelector('.tot-point-card')!;
    expect(card.getAttribute('data-card')).toBe('gpt-3');
    expect(card.textContent).toContain('GPT-3 175B (davinci) (2020-05)');
    expect(card.textContent).toContain('$4.32M, third-party estimate (cloud rental), AI Index 2024.');
    expect(card.querySelector('a')!.getAttribute('href')).toBe('/training-steps/compute/?train.preset=gpt-3#training-estimator');
    // The GPT-3 point sits left of the middle with room beside it in the wide drawing; a phone's drawing spans it.
    expect(card.getAttribute('data-placement')).toBe('beside');
    expect(narrow!.querySelector('.tot-point-card')!.getAttribute('data-placement')).toBe('across');
    fireEvent.keyDown(mark(wide!, 'gpt-3'), { key: 'Escape' });
    expect(container.querySelector('.tot-point-card')).toBeNull();
    fireEvent.mouseEnter(mark(wide!, 'gemini-ultra'));
    expect(wide!.querySelector('.tot-point-card')!.getAttribute('data-card')).toBe('gemini-ultra');
    fireEvent.mouseLeave(wide!);
    expect(container.querySelector('.tot-point-card')).toBeNull();
  });

  test('on a touch screen the first tap shows the details and the second follows the link; a mouse click follows it at once', () => {
    const { container } = render(<CostHistoryChart {...data} />);
    const point = mark(layouts(container)[0]!, 'llama-65b');
    fireEvent.pointerDown(point, { pointerType: 'touch' });
    expect(click(point)).toBe(false);
    expect(container.querySelector('.tot-point-card')?.getAttribute('data-card')).toBe('llama-65b');
    fireEvent.pointerDown(point, { pointerType: 'touch' });
    expect(click(point)).toBe(true);
    const other = mark(layouts(container)[0]!, 'palm-540b');
    fireEvent.pointerDown(other, { pointerType: 'mouse' });
    expect(click(other)).toBe(true);
  });

  test('a run whose developer disclosed nothing opens its page, not the estimator', () => {
    const { container } = render(<CostHistoryChart {...data} />);
    const gpt4 = mark(layouts(container)[1]!, 'gpt-4');
    expect(gpt4.getAttribute('href')).toBe('/history/runs/gpt-4/');
    fireEvent.focus(gpt4);
    expect(container.querySelector('.tot-point-card')!.textContent).toContain('Nothing of this run was published to estimate from');
  });

  test('plots the reader’s last estimate as a star that links back to the estimator', () => {
    $lastEstimate.set({ lowUsd: 2e6, highUsd: 3e6, savedOn: '2025-07-02', query: 'train.params=70B' });
    const { container } = render(<CostHistoryChart {...data} />);
    const star = layouts(container)[1]!.querySelector('.tot-your-run')!;
    expect(star.getAttribute('href')).toBe('/training-steps/compute/?train.params=70B#training-estimator');
    expect(star.getAttribute('aria-label')).toBe('Your last estimate, 2025-07-02: $2M–$3M. Opens it in the training estimator.');
    expect(layouts(container)[1]!.querySelector('.tot-label[data-label="your-run"]')!.textContent).toBe('Your run');
  });

  test('the table view lists the same points with their pages and estimator links', () => {
    const { container, getByLabelText } = render(<CostHistoryChart {...data} />);
    fireEvent.click(getByLabelText('table'));
    const rows = [...container.querySelectorAll('.tot-history-points tbody tr')];
    expect(rows.map((row) => row.getAttribute('data-run'))).toEqual(data.published.map((p) => p.runId));
    const row = container.querySelector('.tot-history-points tr[data-run="llama-65b"]')!;
    expect([...row.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['/history/runs/llama-65b/', '/training-steps/compute/?train.preset=llama-65b#training-estimator']);
    expect(container.querySelector('.tot-history-layout')).toBeNull();
  });

  test('the caption gives the fit over the 27 whole runs and leaves the post-training stage out', () => {
    const { container } = render(<CostHistoryChart {...data} />);
    // The fit is pinned against an independent calculation in tests/unit/history/costHistory.test.ts.
    expect(container.querySelector('[data-trend]')!.textContent).toBe('×2.86 a year');
    expect(container.querySelector('figcaption')!.textContent).toContain('over 27 of them');
    expect(container.querySelector('figcaption')!.textContent).toContain('DeepSeek-R1 (RL stage), a post-training stage on top of an earlier run, is plotted but left out of the fit');
  });
});
