// Interim splitter: one segment per Markdown block (heading, paragraph, list item, quote).
// Issue #3 replaces it with the real engine (sentences, inline tags, HTML); until then it keeps the
// block kinds honest so the rest of the app can be built on real segments.
import type { BlockKind } from "@/db/enums";

export type Block = { kind: BlockKind; text: string };

function classify(block: string): Block[] {
  const heading = /^#{1,6}\s+(.*)$/s.exec(block);
  if (heading) return [{ kind: "heading", text: heading[1]!.trim() }];
  const lines = block.split("\n");
  if (lines.every((line) => /^\s*([-*+]|\d+[.)])\s+/.test(line))) {
    return lines.map((line) => ({ kind: "list_item", text: line.replace(/^\s*([-*+]|\d+[.)])\s+/, "").trim() }));
  }
  if (lines.every((line) => line.startsWith(">"))) {
    return [
      {
        kind: "quote",
        text: lines
          .map((line) => line.replace(/^>\s?/, ""))
          .join(" ")
          .trim(),
      },
    ];
  }
  // A paragraph's soft line breaks are spaces, as in CommonMark.
  return [{ kind: "paragraph", text: lines.map((line) => line.trim()).join(" ") }];
}

export function splitIntoBlocks(markdown: string): Block[] {
  return markdown
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== "")
    .flatMap(classify)
    .filter((block) => block.text !== "");
}
