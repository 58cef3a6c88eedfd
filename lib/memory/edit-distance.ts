// Exact Levenshtein distance (insert, delete, substitute: 1 each, on UTF-16 code units, like
// lib/text/similarity.ts) with the bit-parallel algorithm of Myers (1999) in the block form of
// Hyyrö (2003): each text character updates 32 rows of the DP column with a handful of bitwise
// operations. A lookup compares one query with hundreds of candidates, so the query is prepared
// once as the "pattern" and each candidate is streamed through it as the "text".

const WORD_BITS = 32;
const UTF16_UNITS = 0x10000;

export type DistancePattern = {
  readonly length: number;
  /** Distance from the pattern to `text`; `limit + 1` as soon as it is certain to exceed `limit`. */
  distance(text: string, limit?: number): number;
};

export function distancePattern(pattern: string): DistancePattern {
  const length = pattern.length;
  const blocks = Math.max(1, Math.ceil(length / WORD_BITS));
  // Character -> row of `equal` (0: a character the pattern does not contain, all bits clear).
  const slotOf = new Uint16Array(UTF16_UNITS);
  let slots = 1;
  for (let index = 0; index < length; index++) {
    const code = pattern.charCodeAt(index);
    if (slotOf[code] === 0) slotOf[code] = slots++;
  }
  // equal[slot * blocks + block]: bit i set when pattern[block * 32 + i] is that character.
  const equal = new Int32Array(slots * blocks);
  for (let index = 0; index < length; index++) {
    const slot = slotOf[pattern.charCodeAt(index)]!;
    equal[slot * blocks + Math.floor(index / WORD_BITS)]! |= 1 << (index % WORD_BITS);
  }
  const lastBlock = blocks - 1;
  const lastRowShift = (length - 1) % WORD_BITS;
  const positive = new Int32Array(blocks);
  const negative = new Int32Array(blocks);

  function distance(text: string, limit = Infinity): number {
    const textLength = text.length;
    if (Math.abs(length - textLength) > limit) return limit + 1;
    if (length === 0) return textLength;
    if (textLength === 0) return length;
    positive.fill(-1);
    negative.fill(0);
    let score = length;
    for (let column = 0; column < textLength; column++) {
      const base = slotOf[text.charCodeAt(column)]! * blocks;
      // The horizontal delta entering each block from above, as two bits (+1, -1); row 0 of the
      // DP grows by 1 per column. Branch-free: this loop is where a lookup spends its time.
      let plusIn = 1;
      let minusIn = 0;
      for (let block = 0; block < lastBlock; block++) {
        const pv = positive[block]!;
        const mv = negative[block]!;
        let eq = equal[base + block]!;
        const xv = eq | mv;
        eq |= minusIn;
        const xh = (((eq & pv) + pv) ^ pv) | eq;
        let ph = mv | ~(xh | pv);
        let mh = pv & xh;
        const plusOut = ph >>> 31;
        const minusOut = mh >>> 31;
        ph = (ph << 1) | plusIn;
        mh = (mh << 1) | minusIn;
        positive[block] = mh | ~(xv | ph);
        negative[block] = ph & xv;
        plusIn = plusOut;
        minusIn = minusOut;
      }
      const pv = positive[lastBlock]!;
      const mv = negative[lastBlock]!;
      let eq = equal[base + lastBlock]!;
      const xv = eq | mv;
      eq |= minusIn;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      score += ((ph >>> lastRowShift) & 1) - ((mh >>> lastRowShift) & 1);
      ph = (ph << 1) | plusIn;
      mh = (mh << 1) | minusIn;
      positive[lastBlock] = mh | ~(xv | ph);
      negative[lastBlock] = ph & xv;
      // The last row can fall by at most 1 per remaining column.
      if (score - (textLength - column - 1) > limit) return limit + 1;
    }
    return score;
  }

  return { length, distance };
}

/** Levenshtein distance of two strings (see distancePattern to compare one string with many). */
export function levenshtein(a: string, b: string, limit = Infinity): number {
  return distancePattern(a).distance(b, limit);
}
