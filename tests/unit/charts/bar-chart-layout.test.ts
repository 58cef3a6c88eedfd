// The charts' geometry, checked without a browser: bars inside the picture and proportional to their
// values, every label present, none overlapping another or leaving the picture, in every UI language.
import { describe, expect, it } from "vitest";
import { barChartLayout, type BarDatum, type ChartLayout } from "@/app/_components/charts/bar-chart-layout";
import { textBox } from "@/app/_components/charts/text-metrics";
import { monthAxisLabel } from "@/app/[lng]/admin/insights/insights-format";
import { UI_LANGUAGES } from "@/lib/i18n/settings";
import { monthWindow } from "@/lib/insights/months";
import { languageName } from "@/lib/languages";

const format = (value: number) => String(value);

function months(values: (number | null)[], lng = "en" as (typeof UI_LANGUAGES)[number]): BarDatum[] {
  const keys = monthWindow(new Date("2026-04-15T00:00:00.000Z"), values.length).months;
  return keys.map((key, index) => ({
    key,
    label: monthAxisLabel(key, index, lng),
    value: values[index]!,
    valueText: values[index] === null ? "" : String(values[index]),
  }));
}

function expectInside(layout: ChartLayout) {
  for (const bar of layout.bars) {
    expect(bar.x, bar.key).toBeGreaterThanOrEqual(0);
    expect(bar.y, bar.key).toBeGreaterThanOrEqual(0);
    expect(bar.x + bar.width, bar.key).toBeLessThanOrEqual(layout.width);
    expect(bar.y + bar.height, bar.key).toBeLessThanOrEqual(layout.height);
  }
  for (const text of layout.texts) {
    const box = textBox(text);
    expect(box.left, text.text).toBeGreaterThanOrEqual(0);
    expect(box.right, text.text).toBeLessThanOrEqual(layout.width);
    expect(box.top, text.text).toBeGreaterThanOrEqual(0);
    expect(box.bottom, text.text).toBeLessThanOrEqual(layout.height);
  }
}

function expectNoOverlap(layout: ChartLayout) {
  const boxes = layout.texts.map((text) => ({ text: text.text, ...textBox(text) }));
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(overlap, `"${a.text}" overlaps "${b.text}"`).toBe(false);
    }),
  );
}

const layoutOf = (data: BarDatum[], options: Partial<Parameters<typeof barChartLayout>[0]> = {}) =>
  barChartLayout({
    orientation: "vertical",
    dir: "ltr",
    data,
    formatTick: format,
    valueAxisLabel: "Volunteers",
    categoryAxisLabel: "Month",
    ...options,
  });

describe("a vertical bar chart of months", () => {
  it("draws bars in time order with heights proportional to their values", () => {
    const layout = layoutOf(months([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 1]));
    const [march, april] = layout.bars.slice(-2);
    expect(layout.bars.map((bar) => bar.key)).toEqual(monthWindow(new Date("2026-04-15"), 12).months);
    expect(layout.bars.every((bar, index) => index === 0 || bar.x > layout.bars[index - 1]!.x)).toBe(true);
    expect(march!.height).toBeCloseTo(2 * april!.height);
    expect(layout.bars.slice(0, 10).every((bar) => bar.height === 0)).toBe(true);
    // Both bars stand on the same baseline, the zero line of the axis.
    expect(march!.y + march!.height).toBeCloseTo(april!.y + april!.height);
    expectInside(layout);
  });

  it("labels every month, every value and both axes", () => {
    const layout = layoutOf(months([4, 0, 12, 7, 3, 0, 0, 1, 2, 9, 2, 1]));
    const texts = layout.texts.map((text) => text.text);
    expect(texts).toEqual(expect.arrayContaining(["Volunteers", "Month", "May", "2025", "Jan", "2026", "Apr"]));
    expect(layout.texts.filter((text) => text.kind === "value").map((text) => text.text)).toEqual([
      "4",
      "0",
      "12",
      "7",
      "3",
      "0",
      "0",
      "1",
      "2",
      "9",
      "2",
      "1",
    ]);
  });

  it("draws no bar for a month without data, but still names the month", () => {
    const layout = layoutOf(months([null, 3, null]));
    expect(layout.bars.map((bar) => bar.key)).toEqual(["2026-03"]);
    expect(layout.texts.filter((text) => text.kind === "category")).toHaveLength(4);
  });

  it.each(UI_LANGUAGES)("fits twelve months' labels without overlap or clipping in %s", (lng) => {
    for (const dir of ["ltr", "rtl"] as const) {
      const layout = layoutOf(months([1200, 80, 3, 0, 15000, 7, 64, 1, 2, 9, 2, 1], lng), {
        dir,
        formatTick: (value) => new Intl.NumberFormat(lng).format(value),
      });
      expectInside(layout);
      expectNoOverlap(layout);
    }
  });
});

describe("a horizontal bar chart of language pairs", () => {
  const pairs = (lng: string): BarDatum[] =>
    [
      ["en", "es", 15_300],
      ["en", "pt", 9_200],
      ["fr", "ar", 2_010],
      ["en", "id", 18],
    ].map(([source, target, words]) => ({
      key: `${source}-${target}`,
      label: [`${languageName(String(source), lng)} → ${languageName(String(target), lng)}`],
      value: Number(words),
      valueText: new Intl.NumberFormat(lng).format(Number(words)),
    }));

  it("draws bars from the same baseline, with lengths proportional to the words", () => {
    const layout = layoutOf(pairs("en"), { orientation: "horizontal", categoryAxisLabel: undefined });
    const [first, second] = layout.bars;
    expect(layout.bars.every((bar) => bar.x === first!.x)).toBe(true);
    expect(first!.width / second!.width).toBeCloseTo(15_300 / 9_200);
    // Top to bottom in the order given (largest first).
    expect(layout.bars.every((bar, index) => index === 0 || bar.y > layout.bars[index - 1]!.y)).toBe(true);
    expectInside(layout);
  });

  it("mirrors in right-to-left pages: names on the right, bars growing to the left", () => {
    const layout = layoutOf(pairs("ar"), { orientation: "horizontal", dir: "rtl", categoryAxisLabel: undefined });
    const baseline = layout.bars[0]!.x + layout.bars[0]!.width;
    expect(layout.bars.every((bar) => Math.abs(bar.x + bar.width - baseline) < 1e-9)).toBe(true);
    const names = layout.texts.filter((text) => text.kind === "category");
    expect(names).toHaveLength(4);
    for (const name of names) expect(textBox(name).left).toBeGreaterThanOrEqual(baseline);
    expect(layout.bars[0]!.width).toBeGreaterThan(layout.bars[1]!.width);
  });

  it.each(UI_LANGUAGES)("fits its labels without overlap or clipping in %s", (lng) => {
    for (const dir of ["ltr", "rtl"] as const) {
      const layout = layoutOf(pairs(lng), { orientation: "horizontal", dir, categoryAxisLabel: undefined });
      expectInside(layout);
      expectNoOverlap(layout);
    }
  });
});
