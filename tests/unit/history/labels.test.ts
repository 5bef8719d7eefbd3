import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { labelMetrics, labelMetricsFor, overlaps, placeLabels, type Box, type LabelTarget } from '~/components/history/labels';

const bounds: Box = { left: 58, top: 12, right: 426, bottom: 270 };
const target = (runId: string, x: number, y: number, costUsd: number, year: number, text = runId): LabelTarget => ({ runId, text, x, y, costUsd, year });

const markBox = (p: LabelTarget): Box => ({
  left: p.x - labelMetrics.markRadius,
  top: p.y - labelMetrics.markRadius,
  right: p.x + labelMetrics.markRadius,
  bottom: p.y + labelMetrics.markRadius,
});

describe('direct labels on the cost-history chart', () => {
  test('the most expensive, cheapest, latest and earliest points are labelled first', () => {
    const points = [
      target('early', 80, 250, 900, 2017),
      target('cheap', 200, 260, 500, 2020),
      target('middle', 250, 150, 5e6, 2022),
      target('dear', 300, 30, 2e8, 2023),
      target('late', 400, 120, 1e7, 2025),
    ];
    const placed = placeLabels(points, bounds).map((l) => l.runId);
    expect(placed.slice(0, 4)).toEqual(['dear', 'cheap', 'late', 'early']);
    expect(placed).toContain('middle');
  });

  test('the reader’s own run claims its label before the notable points', () => {
    const points = [target('dear', 300, 30, 2e8, 2023), target('cheap', 200, 260, 500, 2020), { ...target('your-run', 380, 150, 1e6, 2026, 'Your run'), first: true }];
    expect(placeLabels(points, bounds).map((l) => l.runId)[0]).toBe('your-run');
  });

  test('label sizes follow the font: 0.564 em a character, one line as high as the font', () => {
    const metrics = labelMetricsFor(13);
    expect(metrics).toMatchObject({ height: 13, gap: 8, markRadius: 6, most: 8 });
    expect(metrics.charWidth).toBeCloseTo(7.332, 9);
    expect(labelMetricsFor(14, 10).most).toBe(10);
    // Two labels at most, whatever the points.
    const many = Array.from({ length: 10 }, (_, i) => target(`r${i}`, 70 + i * 35, 40 + i * 22, 10 ** i, 2017 + i, `R${i}`));
    expect(placeLabels(many, bounds, labelMetricsFor(11, 2))).toHaveLength(2);
  });

  test('a label goes left of its mark when the right side would leave the plot', () => {
    const [label] = placeLabels([target('edge', 420, 100, 1, 2025, 'Edge run')], bounds);
    expect(label?.anchor).toBe('end');
    expect(label?.box.right).toBe(420 - labelMetrics.gap);
  });

  test('a label that fits nowhere is left out rather than drawn over another', () => {
    // Two points on top of each other in a plot too narrow for either label beside them.
    const narrow: Box = { left: 0, top: 0, right: 60, bottom: 40 };
    const placed = placeLabels([target('a', 30, 20, 2, 2020, 'A long name'), target('b', 31, 21, 1, 2021, 'Another long name')], narrow);
    expect(placed).toEqual([]);
  });

  test('never overlaps another label or mark, and stays inside the plot, for any points', () => {
    const point = fc.record({
      x: fc.double({ min: bounds.left, max: bounds.right, noNaN: true }),
      y: fc.double({ min: bounds.top, max: bounds.bottom, noNaN: true }),
      costUsd: fc.double({ min: 1, max: 1e9, noNaN: true }),
      year: fc.double({ min: 2017, max: 2026, noNaN: true }),
      text: fc.string({ minLength: 1, maxLength: 24 }),
    });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 30 }), (raw) => {
        const points = raw.map((p, i) => ({ ...p, runId: `r${i}` }));
        const placed = placeLabels(points, bounds);
        expect(placed.length).toBeLessThanOrEqual(labelMetrics.most);
        placed.forEach((label, i) => {
          expect(label.box.left).toBeGreaterThanOrEqual(bounds.left);
          expect(label.box.right).toBeLessThanOrEqual(bounds.right);
          expect(label.box.top).toBeGreaterThanOrEqual(bounds.top);
          expect(label.box.bottom).toBeLessThanOrEqual(bounds.bottom);
          expect(label.box.right - label.box.left).toBeCloseTo(label.text.length * labelMetrics.charWidth, 9);
          placed.slice(i + 1).forEach((other) => expect(overlaps(label.box, other.box)).toBe(false));
          points.forEach((p) => expect(overlaps(label.box, markBox(p))).toBe(false));
        });
      }),
    );
  });
});
