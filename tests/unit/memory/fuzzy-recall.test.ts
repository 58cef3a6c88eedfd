// The fuzzy lookup reads only part of the index; for sentences revised from memory units it must
// still find what an exact scan of every unit finds (the benchmark checks this at 1M units).
import { beforeAll, describe, expect, it } from "vitest";
import { writeTransaction } from "@/db/client";
import { bruteForceBest, bruteForceIndex } from "@/bench/memory-brute-force";
import { createCorpus, joinTokens } from "@/bench/memory-corpus";
import { lookupMatches } from "@/lib/memory/lookup-matches";
import { matchText } from "@/lib/memory/normalize";
import { addUnits } from "@/lib/memory/store-units";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
const corpus = createCorpus(2026);
const sentences: string[][] = [];

beforeAll(() => {
  for (let index = 0; index < 5000; index++) {
    sentences.push(
      sentences.length > 0 && corpus.random() < 0.4
        ? corpus.mutate(sentences[Math.floor(corpus.random() * sentences.length)]!, 4)
        : corpus.sentence(),
    );
  }
  writeTransaction(db, (tx) =>
    addUnits(
      tx,
      sentences.map((tokens) => ({
        sourceLanguage: "en",
        targetLanguage: "es",
        sourceText: joinTokens(tokens),
        targetText: corpus.translate(tokens),
        origin: "tmx_import" as const,
      })),
    ),
  );
});

describe("fuzzy lookup", () => {
  it("finds the best score an exact scan finds, for revised memory sentences", () => {
    const units = db.$client.prepare("select id, source_text from tm_units").raw().all() as [number, string][];
    const scan = bruteForceIndex(units.map(([id, source]) => ({ id, text: matchText(source) })));
    for (let index = 0; index < 150; index++) {
      const text = joinTokens(corpus.mutate(sentences[Math.floor(corpus.random() * sentences.length)]!, 5));
      const best = bruteForceBest(scan, matchText(text), 50).score;
      const found = lookupMatches(db, { sourceLanguage: "en", targetLanguage: "es", text, tags: [] })[0]?.score ?? 0;
      // The scan compares match texts only: a unit equal but for case is 100 to it, 99 to the lookup.
      expect(found === 99 && best === 100 ? 100 : found, text).toBe(best);
    }
  });
});
