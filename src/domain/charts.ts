/**
 * Bar chart geometry for the figures page, pure, so the SVG the server
 * renders is plain shapes and text (no script, no external service) and the
 * arithmetic is unit tested. Horizontal bars: one row per item, label left.
 */
export interface BarItem {
  label: string;
  value: number;
}

export interface Bar extends BarItem {
  y: number;
  width: number;
  /** Where the value text goes. */
  textX: number;
}

export interface BarChart {
  width: number;
  height: number;
  labelWidth: number;
  rowHeight: number;
  barHeight: number;
  max: number;
  bars: Bar[];
}

/** A round top for the axis: 0 → 1, 7 → 10, 23 → 25, 130 → 150. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.5, 2, 2.5, 5, 10]) if (value <= step * magnitude) return step * magnitude;
  return 10 * magnitude;
}

export function barChart(items: readonly BarItem[], opts: { width?: number; labelWidth?: number; rowHeight?: number; max?: number } = {}): BarChart {
  const width = opts.width ?? 640;
  const labelWidth = opts.labelWidth ?? 200;
  const rowHeight = opts.rowHeight ?? 28;
  const barHeight = Math.round(rowHeight * 0.7);
  const max = opts.max ?? niceMax(Math.max(0, ...items.map((i) => i.value)));
  const room = width - labelWidth - 56; // space for the value text
  const bars = items.map((item, i) => {
    const w = max > 0 ? Math.max(0, Math.min(1, item.value / max)) * room : 0;
    return { ...item, y: i * rowHeight, width: Math.round(w * 10) / 10, textX: labelWidth + Math.round(w * 10) / 10 + 6 };
  });
  return { width, height: Math.max(rowHeight, items.length * rowHeight), labelWidth, rowHeight, barHeight, max, bars };
}
