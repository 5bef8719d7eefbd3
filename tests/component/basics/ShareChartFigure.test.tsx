// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { ShareChartFigure } from '~/components/basics/ShareChartFigure';
import { markerLabelPlacement, shareChartLayouts } from '~/components/basics/shareChart';

afterEach(cleanup);

/** A share rising like attention's: n / (n + 49,400), the parity context of Llama 2 7B. */
const share = (n: number) => n / (n + 49_400);
const figure = (context = 4096) =>
  render(<ShareChartFigure id="attn" share={share} context={context} markerLabel={`${context}: x%`} description="test" />).container;

describe('the attention-share chart’s presentation', () => {
  test('draws a narrow and a wide drawing, with text of 13 and 14 units and both axis titles', () => {
    const drawings = [...figure().querySelectorAll('svg')];
    expect(drawings.map((svg) => svg.getAttribute('class'))).toEqual(['tot-share-drawing tot-share-drawing-narrow', 'tot-share-drawing tot-share-drawing-wide']);
    expect(drawings.map((svg) => svg.style.fontSize)).toEqual(['13px', '14px']);
    for (const svg of drawings) {
      expect([...svg.querySelectorAll('.tot-chart-axis')].map((t) => t.textContent)).toEqual(['Context length (tokens, log scale)', 'Attention’s share of FLOPs']);
    }
  });

  test('the narrow drawing keeps 13-unit text at least 11 px down to a 280 px column (a 360 px phone)', () => {
    const narrow = shareChartLayouts[0]!;
    // 280 px ÷ 320 units = 0.875 px a unit; × 13 = 11.4 px.
    expect((280 / narrow.width) * narrow.fontSize).toBeCloseTo(11.375, 9);
  });

  test('the first context tick starts at the axis, clear of the "0%" label beside it', () => {
    const ticks = [...figure().querySelectorAll('svg')[0]!.querySelectorAll('.tot-chart-tick')];
    expect(ticks[0]!.getAttribute('text-anchor')).toBe('start');
    expect(ticks.slice(1).every((tick) => tick.getAttribute('text-anchor') === 'middle')).toBe(true);
  });

  test('the marker’s label sits above and left of the marker, where the rising curve is lower', () => {
    const label = figure().querySelector('.tot-chart-marker-label')!;
    const marker = figure().querySelector('circle.tot-chart-marker')!;
    expect(label.getAttribute('text-anchor')).toBe('end');
    expect(Number(label.getAttribute('y'))).toBeLessThan(Number(marker.getAttribute('cy')));
  });

  test.each([
    // [marker, label width, expected anchor, where]
    [{ x: 300, y: 100 }, 60, 'end', 'room on the left: above-left'],
    [{ x: 70, y: 100 }, 60, 'start', 'at the left edge: above-right'],
    [{ x: 300, y: 10 }, 60, 'start', 'no room above: below-right'],
  ] as const)('a marker at %j with a %d-unit label puts it %s (%s)', (marker, width, anchor, _where) => {
    const placed = markerLabelPlacement(marker, width, shareChartLayouts[1]);
    expect(placed.anchor).toBe(anchor);
    if (marker.y === 10) expect(placed.y).toBe(10 + 9 + 14);
  });
});
