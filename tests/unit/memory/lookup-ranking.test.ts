// Ranking of translation memory matches on a small fixture memory: what the editor lists for the
// active segment, in which order, with which percentage.
import { beforeAll, describe, expect, it } from "vitest";
import { writeTransaction } from "@/db/client";
import type { InlineTag } from "@/db/json-shapes";
import { lookupMatches } from "@/lib/memory/lookup-matches";
import { matchText } from "@/lib/memory/normalize";
import { addUnits, removeUnits, type NewUnit } from "@/lib/memory/store-units";
import { contextHash } from "@/lib/memory/unit-keys";
import { editDistance } from "@/lib/text/similarity";
import { createTestDb } from "../support/test-db";

const db = createTestDb();

const MAYOR = "The mayor thanked the volunteers.";
const BEFORE = "Volunteers met in Suva.";
const AFTER = "They planted 300 seedlings.";
const day = (n: number) => new Date(Date.UTC(2026, 0, n));

/** The percentage the issue defines, computed with the plain algorithm of lib/text/similarity.ts. */
function formula(query: string, unit: string): number {
  const a = matchText(query);
  const b = matchText(unit);
  const longer = Math.max(a.length, b.length);
  return Math.floor(100 * (1 - editDistance(a, b) / longer));
}

const ids: Record<string, number> = {};

beforeAll(() => {
  const units: (NewUnit & { name: string })[] = [
    {
      name: "inContext",
      sourceText: MAYOR,
      targetText: "El alcalde agradeció a los voluntarios.",
      reviewed: true,
      contextHash: contextHash(matchText(BEFORE), matchText(AFTER)),
      updatedAt: day(2),
    },
    {
      name: "reviewedOld",
      sourceText: MAYOR,
      targetText: "El alcalde agradeció a las voluntarias.",
      reviewed: true,
      updatedAt: day(1),
    },
    {
      name: "unreviewedNew",
      sourceText: MAYOR,
      targetText: "El alcalde dio las gracias a los voluntarios.",
      reviewed: false,
      updatedAt: day(9),
    },
    {
      name: "shouted",
      sourceText: MAYOR.toUpperCase(),
      targetText: "EL ALCALDE AGRADECIÓ A LOS VOLUNTARIOS.",
      reviewed: false,
      updatedAt: day(3),
    },
    {
      name: "singular",
      sourceText: "The mayor thanked the volunteer.",
      targetText: "El alcalde agradeció al voluntario.",
      reviewed: false,
      updatedAt: day(4),
    },
    {
      name: "teachers",
      sourceText: "The mayor thanked the teachers.",
      targetText: "El alcalde agradeció a los docentes.",
      reviewed: true,
      updatedAt: day(5),
    },
    {
      name: "duplicate",
      sourceText: "The mayor thanked the teachers.",
      targetText: "El alcalde agradeció a los docentes.",
      reviewed: true,
      updatedAt: day(1),
    },
    {
      name: "unrelated",
      sourceText: "Rain fell on Tuesday in the hills.",
      targetText: "Llovió el martes en las colinas.",
      reviewed: true,
      updatedAt: day(6),
    },
    {
      name: "otherPair",
      sourceText: MAYOR,
      targetText: "Le maire a remercié les bénévoles.",
      targetLanguage: "fr",
      reviewed: true,
      updatedAt: day(7),
    },
  ].map((unit) => ({ sourceLanguage: "en", targetLanguage: "es", origin: "tmx_import" as const, ...unit }));
  const created = writeTransaction(db, (tx) => addUnits(tx, units));
  units.forEach((unit, index) => (ids[unit.name] = created[index]!));
});

const query = (
  text: string,
  extra: {
    previousText?: string | null;
    nextText?: string | null;
    threshold?: number;
    limit?: number;
    tags?: InlineTag[];
  } = {},
) => lookupMatches(db, { sourceLanguage: "en", targetLanguage: "es", text, tags: [], ...extra });

const summary = (matches: ReturnType<typeof query>) =>
  matches.map((match) => [Object.keys(ids).find((name) => ids[name] === match.unitId), match.score]);

describe("lookupMatches", () => {
  it("puts the context match (101) first, then exact matches reviewed first, then case-only differences (99)", () => {
    expect(summary(query(MAYOR, { previousText: BEFORE, nextText: AFTER }))).toEqual([
      ["inContext", 101],
      ["reviewedOld", 100],
      ["unreviewedNew", 100],
      ["shouted", 99],
    ]);
  });

  it("gives no 101 without the same neighbours, and ranks equal scores reviewed first, then newest", () => {
    expect(summary(query(MAYOR, { previousText: "Something else.", nextText: AFTER }))).toEqual([
      ["inContext", 100],
      ["reviewedOld", 100],
      ["unreviewedNew", 100],
      ["shouted", 99],
    ]);
  });

  it("scores fuzzy matches with 100 x (1 - distance / longer length), at most five, one per source and target", () => {
    const text = "The mayor thanked all the volunteers.";
    const matches = query(text);
    expect(matches).toHaveLength(5);
    expect(summary(matches)).toEqual([
      ["inContext", formula(text, MAYOR)],
      ["reviewedOld", formula(text, MAYOR)],
      ["unreviewedNew", formula(text, MAYOR)],
      ["shouted", formula(text, MAYOR)],
      ["singular", formula(text, "The mayor thanked the volunteer.")],
    ]);
    expect(matches[0]!.score).toBe(89);
  });

  it("shows the same source and target once, and respects a lower limit", () => {
    const matches = query("The mayor thanked the teachers!", { limit: 10 });
    const names = summary(matches).map(([name]) => name);
    expect(names).toContain("teachers");
    expect(names).not.toContain("duplicate");
    expect(query("The mayor thanked the teachers!", { limit: 2 })).toHaveLength(2);
  });

  it("returns nothing under the threshold", () => {
    const text = "The mayor thanked all the volunteers.";
    expect(query(text, { threshold: 90 })).toEqual([]);
    expect(summary(query(text, { threshold: 89 })).every(([, score]) => Number(score) >= 89)).toBe(true);
    expect(query("Rain fell on Tuesday in the hills.").map((match) => match.unitId)).toEqual([ids.unrelated]);
    expect(query("Completely different words here.")).toEqual([]);
  });

  it("looks in the language pair asked for only", () => {
    const french = lookupMatches(db, { sourceLanguage: "en", targetLanguage: "fr", text: MAYOR, tags: [] });
    expect(french.map((match) => match.unitId)).toEqual([ids.otherPair]);
    expect(lookupMatches(db, { sourceLanguage: "en", targetLanguage: "de", text: MAYOR, tags: [] })).toEqual([]);
  });

  it("says where a match comes from", () => {
    const [match] = query("Rain fell on Tuesday in the hills.");
    expect(match).toMatchObject({
      sourceText: "Rain fell on Tuesday in the hills.",
      targetText: "Llovió el martes en las colinas.",
      reviewed: true,
      origin: {
        kind: "tmx_import",
        articleTitle: null,
        articleSlug: null,
        translatorName: null,
        date: day(6),
        note: null,
      },
    });
  });

  it("forgets a removed unit, its index entry and its word counts", () => {
    const indexed = () =>
      db.$client.prepare(`select count(*) from tm_unit_terms where tm_unit_terms match '"tuesday"'`).pluck().get();
    const counted = () => db.$client.prepare("select count(*) from tm_terms where term = 'tuesday'").pluck().get();
    expect([indexed(), counted()]).toEqual([1, 1]);
    writeTransaction(db, (tx) => removeUnits(tx, [ids.unrelated!]));
    expect(query("Rain fell on Tuesday in the hills.")).toEqual([]);
    expect([indexed(), counted()]).toEqual([0, 0]);
  });
});
