// Unknown or unsafe markup is dropped on import, listed in warnings, and never reaches a page.
import { describe, expect, it } from "vitest";
import { parseDocument, render } from "@/lib/segmentation/document";
import { fixture } from "./support/fixtures";

function imported(name: string, format: "markdown" | "html") {
  const document = parseDocument(fixture(name), format, "en");
  const identity = new Map(document.segments.map((segment) => [segment.id, segment.text]));
  return { document, html: render(document, identity, "html").output, own: render(document, identity, format).output };
}

describe("an HTML article with unsafe markup", () => {
  const { document, html, own } = imported("unsafe-markup.html", "html");

  it("lists every kind of thing it dropped, once each with a count", () => {
    expect(document.warnings.map(({ code, element, attribute }) => [code, element, attribute ?? null])).toEqual(
      expect.arrayContaining([
        ["removed_element", "script", null],
        ["removed_element", "iframe", null],
        ["removed_element", "object", null],
        ["removed_element", "form", null],
        ["removed_attribute", "img", "onerror"],
        ["unsafe_url", "a", "href"],
        ["removed_attribute", "p", "style"],
        ["removed_attribute", "p", "class"],
        ["removed_comment", "#comment", null],
        ["unwrapped_element", "font", null],
        ["removed_attribute", "span", "onclick"],
      ]),
    );
    expect(document.warnings.find((warning) => warning.element === "script")?.example).toContain("<script>");
  });

  it("keeps the text around what it dropped, including the text of unwrapped elements", () => {
    const texts = document.segments.map((segment) => segment.text).join("\n");
    expect(texts).toContain("Mud crab catches near the replanted areas rose by about 35% in two years, she says.");
    expect(texts).toContain("follow the project on the volunteer forum");
    expect(texts).toContain("interactive planting map");
  });

  it("renders nothing active, in HTML or in its own format", () => {
    for (const output of [html, own]) {
      expect(output).not.toMatch(
        /<script|<iframe|<object|<form|<input|onerror|onclick|javascript:|style=|class=|<!--/i,
      );
    }
    expect(html).toContain('alt="Mangrove seedlings in plastic bags at a community nursery"');
  });
});

describe("a Markdown article with raw HTML", () => {
  const { document, html, own } = imported("unsafe-markup.md", "markdown");

  it("keeps safe inline HTML as tags and drops HTML blocks with a warning", () => {
    expect(document.warnings.map(({ code, element }) => [code, element])).toEqual([
      ["removed_element", "script"],
      ["removed_element", "iframe"],
      ["removed_comment", "#comment"],
    ]);
    const abbreviation = document.segments.find((segment) => segment.text.includes(">UN<"));
    expect(abbreviation?.tags).toEqual([
      expect.objectContaining({ kind: "abbreviation", open: '<abbr title="United Nations">', close: "</abbr>" }),
    ]);
    expect(html).toContain('<abbr title="United Nations">UN</abbr>');
    expect(html).toContain("<sup>1</sup>");
  });

  it("renders without the dropped blocks, in either format", () => {
    for (const output of [html, own]) expect(output).not.toMatch(/<script|<iframe|alert\(1\)|Editor's note/);
    expect(own).toContain('<abbr title="United Nations">UN</abbr>');
  });
});
