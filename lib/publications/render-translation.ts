// Puts a job's approved translations back into its source's structure, as the sanitized HTML a
// publication stores. Anything that would make the page differ from what the reviewer approved
// (a missing translation, a broken tag, a source that no longer splits the same way) refuses.
import type { Element, Root, RootContent } from "hast";
import { toString } from "hast-util-to-string";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import type { BlockKind } from "@/db/enums";
import { WorkflowError } from "../errors";
import { render, type SegmentedDocument } from "../segmentation/document";
import { message } from "../validation/message";

export type TranslatedSegment = {
  /** 0-based position in the revision. */
  position: number;
  kind: BlockKind;
  sourceText: string;
  /** The approved translation, with the source's placeholder tags. */
  text: string;
};

export type RenderedTranslation = {
  html: string;
  /** The translation of the article's opening heading, as plain text; null when it does not open with one. */
  heading: string | null;
};

/** The key `render` knows a segment by: parseDocument numbers them s1, s2, ... in document order. */
const segmentKey = (position: number) => `s${position + 1}`;

export function renderTranslation(
  document: SegmentedDocument,
  segments: readonly TranslatedSegment[],
  targetLanguage: string,
): RenderedTranslation {
  // Translations are matched to the document by position. If parsing the stored source today gives
  // other segments than at import (a newer segmentation engine), positions would put sentences in
  // the wrong places: better to refuse than to publish a scrambled article.
  const sameSegments =
    document.segments.length === segments.length &&
    document.segments.every(
      (segment, index) =>
        segment.position === segments[index]?.position && segment.text === segments[index]?.sourceText,
    );
  if (!sameSegments) throw new WorkflowError(message("publishing:sourceMismatch"));

  const translations = new Map(segments.map((segment) => [segmentKey(segment.position), segment.text]));
  const { output, problems } = render(document, translations, "html", { targetLanguage });
  if (problems.length > 0) {
    const positions = [...new Set(problems.map((problem) => Number(problem.segmentId.slice(1))))].sort((a, b) => a - b);
    throw new WorkflowError(message("publishing:renderProblems", { count: positions.length, first: positions[0]! }));
  }

  const first = segments[0];
  const opensWithHeading = first !== undefined && first.position === 0 && first.kind === "heading";
  return { html: output, heading: opensWithHeading ? openingHeadingText(output) : null };
}

const fragmentParser = unified().use(rehypeParse, { fragment: true });

/** Elements an HTML article may be wrapped in before its first heading. */
const WRAPPERS = new Set(["div", "section", "article", "header"]);

/**
 * The text of the heading the HTML opens with. Read from the rendered page rather than from the
 * segment, so a heading of several sentences is whole and joined as the language joins them.
 */
function openingHeadingText(html: string): string | null {
  let children: (Root | Element)["children"] = fragmentParser.parse(html).children;
  for (;;) {
    const opening: RootContent | undefined = children.find(
      (node) => node.type === "element" || (node.type === "text" && node.value.trim() !== ""),
    );
    if (opening?.type !== "element") return null;
    if (WRAPPERS.has(opening.tagName)) {
      children = opening.children;
      continue;
    }
    if (!/^h[1-6]$/.test(opening.tagName)) return null;
    const text = toString(opening).replace(/\s+/g, " ").trim();
    return text === "" ? null : text;
  }
}
