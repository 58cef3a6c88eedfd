// What an editor and a translator see of an imported article: sentences, block kinds, inline tags.
import { describe, expect, it } from "vitest";
import { parseDocument, render } from "@/lib/segmentation/document";
import { fixture, testArticles } from "./support/fixtures";

const texts = (source: string, format: "markdown" | "html" = "markdown") =>
  parseDocument(source, format, "en").segments.map((segment) => segment.text);

describe("importing Markdown", () => {
  it("splits paragraphs into sentences and keeps links as numbered tags with their markup", () => {
    const document = parseDocument(
      'See the [PlanetGOLD](https://planetgold.org "Project site") project. It started in 2019 at 9 a.m. in Quito.',
      "markdown",
      "en",
    );
    expect(document.segments.map((segment) => segment.text)).toEqual([
      "See the <1>PlanetGOLD</1> project.",
      "It started in 2019 at 9 a.m. in Quito.",
    ]);
    expect(document.segments[0]!.tags).toEqual([
      {
        id: 1,
        kind: "link",
        paired: true,
        open: "[",
        close: '](https://planetgold.org "Project site")',
        attrs: { href: "https://planetgold.org", title: "Project site" },
      },
    ]);
  });

  it("gives each construct its block kind", () => {
    const document = parseDocument(
      [
        "# Volunteers in Bonn",
        "",
        "A paragraph.",
        "",
        "1. First step.",
        "   - Nested point.",
        "",
        "> A quote from Dr. Smith.",
        "",
        "| Country | Volunteers |",
        "| --- | ---: |",
        "| Peru | 12 |",
        "",
        "![Volunteers planting mangroves](/img/mangroves.jpg)",
      ].join("\n"),
      "markdown",
      "en",
    );
    expect(document.segments.map((segment) => [segment.kind, segment.text])).toEqual([
      ["heading", "Volunteers in Bonn"],
      ["paragraph", "A paragraph."],
      ["list_item", "First step."],
      ["list_item", "Nested point."],
      ["quote", "A quote from Dr. Smith."],
      ["table_cell", "Country"],
      ["table_cell", "Volunteers"],
      ["table_cell", "Peru"],
      ["image_alt", "Volunteers planting mangroves"],
    ]);
  });

  it("keeps inline code and images as self-closing tags a translator cannot edit", () => {
    const [segment] = parseDocument(
      "Open `config.yaml` and look at ![the chart](chart.png) here.",
      "markdown",
      "en",
    ).segments;
    expect(segment!.text).toBe("Open <1/> and look at <2/> here.");
    expect(segment!.tags.map((tag) => [tag.kind, tag.paired, tag.open])).toEqual([
      ["code", false, "`config.yaml`"],
      ["image", false, "![the chart](chart.png)"],
    ]);
  });

  it("makes each line after a hard break a segment, unless the break is inside emphasis", () => {
    const source = "UN Volunteers\\\n> Bonn, Germany";
    expect(texts("UN Volunteers\\\nBonn, Germany")).toEqual(["UN Volunteers", "Bonn, Germany"]);
    expect(texts("**Line one\\\nline two**, said the poet.")).toEqual(["<1>Line one<2/>line two</1>, said the poet."]);
    const quote = parseDocument(`> ${source}`, "markdown", "en");
    const identity = new Map(quote.segments.map((segment) => [segment.id, segment.text]));
    expect(render(quote, identity, "markdown").output).toBe(`> ${source}`);
  });

  it("keeps emphasis that wraps a whole paragraph outside its segments", () => {
    expect(texts("*Photo: UNV. Used with permission.*")).toEqual(["Photo: UNV.", "Used with permission."]);
  });

  it("never splits a sentence inside a link, even when the link holds two sentences", () => {
    expect(texts("Read [the report. It is short](https://example.org). Then comment.")).toEqual([
      "Read <1>the report. It is short</1>.",
      "Then comment.",
    ]);
  });

  it("moves spaces out of tags so segments read cleanly", () => {
    expect(texts("Welcome to** Tandem **today.")).toEqual(["Welcome to** Tandem **today."]);
    expect(texts("Welcome to <b> Tandem </b> today.", "html")).toEqual(["Welcome to <1>Tandem</1> today."]);
  });

  it("escapes text that looks like a placeholder tag, and keeps it as text", () => {
    const document = parseDocument("The template uses <1> as a marker.", "html", "en");
    expect(document.segments[0]!.text).toBe("The template uses \\<1> as a marker.");
    const identity = new Map(document.segments.map((segment) => [segment.id, segment.text]));
    expect(render(document, identity, "html").output).toContain("The template uses &#x3C;1> as a marker.");
  });
});

describe("importing HTML", () => {
  it("splits mixed content of a list item into the text before and after a nested list", () => {
    const document = parseDocument("<ul><li>Tools: <ul><li>Maps</li></ul> and more.</li></ul>", "html", "en");
    expect(document.segments.map((segment) => [segment.kind, segment.text])).toEqual([
      ["list_item", "Tools:"],
      ["list_item", "Maps"],
      ["list_item", "and more."],
    ]);
  });

  it("takes the body of a whole page and reports what the head held", () => {
    const document = parseDocument(
      "<!doctype html><html><head><title>T</title><script>x()</script></head><body><p>Hello there.</p></body></html>",
      "html",
      "en",
    );
    expect(document.segments.map((segment) => segment.text)).toEqual(["Hello there."]);
    expect(document.warnings.map((warning) => warning.element)).toEqual(["head"]);
  });
});

describe("the test articles", () => {
  const all = testArticles();

  it("cover every construct the importer handles, in both formats", () => {
    for (const format of ["markdown", "html"] as const) {
      const documents = all
        .filter((article) => article.format === format)
        .map((article) => parseDocument(article.source, format, "en"));
      const kinds = new Set(documents.flatMap((document) => document.segments.map((segment) => segment.kind)));
      const tags = new Set(
        documents.flatMap((document) => document.segments.flatMap((segment) => segment.tags.map((tag) => tag.kind))),
      );
      expect([...kinds].sort()).toEqual(
        expect.arrayContaining(["heading", "image_alt", "list_item", "paragraph", "quote", "table_cell"]),
      );
      expect([...tags].sort()).toEqual(expect.arrayContaining(["bold", "code", "image", "italic", "link"]));
      // Hard breaks end lines, so they sit between segments: the round trips check they stay.
      expect(documents.some((document) => /<br>|\\\n/.test(document.source))).toBe(true);
    }
  });

  it("count their words segment by segment", () => {
    const document = parseDocument(fixture("climate-volunteers-pacific.md"), "markdown", "en");
    for (const segment of document.segments) expect(segment.words).toBeGreaterThan(0);
    const total = document.segments.reduce((sum, segment) => sum + segment.words, 0);
    expect(total).toBeGreaterThan(500);
  });
});
