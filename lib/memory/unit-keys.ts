// Keys of the translation memory's indexes.
// The full-text index row of a unit has the rowid pair x 2^42 + length x 2^31 + unit id: the index
// keeps each term's units sorted by rowid, so one pair's units of lengths lo..hi are the single
// range `rowid BETWEEN key(pair, lo, 0) AND key(pair, hi, MAX_UNIT_ID)`, and the unit id and its
// length come back with the rowid, without a join. Every part stays below 2^53, exact in a JS number.
// The SQL trigger `tm_units_unindex` (db/migrations/0006) computes the same formula.
import { createHash } from "node:crypto";

const PAIR_FACTOR = 2 ** 42;
const LENGTH_FACTOR = 2 ** 31;
/** Lengths from here on share one key: a window reaching it includes every longer unit. */
export const MAX_KEY_LENGTH = 2047;
export const MAX_UNIT_ID = LENGTH_FACTOR - 1;

export function indexKey(pairId: number, matchLength: number, unitId: number): number {
  return pairId * PAIR_FACTOR + Math.min(matchLength, MAX_KEY_LENGTH) * LENGTH_FACTOR + unitId;
}

/** First and last key of a pair's units whose match text is `shortest`..`longest` long. */
export function indexKeyRange(pairId: number, shortest: number, longest: number): [number, number] {
  const low = Math.max(0, Math.min(shortest, MAX_KEY_LENGTH));
  const high = Math.max(0, Math.min(longest, MAX_KEY_LENGTH));
  return [indexKey(pairId, low, 0), indexKey(pairId, high, MAX_UNIT_ID)];
}

export function unitIdOfKey(key: number): number {
  return key % LENGTH_FACTOR;
}

/** The indexed length of a key (capped at MAX_KEY_LENGTH). */
export function lengthOfKey(key: number): number {
  return Math.floor(key / LENGTH_FACTOR) % (PAIR_FACTOR / LENGTH_FACTOR);
}

/** A short hash of a match text: equal texts, equal hashes (64 bits: a collision is checked anyway). */
export function textHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

/** Hash of a segment's neighbours' match texts, for context (101%) matches. */
export function contextHash(previousMatchText: string, nextMatchText: string): string {
  return textHash(`${previousMatchText}\u0000${nextMatchText}`);
}
