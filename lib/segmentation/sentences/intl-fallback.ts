// Languages without rules of their own get the platform's Unicode (UAX #29) sentence boundaries,
// minus any that fall inside a URL, an e-mail address or a number, which UAX #29 does not know.
import { addressRanges } from "./address-ranges";
import { isDigit, isWhitespace } from "./characters";
import { lineBreakBoundaries, newlinesAsSpaces } from "./line-breaks";
import { mergeOffsets, mergeRanges, RangeCursor } from "./ranges";
import type { SplitOptions } from "./types";

/** Text handed to Intl.Segmenter at a time, and the stretch at its end whose boundaries are not trusted. */
const WINDOW = 4096;
const MARGIN = 256;
const MAX_CACHED_SEGMENTERS = 32;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (segmenter === undefined) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: "sentence" });
    } catch {
      // Not a well-formed language tag: the root locale's rules still apply.
      segmenter = new Intl.Segmenter(undefined, { granularity: "sentence" });
    }
    // Tags come from callers; a few distinct ones are expected, so an overflowing cache just restarts.
    if (segmenters.size >= MAX_CACHED_SEGMENTERS) segmenters.clear();
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** "3.14" or "1,000" around the boundary, with nothing but the separator between the digits. */
function splitsNumber(text: string, end: number): boolean {
  const separator = text[end - 1];
  return (separator === "." || separator === ",") && isDigit(text[end - 2]) && isDigit(text[end]);
}

/**
 * Raw UAX #29 boundaries, found window by window: V8 gives each segment a fresh copy of the whole
 * input, which makes one pass over a long text quadratic (about 36 s for 1 MB). A boundary near the
 * end of a window may depend on text past it, so those are dropped and the next window starts at the
 * last boundary kept.
 */
function segmenterBoundaries(text: string, segmenter: Intl.Segmenter): number[] {
  const boundaries: number[] = [];
  let from = 0;
  while (from < text.length) {
    const to = Math.min(text.length, from + WINDOW);
    const last = to === text.length;
    let resumeAt = to - MARGIN;
    for (const { index } of segmenter.segment(text.slice(from, to))) {
      if (index === 0) continue;
      if (!last && index > to - from - MARGIN) break;
      boundaries.push(from + index);
      resumeAt = from + index;
    }
    if (last) break;
    from = resumeAt;
  }
  return boundaries;
}

export function intlBoundaries(text: string, lang: string, newlines: NonNullable<SplitOptions["newlines"]>): number[] {
  const addresses = new RangeCursor(mergeRanges(addressRanges(text)));
  const boundaries: number[] = [];
  // Newlines are decided here, the same way as for rule-based languages, so UAX #29 sees none.
  for (const boundary of segmenterBoundaries(newlinesAsSpaces(text), segmenterFor(lang))) {
    // UAX #29 puts the boundary after the spaces; what matters is where the sentence's text ends.
    let end = boundary;
    while (end > 0 && isWhitespace(text[end - 1])) end--;
    if (!addresses.covers(end) && !splitsNumber(text, end)) boundaries.push(boundary);
  }
  return mergeOffsets(boundaries, newlines === "break" ? lineBreakBoundaries(text) : []);
}
