// Concordance search: every unit of the pair whose source holds a word or a phrase, whatever its
// case, accents or punctuation.
import { beforeAll, describe, expect, it } from "vitest";
import { writeTransaction } from "@/db/client";
import { searchConcordance } from "@/lib/memory/concordance";
import { addUnits } from "@/lib/memory/store-units";
import { createTestDb } from "../support/test-db";

const db = createTestDb();

beforeAll(() => {
  const sources: [string, string, boolean][] = [
    ["The mayor of Bogotá opened the park.", "La alcaldesa de Bogotá abrió el parque.", true],
    ["Bogota, the capital, grew fast.", "Bogotá, la capital, creció rápido.", false],
    ["Volunteers planted mangroves in Fiji.", "Voluntarios plantaron manglares en Fiyi.", true],
    ["The mangroves of Fiji protect the coast.", "Los manglares de Fiyi protegen la costa.", false],
    ["Mangroves, Fiji and the sea.", "Manglares, Fiyi y el mar.", true],
    ["Fiji mangroves are rare.", "Los manglares fiyianos son raros.", true],
    ["東京都の人口が増えた。", "Tokyo's population grew.", true],
  ];
  writeTransaction(db, (tx) =>
    addUnits(
      tx,
      sources.map(([sourceText, targetText, reviewed]) => ({
        sourceLanguage: sourceText.startsWith("東") ? "ja" : "en",
        targetLanguage: sourceText.startsWith("東") ? "en" : "es",
        sourceText,
        targetText,
        reviewed,
        origin: "tmx_import" as const,
      })),
    ),
  );
});

const search = (phrase: string, limit?: number) =>
  searchConcordance(db, { sourceLanguage: "en", targetLanguage: "es", phrase, limit }).map((entry) => entry.sourceText);

describe("searchConcordance", () => {
  it("finds a word with or without its accents, in any case", () => {
    const expected = ["The mayor of Bogotá opened the park.", "Bogota, the capital, grew fast."];
    expect(search("bogota").sort()).toEqual([...expected].sort());
    expect(search("BOGOTÁ").sort()).toEqual([...expected].sort());
  });

  it("finds a phrase only where its words stand together and in order, punctuation aside", () => {
    expect(search("mangroves in Fiji")).toEqual(["Volunteers planted mangroves in Fiji."]);
    expect(search("mangroves, Fiji").sort()).toEqual(["Mangroves, Fiji and the sea."]);
    expect(search("Fiji mangroves")).toEqual(["Fiji mangroves are rare."]);
  });

  it("lists reviewed units first and returns the targets as stored", () => {
    const entries = searchConcordance(db, { sourceLanguage: "en", targetLanguage: "es", phrase: "mangroves" });
    expect(entries).toHaveLength(4);
    expect(entries.map((entry) => entry.reviewed)).toEqual([true, true, true, false]);
    expect(entries.find((entry) => entry.sourceText.startsWith("Volunteers"))!.targetText).toBe(
      "Voluntarios plantaron manglares en Fiyi.",
    );
  });

  it("respects the limit and finds nothing for an unknown word or an empty phrase", () => {
    expect(search("mangroves", 2)).toHaveLength(2);
    expect(search("tsunami")).toEqual([]);
    expect(search(" ,.; ")).toEqual([]);
  });

  it("searches scripts written without spaces", () => {
    const found = searchConcordance(db, { sourceLanguage: "ja", targetLanguage: "en", phrase: "東京都" });
    expect(found.map((entry) => entry.targetText)).toEqual(["Tokyo's population grew."]);
    expect(searchConcordance(db, { sourceLanguage: "ja", targetLanguage: "en", phrase: "京都府" })).toEqual([]);
  });
});
