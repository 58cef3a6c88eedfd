// The memory's bit-parallel edit distance must agree exactly with the plain dynamic programme of
// lib/text/similarity.ts: a wrong distance would be a wrong match percentage on the translator's screen.
import { describe, expect, it } from "vitest";
import { distancePattern, levenshtein } from "@/lib/memory/edit-distance";
import { editDistance } from "@/lib/text/similarity";

/** A small deterministic generator, so a failure can be replayed. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

const ALPHABET = ["a", "b", "c", "e", "é", " ", ".", "中", "ß", "\u{1F600}"];

function randomText(random: () => number, maxLength: number): string {
  const length = Math.floor(random() * maxLength);
  let text = "";
  while (text.length < length) text += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return text;
}

/** A text a few edits away from `text`, as near matches are. */
function edited(random: () => number, text: string): string {
  const characters = [...text];
  const edits = 1 + Math.floor(random() * 6);
  for (let edit = 0; edit < edits; edit++) {
    const at = Math.floor(random() * (characters.length + 1));
    const kind = random();
    const character = ALPHABET[Math.floor(random() * ALPHABET.length)]!;
    if (kind < 0.33) characters.splice(at, 0, character);
    else if (kind < 0.66) characters.splice(at, 1);
    else characters[at] = character;
  }
  return characters.join("");
}

describe("levenshtein", () => {
  it("agrees with the plain algorithm on random strings of every length up to several words of bits", () => {
    const random = generator(7);
    for (let round = 0; round < 3000; round++) {
      const a = randomText(random, round % 3 === 0 ? 300 : 70);
      const b = random() < 0.5 ? edited(random, a) : randomText(random, 70);
      expect(levenshtein(a, b), `${JSON.stringify(a)} / ${JSON.stringify(b)}`).toBe(editDistance(a, b));
    }
  });

  it("agrees on the early exit: above the limit it answers limit + 1, within it the distance", () => {
    const random = generator(11);
    for (let round = 0; round < 2000; round++) {
      const a = randomText(random, 120);
      const b = random() < 0.7 ? edited(random, a) : randomText(random, 120);
      const limit = Math.floor(random() * 40);
      const exact = editDistance(a, b);
      expect(levenshtein(a, b, limit)).toBe(exact <= limit ? exact : limit + 1);
    }
  });

  it("compares one prepared query with many texts, as a lookup does", () => {
    const random = generator(3);
    const query = randomText(random, 200);
    const pattern = distancePattern(query);
    for (let round = 0; round < 300; round++) {
      const text = random() < 0.5 ? edited(random, query) : randomText(random, 200);
      expect(pattern.distance(text)).toBe(editDistance(query, text));
    }
  });

  it("handles empty strings and exact 32-character boundaries", () => {
    expect(levenshtein("", "")).toBe(0);
    expect(levenshtein("", "abc")).toBe(3);
    expect(levenshtein("abc", "")).toBe(3);
    const word = "abcdefghijklmnopqrstuvwxyz012345";
    expect(levenshtein(word, `${word}6`)).toBe(1);
    expect(levenshtein(`${word}${word}`, `${word}x${word}`)).toBe(1);
    expect(levenshtein(word, word.toUpperCase())).toBe(editDistance(word, word.toUpperCase()));
  });
});
