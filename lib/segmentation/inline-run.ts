// Splits one block's inline content (a paragraph, a heading, a table cell...) into sentence segments
// with numbered tags. Format-neutral: the Markdown and HTML importers flatten their trees into
// RunItems, and the renderers rebuild trees from the pieces this returns.
import { sentenceSpans } from "./sentences";
import { closeTag, escapeLiteralText, openTag, selfTag } from "./tagged-text";
import type { InlineTag } from "./types";

export type TagInfo = Omit<InlineTag, "id">;

/** `node` is the format's own tree node (mdast or hast); a paired tag's open and close share it. */
export type RunItem<N> =
  | { type: "text"; value: string }
  | { type: "open"; node: N; tag: TagInfo }
  | { type: "close"; node: N }
  | { type: "self"; node: N; tag: TagInfo; role: "break" | "object" };

export type SegmentPiece<N> = {
  type: "segment";
  /** Set by the document when it numbers its segments ("s1", "s2", ...). */
  id: string;
  items: RunItem<N>[];
  text: string;
  tags: InlineTag[];
  /** Tag id -> the node it stands for, for rebuilding the tree from a translation. */
  nodes: Map<number, N>;
};
export type GapPiece<N> = { type: "gap"; items: RunItem<N>[] };
export type RunPiece<N> = SegmentPiece<N> | GapPiece<N>;

/**
 * The run as laid out for translation: markup wrapping the whole run (a paragraph that is one link)
 * stays outside the segments, since a translator cannot move it anywhere else.
 */
export type RunLayout<N> = {
  lead: RunItem<N>[];
  body: { type: "wrap"; node: N; tag: TagInfo; inner: RunLayout<N> } | { type: "pieces"; pieces: RunPiece<N>[] };
  trail: RunItem<N>[];
};

// Stand-ins in the text the sentence splitter sees: an inline object is a word; a hard break a newline.
const OBJECT = "\uFFFC";
const BREAK = "\n";
const COLLAPSIBLE = /[ \t\n\r\f]+/g;
const HAS_LETTER = /\p{L}/u;

export function layoutRun<N>(items: RunItem<N>[], language: string): RunLayout<N> {
  return layout(normalizeWhitespace(items), language);
}

function layout<N>(items: RunItem<N>[], language: string): RunLayout<N> {
  let first = 0;
  let last = items.length;
  while (first < last && isBlank(items[first]!)) first++;
  while (last > first && isBlank(items[last - 1]!)) last--;
  const lead = items.slice(0, first);
  const trail = items.slice(last);
  const core = items.slice(first, last);

  const opening = core[0];
  const closing = core.at(-1);
  if (
    opening?.type === "open" &&
    closing?.type === "close" &&
    closing.node === opening.node &&
    closeIndexOf(core, 0) === core.length - 1
  ) {
    return {
      lead,
      body: { type: "wrap", node: opening.node, tag: opening.tag, inner: layout(core.slice(1, -1), language) },
      trail,
    };
  }
  return { lead, body: { type: "pieces", pieces: splitIntoPieces(core, language) }, trail };
}

function isBlank<N>(item: RunItem<N>): boolean {
  return (item.type === "text" && item.value.trim() === "") || (item.type === "self" && item.role === "break");
}

function closeIndexOf<N>(items: RunItem<N>[], openIndex: number): number {
  const node = items[openIndex]!.type === "open" ? (items[openIndex] as { node: N }).node : undefined;
  return items.findIndex((item, index) => index > openIndex && item.type === "close" && item.node === node);
}

/**
 * Collapses runs of whitespace (not no-break spaces, which mean something) and moves whitespace out
 * of tag edges ("<b> word</b>" -> " <b>word</b>"), so segments never start or end inside a tag.
 */
function normalizeWhitespace<N>(items: RunItem<N>[]): RunItem<N>[] {
  const out: RunItem<N>[] = [];
  const pushText = (value: string) => {
    if (value === "") return;
    const previous = out.at(-1);
    if (previous?.type === "text") previous.value = (previous.value + value).replace(COLLAPSIBLE, " ");
    else out.push({ type: "text", value: value.replace(COLLAPSIBLE, " ") });
  };
  for (const item of items) {
    if (item.type === "text") {
      let value = item.value;
      // Leading whitespace right after opening tags belongs before them.
      let openers = 0;
      while (out.length - 1 - openers >= 0 && out[out.length - 1 - openers]!.type === "open") openers++;
      const leading = /^[ \t\n\r\f]+/.exec(value)?.[0] ?? "";
      if (openers > 0 && leading !== "") {
        const moved = out.splice(out.length - openers, openers);
        pushText(" ");
        out.push(...moved);
        value = value.slice(leading.length);
      }
      pushText(value);
    } else if (item.type === "close") {
      // Trailing whitespace right before a closing tag belongs after it.
      const previous = out.at(-1);
      const trailing = previous?.type === "text" ? (/[ \t\n\r\f]+$/.exec(previous.value)?.[0] ?? "") : "";
      if (previous?.type === "text" && trailing !== "" && previous.value.length > trailing.length) {
        previous.value = previous.value.slice(0, -trailing.length);
        out.push({ ...item });
        out.push({ type: "text", value: " " });
      } else out.push({ ...item });
    } else out.push({ ...item });
  }
  return out;
}

type Located<N> = { item: RunItem<N>; start: number; end: number; depthBefore: number };

function splitIntoPieces<N>(core: RunItem<N>[], language: string): RunPiece<N>[] {
  let plain = "";
  for (const item of core) plain += standIn(item);
  if (!HAS_LETTER.test(plain)) return core.length > 0 ? [{ type: "gap", items: core }] : [];

  const spans = mergeLetterlessSpans(sentenceSpans(plain, language), plain);
  const cutPoints = new Set<number>();
  for (const span of spans) cutPoints.add(span.start).add(span.end);
  const located = locate(core, cutPoints);

  // Segment i runs from items[begin[i]] to items[end[i] - 1]; gaps lie between.
  const ranges = spans.map((span) => contentRange(located, span));
  const pieces: RunPiece<N>[] = [];
  let cursor = 0;
  let segmentStart = -1;
  ranges.forEach((range, index) => {
    if (segmentStart === -1) {
      const gap = located.slice(cursor, range.begin);
      if (gap.every(isGapItem)) {
        if (gap.length > 0) pieces.push({ type: "gap", items: gap.map((entry) => entry.item) });
        segmentStart = range.begin;
      } else segmentStart = cursor;
    }
    const next = ranges[index + 1];
    const closesHere = next === undefined || canCut(located, range.end, next.begin);
    if (!closesHere) return;
    const end = next === undefined && !located.slice(range.end).every(isGapItem) ? located.length : range.end;
    pieces.push(segmentPiece(located.slice(segmentStart, end).map((entry) => entry.item)));
    cursor = end;
    segmentStart = -1;
  });
  const rest = located.slice(cursor).map((entry) => entry.item);
  if (rest.length > 0) pieces.push({ type: "gap", items: rest });
  return pieces;
}

function standIn<N>(item: RunItem<N>): string {
  if (item.type === "text") return item.value;
  if (item.type === "self") return item.role === "break" ? BREAK : OBJECT;
  return "";
}

/** A "sentence" without a letter (an emoji, a number, a dash) stays with the sentence before it. */
function mergeLetterlessSpans(spans: { start: number; end: number }[], plain: string) {
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const previous = merged.at(-1);
    if (previous && !HAS_LETTER.test(plain.slice(span.start, span.end))) previous.end = span.end;
    else if (previous && !HAS_LETTER.test(plain.slice(previous.start, previous.end))) previous.end = span.end;
    else merged.push({ ...span });
  }
  return merged;
}

/** Items with their plain-text offsets; text items are cut so every span edge is an item edge. */
function locate<N>(core: RunItem<N>[], cutPoints: Set<number>): Located<N>[] {
  const located: Located<N>[] = [];
  let offset = 0;
  let depth = 0;
  for (const item of core) {
    if (item.type === "text") {
      let pieceStart = 0;
      for (let i = 1; i < item.value.length; i++) {
        if (cutPoints.has(offset + i)) {
          located.push({
            item: { type: "text", value: item.value.slice(pieceStart, i) },
            start: offset + pieceStart,
            end: offset + i,
            depthBefore: depth,
          });
          pieceStart = i;
        }
      }
      located.push({
        item: { type: "text", value: item.value.slice(pieceStart) },
        start: offset + pieceStart,
        end: offset + item.value.length,
        depthBefore: depth,
      });
      offset += item.value.length;
      continue;
    }
    const width = standIn(item).length;
    located.push({ item, start: offset, end: offset + width, depthBefore: depth });
    offset += width;
    if (item.type === "open") depth++;
    if (item.type === "close") depth--;
  }
  return located;
}

/** The items of one sentence: its characters, the tags closing right after it, those opening right before. */
function contentRange<N>(located: Located<N>[], span: { start: number; end: number }) {
  let begin = located.findIndex((entry) => entry.end > span.start && entry.item.type !== "open");
  if (begin === -1) begin = located.length;
  while (begin > 0 && located[begin - 1]!.item.type === "open") begin--;
  let end = begin;
  for (let i = begin; i < located.length; i++) {
    const entry = located[i]!;
    const inside = entry.start < span.end;
    const closesRightAfter = entry.item.type === "close" && end === i;
    if (!inside && !closesRightAfter) break;
    end = i + 1;
  }
  return { begin, end };
}

function isGapItem<N>(entry: Located<N>): boolean {
  return isBlank(entry.item);
}

/** A cut between two sentences must not leave a tag open, and the gap may hold only whitespace and breaks. */
function canCut<N>(located: Located<N>[], end: number, nextBegin: number): boolean {
  const after = located[end];
  const depthAtCut = after ? after.depthBefore : 0;
  if (depthAtCut !== 0) return false;
  return located.slice(end, nextBegin).every(isGapItem);
}

function segmentPiece<N>(items: RunItem<N>[]): SegmentPiece<N> {
  const tags: InlineTag[] = [];
  const nodes = new Map<number, N>();
  const openIds = new Map<N, number>();
  let text = "";
  for (const item of items) {
    if (item.type === "text") text += escapeLiteralText(item.value);
    else if (item.type === "close") text += closeTag(openIds.get(item.node)!);
    else {
      const id = tags.length + 1;
      tags.push({ id, ...item.tag });
      nodes.set(id, item.node);
      if (item.type === "open") {
        openIds.set(item.node, id);
        text += openTag(id);
      } else text += selfTag(id);
    }
  }
  return { type: "segment", id: "", items, text: text.replace(COLLAPSIBLE, " ").trim(), tags, nodes };
}
