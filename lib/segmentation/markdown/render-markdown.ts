// Writes a Markdown article back with translated segments. Everything outside the translated inline
// content is the source itself, byte for byte: block syntax, list markers, tables, link definitions.
import type { PhrasingContent } from "mdast";
import type { RunLayout } from "../inline-run";
import { rebuildRun, type RenderContext, type TreeAdapter } from "../rebuild-run";
import { plainText } from "../tagged-text";
import { escapeLineStart, escapeMarkdownText } from "./escape-markdown";
import type { MarkdownDocument } from "./markdown-document";

/** Marks where a line starts inside a rendered run; never in text (importers drop control characters). */
const LINE_START = "\u0000";

export function renderMarkdownDocument(document: MarkdownDocument, context: RenderContext): string {
  const replacements: { start: number; end: number; text: string }[] = document.removed.map((range) => ({
    ...range,
    text: "",
  }));
  for (const [container, layout] of document.runs) {
    const first = container.children[0]?.position?.start.offset;
    const last = container.children.at(-1)?.position?.end.offset;
    if (first === undefined || last === undefined) continue;
    const inTable = container.type === "tableCell";
    replacements.push({ start: first, end: last, text: renderRun(document, layout, context, inTable) });
  }
  replacements.sort((a, b) => a.start - b.start);

  let out = "";
  let cursor = 0;
  for (const replacement of replacements) {
    out += document.source.slice(cursor, replacement.start) + replacement.text;
    cursor = replacement.end;
  }
  return out + document.source.slice(cursor);
}

function renderRun(
  document: MarkdownDocument,
  layout: RunLayout<PhrasingContent>,
  context: RenderContext,
  inTable: boolean,
): string {
  const adapter: TreeAdapter<PhrasingContent, string> = {
    text: (value) => escapeMarkdownText(value.replaceAll(LINE_START, ""), { inTable }),
    wrap: (node, children) => {
      const tag = document.markup.get(node);
      return `${tag?.open ?? ""}${children.join("")}${tag?.close ?? ""}`;
    },
    self: (node) => {
      const raw = document.markup.get(node)?.open ?? "";
      if (node.type === "break") return raw + LINE_START;
      const altId = document.alts.get(node);
      if (altId === undefined) return raw;
      const alt = context.translate(altId);
      if (alt === undefined) {
        context.problems.push({ segmentId: altId, code: "missing_translation" });
        return raw;
      }
      const altEnd = closingBracket(raw, 1);
      return `![${escapeMarkdownText(plainText(alt), { inTable })}${raw.slice(altEnd)}`;
    },
  };
  const text = rebuildRun(layout, context, adapter).join("");
  // The run starts a line, and so does whatever follows a hard break: neither may read as block syntax.
  return text.split(LINE_START).map(escapeLineStart).join("");
}

/** Index of the "]" closing the "[" at `open`, skipping escaped and nested brackets. */
function closingBracket(raw: string, open: number): number {
  let depth = 0;
  for (let index = open; index < raw.length; index++) {
    const char = raw[index];
    if (char === "\\") index++;
    else if (char === "[") depth++;
    else if (char === "]" && --depth === 0) return index;
  }
  return raw.length;
}
