// Importing TMX into the translation memory: every inline kind becomes Tandem's placeholder tags,
// each language pair of a translation unit becomes a unit, bad units are skipped with their reason,
// and importing the same file again adds nothing.
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, tmUnits } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { importTmx } from "@/lib/formats/tmx/import-tmx";
import type { TmxImportProgress } from "@/lib/formats/tmx/import-report";
import { lookupMatches } from "@/lib/memory/lookup-matches";
import { TMX_SEGMENT_MAX_CHARS } from "@/lib/formats/tmx/limits";
import { makeUser } from "../../support/factories";
import { createTestDb } from "../../support/test-db";
import { chunked, fixture, unitsOf } from "./support";

const db = createTestDb();
let editor: Actor;

const tmx = (srclang: string, body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="${srclang}" datatype="plaintext"/><body>${body}</body></tmx>`;

beforeAll(async () => {
  editor = await makeUser(db, { role: "editor", translate: [] });
});

describe("importing a TMX file", () => {
  it("turns every inline kind into placeholder tags and every language pair into a unit", async () => {
    const progress: TmxImportProgress[] = [];
    const report = await importTmx(
      db,
      editor,
      { chunks: chunked(fixture("inline-and-languages.tmx")), fileName: "partner-memory.tmx" },
      { onProgress: (step) => progress.push(step) },
    );

    expect(
      unitsOf(db).map(({ sourceLanguage, targetLanguage, sourceText, targetText }) => [
        `${sourceLanguage}-${targetLanguage}`,
        sourceText,
        targetText,
      ]),
    ).toEqual([
      ["en-es", "See the <1>report</1>.<2/>", "Vea el <1>informe</1>.<2/>"],
      ["en-es", "<1/>Mangroves <2>protect</2> the coast.", "<1/>Los manglares <2>protegen</2> la costa."],
      ["en-es", "Type <1/>\\<1> to start<2/>.", "Escribe <1/>\\<1> para empezar<2/>."],
      ["en-es", "Volunteers met in Suva.", "Los voluntarios se reunieron en Suva."],
      ["en-fr", "Volunteers met in Suva.", "Les bénévoles se sont réunis à Suva."],
      ["es-en", "Hola.", "Hello."],
    ]);
    expect(report).toMatchObject({
      fileName: "partner-memory.tmx",
      sourceLanguage: "en-US",
      unitsRead: 10,
      added: 6,
      duplicates: 1,
      skipped: {
        no_source: 1,
        no_target: 1,
        unknown_language: 1,
        same_language: 1,
        empty: 1,
        too_long: 0,
        too_many_variants: 0,
      },
      unknownLanguages: ["tlh"],
    });
    expect(report.pairs).toEqual([
      { sourceLanguage: "en", targetLanguage: "es", added: 4, duplicates: 1 },
      { sourceLanguage: "en", targetLanguage: "fr", added: 1, duplicates: 0 },
      { sourceLanguage: "es", targetLanguage: "en", added: 1, duplicates: 0 },
    ]);
    expect(progress.at(-1)).toMatchObject({
      unitsRead: 10,
      added: 6,
      bytes: fixture("inline-and-languages.tmx").length,
    });
  });

  it("keeps the file's dates and says where the units came from; imported units count as reviewed", () => {
    const [link] = unitsOf(db);
    expect(link).toMatchObject({
      origin: "tmx_import",
      reviewed: true,
      originNote: "partner-memory.tmx",
      createdAt: new Date("2023-04-05T10:11:12Z"),
      updatedAt: new Date("2023-05-06T07:08:09Z"),
    });
    const event = db.select().from(auditEvents).where(eq(auditEvents.action, "memory.tmx_imported")).get();
    expect(event).toMatchObject({ actorId: editor.id, subjectType: "translation_memory" });
    expect(event?.data).toMatchObject({ fileName: "partner-memory.tmx", added: 6, duplicates: 1, unitsRead: 10 });
  });

  it("offers an imported unit to the editor as a 100% match, its tags numbered like the segment's", () => {
    const [match] = lookupMatches(db, {
      sourceLanguage: "en",
      targetLanguage: "es",
      text: "See the <3>report</3>.<4/>",
      tags: [
        { id: 3, kind: "link", paired: true, open: '<a href="https://example.org/r">', close: "</a>" },
        { id: 4, kind: "break", paired: false, open: "<br>" },
      ],
    });
    expect(match).toMatchObject({ score: 100, targetText: "Vea el <3>informe</3>.<4/>" });
  });

  it("adds nothing when the same file is imported again", async () => {
    const before = unitsOf(db).length;
    const report = await importTmx(db, editor, { chunks: chunked(fixture("inline-and-languages.tmx")) });
    expect(report).toMatchObject({ added: 0, duplicates: 7 });
    expect(unitsOf(db)).toHaveLength(before);
  });

  it("with srclang *all*, makes a unit for every direction between the languages of a unit", async () => {
    const report = await importTmx(db, editor, {
      chunks: chunked(
        tmx(
          "*all*",
          `<tu><tuv xml:lang="de"><seg>Der Hafen.</seg></tuv><tuv xml:lang="it"><seg>Il porto.</seg></tuv><tuv xml:lang="pt-BR"><seg>O porto.</seg></tuv></tu>
           <tu><tuv xml:lang="de"><seg>Allein.</seg></tuv></tu>`,
        ),
      ),
    });
    expect(report).toMatchObject({ unitsRead: 2, added: 6, skipped: { no_target: 1 } });
    const pairs = unitsOf(db)
      .filter((unit) => ["de", "it", "pt"].includes(unit.sourceLanguage))
      .map((unit) => `${unit.sourceLanguage}-${unit.targetLanguage}: ${unit.targetText}`);
    expect(pairs.sort()).toEqual([
      "de-it: Il porto.",
      "de-pt: O porto.",
      "it-de: Der Hafen.",
      "it-pt: O porto.",
      "pt-de: Der Hafen.",
      "pt-it: Il porto.",
    ]);
  });

  it("skips texts longer than a segment may be, and units of more than 100 languages", async () => {
    const long = "word ".repeat(TMX_SEGMENT_MAX_CHARS / 4);
    const almost = "x".repeat(TMX_SEGMENT_MAX_CHARS - 10);
    const heavy = ["en", "es", "fr", "de", "it", "pt"].map(
      (lang) => `<tuv xml:lang="${lang}"><seg>${almost}</seg></tuv>`,
    );
    const many = Array.from(
      { length: 101 },
      (_, index) => `<tuv xml:lang="${index === 0 ? "en" : "es"}"><seg>Hi ${index}</seg></tuv>`,
    );
    const report = await importTmx(db, editor, {
      chunks: chunked(
        tmx(
          "en",
          `<tu><tuv xml:lang="en"><seg>${long}</seg></tuv><tuv xml:lang="es"><seg>Largo.</seg></tuv></tu>
           <tu>${many.join("")}</tu>
           <tu>${heavy.join("")}</tu>
           <tu><tuv xml:lang="en"><seg>Short again.</seg></tuv><tuv xml:lang="es"><seg>Corto otra vez.</seg></tuv></tu>`,
        ),
      ),
    });
    expect(report).toMatchObject({ unitsRead: 4, added: 1, skipped: { too_long: 2, too_many_variants: 1 } });
  });

  it("writes in batches: a file of more units than a batch imports whole, without doubles", async () => {
    const units = Array.from(
      { length: 25 },
      (_, index) =>
        `<tu><tuv xml:lang="en"><seg>Batch sentence ${index % 20}.</seg></tuv><tuv xml:lang="ko"><seg>Batch ${index % 20}.</seg></tuv></tu>`,
    );
    const report = await importTmx(db, editor, { chunks: chunked(tmx("en", units.join(""))) }, { batchSize: 4 });
    expect(report).toMatchObject({ unitsRead: 25, added: 20, duplicates: 5 });
    const korean = db.select({ units: count() }).from(tmUnits).where(eq(tmUnits.targetLanguage, "ko")).get();
    expect(korean?.units).toBe(20);
  });

  it("refuses volunteers and reviewers as if the memory did not exist, before reading the file", async () => {
    for (const role of ["volunteer", "reviewer"] as const) {
      const user = await makeUser(db, { role, translate: ["es"], review: role === "reviewer" ? ["es"] : [] });
      let read = false;
      const chunks = (async function* () {
        read = true;
        yield Buffer.from(tmx("en", ""));
      })();
      await expect(importTmx(db, user, { chunks })).rejects.toBeInstanceOf(NotFoundError);
      expect(read).toBe(false);
    }
  });
});
