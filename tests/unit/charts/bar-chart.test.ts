// The chart as rendered on the server: an image with a title and a description, bars of the right
// heights, and the same data as a table.
import type { Element, Root, RootContent } from "hast";
import { toString } from "hast-util-to-string";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { BarChart } from "@/app/_components/charts/bar-chart";

type Props = Parameters<typeof BarChart>[0];

const PROPS: Props = {
  id: "volunteers",
  title: "Volunteers active per month",
  description: "Two volunteers in March, one in April.",
  orientation: "vertical",
  dir: "ltr",
  data: [
    { key: "2026-02", label: ["Feb", "2026"], value: 0, valueText: "0" },
    { key: "2026-03", label: ["Mar"], value: 2, valueText: "2" },
    { key: "2026-04", label: ["Apr"], value: 1, valueText: "1" },
  ],
  formatTick: (value) => String(value),
  valueAxisLabel: "Volunteers",
  categoryAxisLabel: "Month",
  table: {
    summary: "Show these figures as a table",
    caption: "Volunteers per month",
    categoryHeader: "Month",
    valueHeader: "Volunteers",
    rowLabels: ["February 2026", "March 2026", "April 2026"],
  },
};

/** The rendered markup, parsed as a browser would. */
const render = (props: Partial<Props> = {}): Root =>
  unified()
    .use(rehypeParse, { fragment: true })
    .parse(renderToStaticMarkup(createElement(BarChart, { ...PROPS, ...props })));

function elements(node: Root | RootContent): Element[] {
  const own = node.type === "element" ? [node] : [];
  const children = "children" in node ? node.children.flatMap(elements) : [];
  return [...own, ...children];
}
const all = (root: Root | Element, tag: string, className?: string) =>
  elements(root).filter(
    (element) =>
      element.tagName === tag &&
      (className === undefined || (element.properties.className as string[] | undefined)?.includes(className)),
  );
const one = (root: Root | Element, tag: string, className?: string) => all(root, tag, className)[0]!;
/** The element an ARIA reference (one id) points to. */
const referenced = (root: Root, reference: unknown) => {
  const ids = ([] as unknown[]).concat(reference);
  expect(ids).toHaveLength(1);
  return elements(root).find((element) => element.properties.id === ids[0])!;
};
const number = (element: Element, property: string) => Number(element.properties[property]);

describe("a rendered bar chart", () => {
  it("is an image named by its title and described by its summary", () => {
    const root = render();
    const svg = one(root, "svg");
    expect(svg.properties.role).toBe("img");
    expect(toString(referenced(root, svg.properties.ariaLabelledBy))).toBe(PROPS.title);
    expect(toString(referenced(root, svg.properties.ariaDescribedBy))).toBe(PROPS.description);
    expect(toString(one(svg, "title"))).toBe(PROPS.title);
    expect(toString(one(svg, "desc"))).toBe(PROPS.description);
  });

  it("draws each bar with a height proportional to its value, inside the picture", () => {
    const svg = one(render(), "svg");
    const [, , width, height] = String(svg.properties.viewBox).split(" ").map(Number);
    const bars = all(svg, "rect", "chart-bar").map((rect) => ({
      x: number(rect, "x"),
      y: number(rect, "y"),
      width: number(rect, "width"),
      height: number(rect, "height"),
    }));
    expect(bars.map((bar) => bar.height)).toEqual([0, 200, 100]);
    for (const bar of bars) {
      expect(bar.y).toBeGreaterThanOrEqual(0);
      expect(bar.x + bar.width).toBeLessThanOrEqual(width!);
      expect(bar.y + bar.height).toBeLessThanOrEqual(height!);
    }
    const labels = all(svg, "text").map((text) => toString(text));
    expect(labels).toEqual(expect.arrayContaining(["Feb", "2026", "Mar", "Apr", "Volunteers", "Month", "2", "1"]));
  });

  it("gives the same data as a table, behind a summary the reader can open", () => {
    const details = one(render(), "details");
    expect(toString(one(details, "summary"))).toBe(PROPS.table.summary);
    const table = one(details, "table");
    expect(toString(one(table, "caption"))).toBe(PROPS.table.caption);
    expect(all(one(table, "thead"), "th").map((th) => toString(th))).toEqual(["Month", "Volunteers"]);
    const rows = all(one(table, "tbody"), "tr").map((row) =>
      elements(row)
        .filter((cell) => cell.tagName === "th" || cell.tagName === "td")
        .map((cell) => `${cell.tagName}:${toString(cell)}`),
    );
    expect(rows).toEqual([
      ["th:February 2026", "td:0"],
      ["th:March 2026", "td:2"],
      ["th:April 2026", "td:1"],
    ]);
  });

  it("in a right-to-left page, sets its own direction and anchors mirrored labels on their outer side", () => {
    const svg = one(
      render({
        orientation: "horizontal",
        dir: "rtl",
        data: [{ key: "en-ar", label: ["الإنجليزية ← العربية"], value: 10, valueText: "10" }],
      }),
      "svg",
    );
    expect(svg.properties.direction).toBe("rtl");
    const name = one(svg, "text", "chart-category");
    const bar = one(svg, "rect", "chart-bar");
    // The name sits right of the bar; in right-to-left text "end" is its left side, next to the bar.
    expect(number(name, "x")).toBeGreaterThan(number(bar, "x") + number(bar, "width"));
    expect(name.properties.textAnchor).toBe("end");
  });
});
