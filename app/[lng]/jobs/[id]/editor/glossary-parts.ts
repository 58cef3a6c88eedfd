// The source of a segment cut at its glossary terms, for underlining them. A term's range may hold
// tags ("online</1> volunteer"), so the tagged text is cut into tokens with their offsets and each
// token goes to the term it lies in: a closing tag inside an underline is just a chip there, and
// no tag is ever cut in two. Pure, so the editor computes it once per segment and tests run it.
import type { InlineTag } from "@/db/json-shapes";
import type { GlossaryEntry } from "@/lib/glossary/entry";
import type { GlossaryMatch } from "@/lib/glossary/find-terms";
import type { TagToken } from "@/lib/segmentation/tagged-text";
import type { QaGlossaryEntry } from "@/lib/qa/types";

/** A run of the source outside every term (`match` null) or inside one term. */
export type SourcePart = { match: GlossaryMatch | null; tokens: TagToken[] };

// The shape of lib/segmentation/tagged-text.ts: "<1>", "</1>", "<2/>", and "\<1>" for literal text.
const TAG_SHAPE = /\\?<(\/?)(\d{1,4})(\/?)>/g;

/** A token and the range of the tagged text it stands for; only plain text may be cut. */
type Piece = { start: number; end: number; token: TagToken };

/**
 * The tokens of a source segment with their offsets. A source is well formed by construction (the
 * segmenter wrote it), so a tag the segment does not know, or written in the wrong form, is shown
 * as the text it is, as TaggedText does.
 */
function piecesOf(text: string, tags: readonly InlineTag[]): Piece[] {
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  const pieces: Piece[] = [];
  const pushText = (start: number, end: number, value: string) => {
    if (end > start) pieces.push({ start, end, token: { type: "text", value } });
  };
  let last = 0;
  for (const match of text.matchAll(TAG_SHAPE)) {
    const [whole, slash, digits, selfSlash] = match;
    const start = match.index;
    const end = start + whole.length;
    pushText(last, start, text.slice(last, start));
    last = end;
    const tag = byId.get(Number(digits));
    const type = selfSlash ? "self" : slash ? "close" : "open";
    const fits = tag !== undefined && !(slash && selfSlash) && (tag.paired ? type !== "self" : type === "self");
    if (whole.startsWith("\\")) pieces.push({ start, end, token: { type: "text", value: whole.slice(1) } });
    else if (fits) pieces.push({ start, end, token: { type, id: tag.id } });
    else pushText(start, end, whole);
  }
  pushText(last, text.length, text.slice(last));
  return pieces;
}

/** Plain text cut at every term boundary that falls inside it; tags and escapes stay whole. */
function cutAt(pieces: readonly Piece[], text: string, boundaries: readonly number[]): Piece[] {
  const cut: Piece[] = [];
  for (const piece of pieces) {
    const plain = piece.token.type === "text" && piece.token.value === text.slice(piece.start, piece.end);
    const inside = plain ? boundaries.filter((at) => at > piece.start && at < piece.end) : [];
    let from = piece.start;
    for (const at of [...inside, piece.end]) {
      cut.push(plain ? { start: from, end: at, token: { type: "text", value: text.slice(from, at) } } : piece);
      from = at;
    }
  }
  return cut;
}

/**
 * The source as runs outside and inside glossary terms, in text order; adjacent text tokens of one
 * run are joined. `matches` are findGlossaryTerms' answer for this text: sorted, never overlapping.
 */
export function glossarySourceParts(
  text: string,
  tags: readonly InlineTag[],
  matches: readonly GlossaryMatch[],
): SourcePart[] {
  const boundaries = matches.flatMap((match) => [match.start, match.end]);
  const parts: SourcePart[] = [];
  let next = 0;
  for (const piece of cutAt(piecesOf(text, tags), text, boundaries)) {
    while (next < matches.length && matches[next]!.end <= piece.start) next += 1;
    const candidate = matches[next];
    const match = candidate && candidate.start < piece.end && candidate.end > piece.start ? candidate : null;
    const run = parts.at(-1);
    if (!run || run.match !== match) {
      parts.push({ match, tokens: [{ ...piece.token }] });
      continue;
    }
    const previous = run.tokens.at(-1);
    if (previous?.type === "text" && piece.token.type === "text") previous.value += piece.token.value;
    else run.tokens.push({ ...piece.token });
  }
  return parts;
}

/** Each glossary entry found in a segment once, in the order the text first uses it. */
export function entriesOf(matches: readonly GlossaryMatch[]): GlossaryEntry[] {
  const seen = new Map<number, GlossaryEntry>();
  for (const { term } of matches) if (!seen.has(term.id)) seen.set(term.id, term);
  return [...seen.values()];
}

/** What the glossary checks need of the entries (as lib/qa/term-match.ts glossaryTermsIn gives them). */
export function qaGlossaryOf(entries: readonly GlossaryEntry[]): QaGlossaryEntry[] {
  return entries.map(({ term, translation, forbidden, caseSensitive }) => ({ term, translation, forbidden, caseSensitive }));
}
