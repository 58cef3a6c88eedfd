// Exporting a language pair of the memory as TMX 1.4b: the file is valid against the DTD, a real
// third-party reader (translate-toolkit) reads the same units with the same texts - the original
// markup inside the tags, from the segment or as the imported file had it - and importing the export gives the same units
// back, tags and all.
import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { InlineTag } from "@/db/json-shapes";
import { segments, segmentTranslations, tmUnits } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { exportTmx } from "@/lib/formats/tmx/export-tmx";
import { importTmx } from "@/lib/formats/tmx/import-tmx";
import { codeLookup, type CodeLookup } from "@/lib/formats/tmx/inline-codes";
import { listMemoryPairs } from "@/lib/formats/tmx/memory-pairs";
import { COMMAND_LINE } from "@/lib/formats/tmx/permission";
import { claimJob } from "@/lib/workflow/claim-job";
import { saveSegment } from "@/lib/workflow/save-segment";
import { makeUser } from "../../support/factories";
import { createTestDb } from "../../support/test-db";
import { importJobs, POLICY, T0, translationsOf } from "../../workflow/support";
import { chunked, dtdProblems, fixture, scratchFolder, translateToolkitUnits, unitsOf } from "./support";

const db = createTestDb();
const file = scratchFolder();
let editor: Actor;

const SPANISH: Record<string, string> = {
  "Mangroves in Fiji": "Manglares en Fiyi",
  "Volunteers met in Suva.": "Los voluntarios se reunieron en Suva & Nadi.",
  "They planted 300 seedlings.": "Plantaron 300 plántulas.",
  "See the <1>report</1>.": "Vea el <1>informe</1>.",
  "The mayor thanked them.": "El alcalde les dio las gracias.",
};

/** The text a reader of TMX sees: placeholders replaced by the markup they stand for, when known. */
function withMarkup(taggedText: string, tags: readonly InlineTag[], codes: CodeLookup): string {
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  return taggedText.replace(
    /(\\?)<(\/?)(\d{1,4})(\/?)>/g,
    (whole, escape: string, close: string, id: string, self: string) => {
      if (escape) return whole.slice(1);
      const tag = byId.get(Number(id));
      const end = self ? "self" : close ? "close" : "open";
      return codes(Number(id), end) ?? (close ? tag?.close : tag?.open) ?? "";
    },
  );
}

function documentOf(pair: string): string {
  return [...exportTmx(db, editor, pair).chunks].join("");
}

beforeAll(async () => {
  editor = await makeUser(db, { role: "editor", translate: [] });
  // Units mirroring translations, whose segments know their tags' markup...
  const ana = await makeUser(db, { role: "volunteer", translate: ["es"] });
  const jobId = importJobs(db, editor, { targetLanguages: ["es"] }).job("es");
  claimJob(db, ana, { jobId }, { policy: POLICY, now: T0 });
  for (const row of translationsOf(db, jobId)) {
    saveSegment(db, ana, {
      jobId,
      segmentId: row.segmentId,
      text: SPANISH[row.source]!,
      status: "translated",
      version: row.version,
    });
  }
  // ...and imported ones, which keep the markup the file had inside their tags.
  await importTmx(db, editor, { chunks: chunked(fixture("inline-and-languages.tmx")), fileName: "partner.tmx" });
});

describe("exporting the memory as TMX", () => {
  it("lists the pairs the memory holds, with their sizes", () => {
    expect(listMemoryPairs(db, editor)).toEqual([
      { sourceLanguage: "en", targetLanguage: "es", units: 9 },
      { sourceLanguage: "en", targetLanguage: "fr", units: 1 },
      { sourceLanguage: "es", targetLanguage: "en", units: 1 },
    ]);
  });

  it("writes a file that is valid against the TMX 1.4b DTD, with Tandem's header", () => {
    const exported = exportTmx(db, editor, "en-es");
    expect(exported).toMatchObject({
      filename: "tandem-en-es.tmx",
      units: 9,
      sourceLanguage: "en",
      targetLanguage: "es",
    });
    const content = [...exported.chunks].join("");
    expect(dtdProblems(file("en-es.tmx", content))).toBe("");
    expect(content).toMatch(
      /<header creationtool="Tandem" creationtoolversion="[\d.]+" datatype="plaintext" segtype="sentence" adminlang="en" srclang="en" o-tmf="Tandem" creationdate="\d{8}T\d{6}Z"\/>/,
    );
    expect(content.match(/<tu /g)).toHaveLength(9);
    expect(content).toContain(`<prop type="x-origin">segment</prop>`);
    expect(content).toContain(`<prop type="x-origin-note">partner.tmx</prop>`);
    expect(content).toMatch(/<tu tuid="\d+" creationdate="20230405T101112Z" changedate="20230506T070809Z">/);
  });

  it("carries the segment's original markup inside bpt/ept, and the translator as creationid", () => {
    const content = documentOf("en-es");
    expect(content).toMatch(/<tu [^>]*creationid="Test User \d+" datatype="x-markdown">/);
    expect(content).toMatch(
      /<seg>See the <bpt i="1" x="1" type="link">[^<]+<\/bpt>report<ept i="1">[^<]+<\/ept>\.<\/seg>/,
    );
    expect(content).toContain("Suva &amp; Nadi.");
  });

  it("is read by translate-toolkit with the same units and texts", () => {
    const expected = db
      .select({
        sourceText: tmUnits.sourceText,
        targetText: tmUnits.targetText,
        tags: segments.tags,
        inlineCodes: tmUnits.inlineCodes,
      })
      .from(tmUnits)
      .leftJoin(segmentTranslations, eq(segmentTranslations.id, tmUnits.translationId))
      .leftJoin(segments, eq(segments.id, segmentTranslations.segmentId))
      .where(and(eq(tmUnits.sourceLanguage, "en"), eq(tmUnits.targetLanguage, "es")))
      .orderBy(asc(tmUnits.id))
      .all()
      .map((unit) => ({
        source: withMarkup(unit.sourceText, unit.tags ?? [], codeLookup(unit.inlineCodes, "source")),
        target: withMarkup(unit.targetText, unit.tags ?? [], codeLookup(unit.inlineCodes, "target")),
      }));
    const read = translateToolkitUnits(file("toolkit.tmx", documentOf("en-es")));
    expect(read).toEqual(expected);
    expect(read).toContainEqual({
      source: `See the <a href="https://example.org/r">report</a>.<br/>`,
      target: `Vea el <a href="https://example.org/r">informe</a>.<br/>`,
    });
    expect(read.some((unit) => /<|\[/.test(unit.source))).toBe(true);
  });

  it("gives back the same units, tags and all, when the export is imported into another memory", async () => {
    const other = createTestDb();
    const otherEditor = await makeUser(other, { role: "admin", translate: [] });
    const report = await importTmx(other, otherEditor, { chunks: chunked(documentOf("en-es"), 333) });
    expect(report).toMatchObject({ unitsRead: 9, added: 9, duplicates: 0 });
    const shape = (unit: ReturnType<typeof unitsOf>[number]) => ({
      sourceText: unit.sourceText,
      targetText: unit.targetText,
      reviewed: unit.reviewed,
      createdAt: Math.floor(unit.createdAt.getTime() / 1000),
      updatedAt: Math.floor(unit.updatedAt.getTime() / 1000),
    });
    const original = unitsOf(db).filter((unit) => unit.sourceLanguage === "en" && unit.targetLanguage === "es");
    expect(unitsOf(other).map(shape)).toEqual(original.map(shape));
    // Confirmed but not yet approved translations stay unreviewed across the round trip.
    expect(unitsOf(other).filter((unit) => !unit.reviewed)).toHaveLength(5);
  });

  it("exports an empty but valid document for a pair without units, and refuses a bad pair", () => {
    const empty = exportTmx(db, COMMAND_LINE, { sourceLanguage: "de", targetLanguage: "fr" });
    expect(empty.units).toBe(0);
    expect(dtdProblems(file("empty.tmx", [...empty.chunks].join("")))).toBe("");
    expect(() => exportTmx(db, editor, "en-en")).toThrow("invalid input");
    expect(() => exportTmx(db, editor, "english-spanish")).toThrow("invalid input");
  });

  it("is for editors and administrators only", async () => {
    const volunteer = await makeUser(db, { role: "volunteer", translate: ["es"] });
    const reviewer = await makeUser(db, { role: "reviewer", review: ["es"] });
    for (const user of [volunteer, reviewer]) {
      expect(() => exportTmx(db, user, "en-es")).toThrow(NotFoundError);
      expect(() => listMemoryPairs(db, user)).toThrow(NotFoundError);
    }
  });
});
