// The geometry of a bar chart, in the units of its SVG viewBox, as plain data: the component draws
// it, and the unit tests check it (bars inside the picture, labels present and not overlapping).
import { valueTicks } from "./chart-scale";
import { estimateTextWidth, fittingFontSize, type TextAnchorSide } from "./text-metrics";

export type BarDatum = {
  /** Stable identity: a month, a language pair. */
  key: string;
  /** The category under or beside its bar, one string per line (a month, then its year). */
  label: readonly string[];
  /** Null when there is no data: no bar is drawn, unlike 0. */
  value: number | null;
  /** The value as readers read it, formatted in the page's language. */
  valueText: string;
};

export type ChartText = {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  /** Which side of the text is at `x`, on the screen (the component turns it into text-anchor). */
  anchor: TextAnchorSide;
  fontSize: number;
  kind: "value" | "category" | "tick" | "axis";
};

export type ChartBar = { key: string; x: number; y: number; width: number; height: number };
export type ChartLine = { x1: number; y1: number; x2: number; y2: number; kind: "axis" | "grid" };

export type ChartLayout = {
  width: number;
  height: number;
  bars: ChartBar[];
  texts: ChartText[];
  lines: ChartLine[];
};

export type LayoutInput = {
  /** Vertical bars for a time series (months left to right), horizontal ones for named categories. */
  orientation: "vertical" | "horizontal";
  /** The page's direction: horizontal charts mirror in right-to-left pages, labels on the right. */
  dir: "ltr" | "rtl";
  data: readonly BarDatum[];
  /** Formats a tick of the value axis in the page's language. */
  formatTick: (value: number) => string;
  valueAxisLabel: string;
  categoryAxisLabel?: string;
};

export const CHART_WIDTH = 640;
const FONT = 12;
const SMALL_FONT = 11;
const GAP = 6;

export function barChartLayout(input: LayoutInput): ChartLayout {
  const values = input.data.flatMap((datum) => (datum.value === null ? [] : [datum.value]));
  const ticks = valueTicks(Math.max(0, ...values), { integer: values.every(Number.isInteger) });
  const scale = { ticks, max: ticks[ticks.length - 1]!, texts: ticks.map(input.formatTick) };
  return input.orientation === "vertical" ? verticalLayout(input, scale) : horizontalLayout(input, scale);
}

type Scale = { ticks: number[]; max: number; texts: string[] };

function verticalLayout(input: LayoutInput, scale: Scale): ChartLayout {
  const width = CHART_WIDTH;
  const tickWidth = Math.max(...scale.texts.map((text) => estimateTextWidth(text, SMALL_FONT)));
  const left = GAP + tickWidth + GAP;
  const right = GAP;
  // The value axis is named above its ticks, where it reads in either direction without rotating.
  const top = FONT + GAP + FONT + GAP;
  const plotWidth = width - left - right;
  const plotHeight = 200;
  const count = Math.max(1, input.data.length);
  const slot = plotWidth / count;
  const categoryFont = fittingFontSize(
    input.data.flatMap((datum) => datum.label),
    slot - 4,
    FONT,
  );
  const valueFont = fittingFontSize(
    input.data.map((datum) => datum.valueText),
    slot - 2,
    SMALL_FONT,
  );
  const lineHeight = categoryFont * 1.25;
  const labelLines = Math.max(1, ...input.data.map((datum) => datum.label.length));
  const plotBottom = top + plotHeight;
  const categoryTop = plotBottom + GAP;
  const axisTitleY = categoryTop + labelLines * lineHeight + GAP + FONT;
  const height = axisTitleY + (input.categoryAxisLabel ? GAP : -FONT);
  const y = (value: number) => plotBottom - (value / scale.max) * plotHeight;

  const lines: ChartLine[] = scale.ticks.map((tick) => ({
    x1: left,
    x2: width - right,
    y1: y(tick),
    y2: y(tick),
    kind: tick === 0 ? "axis" : "grid",
  }));
  const texts: ChartText[] = [
    { text: input.valueAxisLabel, x: GAP, y: FONT + 2, anchor: "left", fontSize: FONT, kind: "axis" },
    ...scale.ticks.map((tick, index): ChartText => ({
      text: scale.texts[index]!,
      x: left - GAP,
      y: y(tick) + SMALL_FONT * 0.35,
      anchor: "right",
      fontSize: SMALL_FONT,
      kind: "tick",
    })),
  ];
  const bars: ChartBar[] = [];
  const barWidth = slot * 0.62;
  input.data.forEach((datum, index) => {
    const center = left + slot * index + slot / 2;
    datum.label.forEach((line, lineIndex) => {
      texts.push({
        text: line,
        x: center,
        y: categoryTop + categoryFont + lineIndex * lineHeight,
        anchor: "middle",
        fontSize: categoryFont,
        kind: "category",
      });
    });
    if (datum.value === null) return;
    const barTop = y(datum.value);
    bars.push({ key: datum.key, x: center - barWidth / 2, y: barTop, width: barWidth, height: plotBottom - barTop });
    texts.push({
      text: datum.valueText,
      x: center,
      y: barTop - 4,
      anchor: "middle",
      fontSize: valueFont,
      kind: "value",
    });
  });
  if (input.categoryAxisLabel) {
    texts.push({
      text: input.categoryAxisLabel,
      x: left + plotWidth / 2,
      y: axisTitleY,
      anchor: "middle",
      fontSize: FONT,
      kind: "axis",
    });
  }
  return { width, height, bars, texts, lines };
}

function horizontalLayout(input: LayoutInput, scale: Scale): ChartLayout {
  const width = CHART_WIDTH;
  const labels = input.data.map((datum) => datum.label.join(" "));
  const labelRoom = width * 0.4;
  const labelFont = fittingFontSize(labels, labelRoom, FONT);
  const labelWidth = Math.min(labelRoom, Math.max(0, ...labels.map((label) => estimateTextWidth(label, labelFont))));
  const valueWidth = Math.max(0, ...input.data.map((datum) => estimateTextWidth(datum.valueText, SMALL_FONT)));
  // Half a tick label of room at each end of the axis, so the first and last ticks stay inside.
  const tickHalf = Math.max(...scale.texts.map((text) => estimateTextWidth(text, SMALL_FONT))) / 2;
  const x0 = GAP + Math.max(labelWidth + GAP, tickHalf);
  const x1 = width - GAP - Math.max(valueWidth + GAP, tickHalf);
  const plotWidth = x1 - x0;
  const rowHeight = 28;
  const barHeight = 18;
  const top = GAP;
  const plotBottom = top + Math.max(1, input.data.length) * rowHeight;
  const tickY = plotBottom + GAP + SMALL_FONT;
  const axisTitleY = tickY + GAP + FONT + 2;
  const height = axisTitleY + GAP;
  const x = (value: number) => x0 + (value / scale.max) * plotWidth;

  const lines: ChartLine[] = [
    ...scale.ticks.map((tick): ChartLine => ({
      x1: x(tick),
      x2: x(tick),
      y1: top,
      y2: plotBottom,
      kind: tick === 0 ? "axis" : "grid",
    })),
  ];
  const texts: ChartText[] = scale.ticks.map((tick, index) => ({
    text: scale.texts[index]!,
    x: x(tick),
    y: tickY,
    anchor: "middle",
    fontSize: SMALL_FONT,
    kind: "tick",
  }));
  texts.push({
    text: input.valueAxisLabel,
    x: x0 + plotWidth / 2,
    y: axisTitleY,
    anchor: "middle",
    fontSize: FONT,
    kind: "axis",
  });
  const bars: ChartBar[] = [];
  input.data.forEach((datum, index) => {
    const rowTop = top + index * rowHeight;
    const baseline = rowTop + rowHeight / 2 + labelFont * 0.35;
    texts.push({
      text: labels[index]!,
      x: x0 - GAP,
      y: baseline,
      anchor: "right",
      fontSize: labelFont,
      kind: "category",
    });
    if (datum.value === null) return;
    const end = x(datum.value);
    bars.push({ key: datum.key, x: x0, y: rowTop + (rowHeight - barHeight) / 2, width: end - x0, height: barHeight });
    texts.push({
      text: datum.valueText,
      x: end + GAP,
      y: rowTop + rowHeight / 2 + SMALL_FONT * 0.35,
      anchor: "left",
      fontSize: SMALL_FONT,
      kind: "value",
    });
  });
  const layout = { width, height, bars, texts, lines };
  return input.dir === "rtl" ? mirrored(layout) : layout;
}

/** The same chart read from right to left: labels on the right, bars growing to the left. */
function mirrored(layout: ChartLayout): ChartLayout {
  const flip = (x: number) => layout.width - x;
  const side = { left: "right", right: "left", middle: "middle" } as const;
  return {
    ...layout,
    bars: layout.bars.map((bar) => ({ ...bar, x: flip(bar.x + bar.width) })),
    texts: layout.texts.map((text) => ({ ...text, x: flip(text.x), anchor: side[text.anchor] })),
    lines: layout.lines.map((line) => ({ ...line, x1: flip(line.x1), x2: flip(line.x2) })),
  };
}
