// Rendering an article with its own segments as translations gives the article back.
import { sanitize } from "hast-util-sanitize";
import { toHtml } from "hast-util-to-html";
import { toHast } from "mdast-util-to-hast";
import type { Root } from "hast";
import { describe, expect, it } from "vitest";
import { parseDocument, render } from "@/lib/segmentation/document";
import { RENDER_SCHEMA } from "@/lib/segmentation/html/allowlist";
import { plainText } from "@/lib/segmentation/tagged-text";
import type { SourceSegment } from "@/lib/segmentation/types";
import { testArticles } from "./support/fixtures";
import { normalizeHtml, normalizeWhitespace } from "./support/normalize";

const articles = testArticles();

function identity(source: string, format: "markdown" | "html") {
  const document = parseDocument(source, format, "en");
  return { document, translations: new Map(document.segments.map((segment) => [segment.id, segment.text])) };
}

describe.each(articles)("round trip of $name", ({ source, format }) => {
  it("renders the same document in its own format, with nothing to report", () => {
    const { document, translations } = identity(source, format);
    const { output, problems } = render(document, translations, format);
    expect(problems).toEqual([]);
    if (format === "markdown") expect(normalizeWhitespace(output)).toBe(normalizeWhitespace(source));
    else expect(normalizeHtml(output)).toBe(normalizeHtml(source));
  });

  it("imports without warnings: the test articles hold only safe markup", () => {
    expect(identity(source, format).document.warnings).toEqual([]);
  });

  it("renders the same page as HTML as the source itself would give", () => {
    const { document, translations } = identity(source, format);
    const expected =
      document.format === "markdown" ? toHtml(sanitize(toHast(document.tree) as Root, RENDER_SCHEMA) as Root) : source;
    expect(normalizeHtml(render(document, translations, "html").output)).toBe(normalizeHtml(expected));
  });

  it("keeps every sentence through a trip to the other format and back", () => {
    const { document, translations } = identity(source, format);
    const other = format === "markdown" ? "html" : "markdown";
    const again = parseDocument(render(document, translations, other).output, other, "en");
    // Tags may differ (a bare address in Markdown text becomes a link), the words may not.
    const words = (segments: SourceSegment[]) =>
      segments.map((segment) =>
        plainText(
          segment.text.replace(/<(\d+)\/>/g, (_, id: string) => {
            const href = segment.tags.find((tag) => tag.id === Number(id))?.attrs?.href ?? "";
            return href.replace(/^mailto:/, "");
          }),
        ),
      );
    expect(words(again.segments)).toEqual(words(document.segments));
  });
});
