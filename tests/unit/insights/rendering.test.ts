// What editors and administrators read: a matrix cell and a chart section, rendered as the pages do.
import type { Element, Root, RootContent } from "hast";
import { toString } from "hast-util-to-string";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { VolunteersChart } from "@/app/[lng]/admin/insights/volunteers-chart";
import { MatrixCellView } from "@/app/[lng]/manage/matrix/matrix-cell";
import type { MatrixCell } from "@/lib/insights/editor-matrix";
import { monthWindow } from "@/lib/insights/months";
import { HOUR_MS } from "./support";

const NOW = new Date("2026-04-15T10:00:00.000Z");

const parse = (element: ReactElement): Root =>
  unified().use(rehypeParse, { fragment: true }).parse(renderToStaticMarkup(element));

function elements(node: Root | RootContent): Element[] {
  const own = node.type === "element" ? [node] : [];
  const children = "children" in node ? node.children.flatMap(elements) : [];
  return [...own, ...children];
}

const CELL: MatrixCell = {
  jobId: 7,
  targetLanguage: "es",
  status: "in_progress",
  assignee: { id: 3, name: "Ana López" },
  dueAt: new Date(NOW.getTime() + 10 * HOUR_MS),
  words: { total: 1200, translated: 300, approved: 120 },
  publishedAt: null,
  publicationOutdated: false,
  outdatedSegments: 2,
  outdated: true,
  overdue: false,
  dueSoon: true,
  needsAttention: true,
  canReview: false,
};

describe("a cell of the matrix", () => {
  it("shows the state, the progress in words, the translator, the flags and a link to the job", () => {
    const root = parse(createElement(MatrixCellView, { lng: "en", cell: CELL, now: NOW, describedBy: "row col" }));
    const text = toString(root);
    expect(text).toContain("In progress");
    expect(text).toContain("300 of 1,200 words translated, 120 approved");
    expect(text).toContain("2 outdated segments");
    expect(text).toContain("Due within 24 hours");
    expect(text).toContain("in 10 hours");
    const progress = elements(root).find((element) => element.tagName === "progress")!;
    expect([Number(progress.properties.max), Number(progress.properties.value)]).toEqual([1200, 300]);
    const link = elements(root).find((element) => element.tagName === "a")!;
    expect(link.properties.href).toBe("/en/jobs/7");
    expect(toString(link)).toBe("Open the job");
  });

  it("marks the translator's name as a name, not text to translate", () => {
    const root = parse(createElement(MatrixCellView, { lng: "fr", cell: CELL, now: NOW, describedBy: "row col" }));
    const name = elements(root).find((element) => toString(element) === "Ana López")!;
    expect(name.properties.translate).toBe("no");
    const total = new Intl.NumberFormat("fr").format(1200);
    expect(toString(root)).toContain(`300 mots traduits sur ${total}, dont 120 approuvés`);
  });
});

describe("the volunteers chart", () => {
  const months = monthWindow(NOW).months.map((month, index) => ({
    month,
    volunteers: index === 10 ? 2 : index === 11 ? 1 : 0,
  }));

  it("summarises the months in the page's language, and lists them all in its table", () => {
    const root = parse(createElement(VolunteersChart, { lng: "ar", months }));
    const description = toString(elements(root).find((element) => element.tagName === "desc")!);
    expect(description).toContain("مايو 2025");
    expect(description).toContain("أبريل 2026");
    const rows = elements(root).filter(
      (element) => element.tagName === "tr" && elements(element).some((cell) => cell.tagName === "td"),
    );
    expect(rows).toHaveLength(12);
    expect(toString(rows[10]!)).toContain("مارس 2026");
    expect(toString(rows[10]!)).toContain("2");
  });
});
