// Editors import a glossary from CSV with a row-by-row report, and export it back.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { addGlossaryTerm } from "@/lib/glossary/add-term";
import { exportGlossaryCsv } from "@/lib/glossary/export-csv";
import { importGlossaryCsv } from "@/lib/glossary/import-csv";
import { glossaryForPair } from "@/lib/glossary/list-terms";
import { workflowTestBed } from "../workflow/support";
import { auditOf, expectRefusedUnchanged, fieldKey, reviewerUser, termRows, thrownBy, volunteerUser } from "./support";

const bed = workflowTestBed();
const { db } = bed;

const HEADER = "term,translation,part_of_speech,note,forbidden,case_sensitive";
const bytes = (text: string) => new TextEncoder().encode(text);
const csv = (...lines: string[]) => bytes([HEADER, ...lines].join("\r\n") + "\r\n");
const importInto = (targetLanguage: string, file: Uint8Array, actor: Actor = bed.editor) =>
  importGlossaryCsv(db, actor, { sourceLanguage: "en", targetLanguage, file });

describe("importing a CSV file", () => {
  it("adds new terms, updates those the pair has, and refuses bad rows with the reason, row by row", () => {
    const existing = addGlossaryTerm(db, bed.editor, {
      sourceLanguage: "en",
      targetLanguage: "es",
      term: "Volunteer",
      translation: "voluntario",
    });
    addGlossaryTerm(db, bed.editor, { sourceLanguage: "en", targetLanguage: "es", term: "water", translation: "agua" });

    const report = importInto(
      "es",
      csv(
        'mangrove,manglar,noun,"Coastal tree, salt-tolerant.",mangle|manglé,false',
        'volunteer,"voluntario, voluntaria",noun,,,no',
        "water,agua,,,,",
        ",sin término,,,,",
        "UN,ONU,,,,maybe",
        "too,few,columns",
        "Mangrove,otro,,,,",
        '"online volunteer","voluntario en línea",noun,"Two\nlines",,YES',
      ),
    );

    expect(report).toMatchObject({ added: 2, updated: 1, unchanged: 1, refused: 4 });
    expect(report.rows).toEqual([
      { line: 2, term: "mangrove", outcome: "added", id: expect.any(Number) },
      { line: 3, term: "volunteer", outcome: "updated", id: existing.id },
      { line: 4, term: "water", outcome: "unchanged", id: expect.any(Number) },
      { line: 5, term: "", outcome: "refused", column: "term", reason: { key: "validation:required" } },
      {
        line: 6,
        term: "UN",
        outcome: "refused",
        column: "case_sensitive",
        reason: { key: "glossary:errors.caseSensitive" },
      },
      {
        line: 7,
        term: "too",
        outcome: "refused",
        column: null,
        reason: { key: "glossary:import.columnCount", values: { expected: 6, found: 3 } },
      },
      {
        line: 8,
        term: "Mangrove",
        outcome: "refused",
        column: "term",
        reason: { key: "glossary:import.duplicateInFile", values: { line: 2 } },
      },
      { line: 9, term: "online volunteer", outcome: "added", id: expect.any(Number) },
    ]);

    const glossary = glossaryForPair(db, bed.editor, "en", "es");
    expect(glossary.map(({ id: _id, ...entry }) => entry)).toEqual([
      {
        term: "mangrove",
        translation: "manglar",
        partOfSpeech: "noun",
        note: "Coastal tree, salt-tolerant.",
        forbidden: ["mangle", "manglé"],
        caseSensitive: false,
      },
      {
        term: "online volunteer",
        translation: "voluntario en línea",
        partOfSpeech: "noun",
        note: "Two\nlines",
        forbidden: [],
        caseSensitive: true,
      },
      {
        term: "volunteer",
        translation: "voluntario, voluntaria",
        partOfSpeech: "noun",
        note: null,
        forbidden: [],
        caseSensitive: false,
      },
      { term: "water", translation: "agua", partOfSpeech: null, note: null, forbidden: [], caseSensitive: false },
    ]);
    expect(auditOf(db, "glossary.term_updated").at(-1)).toMatchObject({
      subjectId: existing.id,
      data: { before: { term: "Volunteer", translation: "voluntario" }, import: true },
    });
    expect(auditOf(db, "glossary.imported").at(-1)).toMatchObject({
      actorId: bed.editor.id,
      data: {
        sourceLanguage: "en",
        targetLanguage: "es",
        added: 2,
        updated: 1,
        unchanged: 1,
        refused: 4,
        addedIds: glossary
          .filter((entry) => entry.term !== "volunteer" && entry.term !== "water")
          .map((entry) => entry.id),
      },
    });
  });

  it("refuses a row that would merge two case-sensitive terms into one", () => {
    const pair = { sourceLanguage: "en", targetLanguage: "sw" } as const;
    addGlossaryTerm(db, bed.editor, { ...pair, term: "US", translation: "Marekani", caseSensitive: true });
    addGlossaryTerm(db, bed.editor, { ...pair, term: "us", translation: "sisi", caseSensitive: true });
    const report = importGlossaryCsv(db, bed.editor, { ...pair, file: csv("Us,sisi,,,,false", "US,Marekani,,,,true") });
    expect(report.rows).toEqual([
      {
        line: 2,
        term: "Us",
        outcome: "refused",
        column: "term",
        reason: { key: "glossary:import.ambiguous", values: { terms: "US, us" } },
      },
      { line: 3, term: "US", outcome: "unchanged", id: expect.any(Number) },
    ]);
  });

  it("skips blank lines and accepts a header in another case, after a byte-order mark", () => {
    const report = importGlossaryCsv(db, bed.editor, {
      sourceLanguage: "en",
      targetLanguage: "fr",
      file: bytes("\uFEFFTerm, Translation ,PART_OF_SPEECH,note,forbidden,case_sensitive\n\nforest,forêt,,,,\n,,,,,\n"),
    });
    expect(report.rows).toEqual([{ line: 3, term: "forest", outcome: "added", id: expect.any(Number) }]);
  });

  it("refuses the whole file, writing nothing, when it is not the glossary's CSV", () => {
    const refusedFile = (file: Uint8Array) =>
      (expectRefusedUnchanged(db, () => importInto("de", file), ValidationError) as ValidationError).fields.file;
    expect(refusedFile(bytes("term,translation\r\nforest,Wald\r\n"))).toEqual({
      key: "glossary:import.badHeader",
      values: { header: HEADER },
    });
    expect(refusedFile(bytes("forest,Wald,,,,\r\n"))).toMatchObject({ key: "glossary:import.badHeader" });
    expect(refusedFile(bytes(""))).toEqual({ key: "glossary:import.empty" });
    expect(refusedFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00]))).toEqual({
      key: "glossary:import.notText",
    });
    // UTF-16, as some spreadsheet programs save "Unicode text".
    expect(refusedFile(new Uint8Array([0xff, 0xfe, 0x74, 0x00, 0x65, 0x00]))).toEqual({
      key: "glossary:import.notText",
    });
    expect(refusedFile(bytes(`${HEADER}\r\nforest,Wald\u0000,,,,\r\n`))).toEqual({ key: "glossary:import.notText" });
    expect(refusedFile(csv("forest,Wald,,,,", '"unclosed,Wald,,,,'))).toEqual({
      key: "glossary:import.unclosedQuote",
      values: { line: 3 },
    });
    expect(refusedFile(new Uint8Array(1_000_001).fill(0x61))).toMatchObject({ key: "glossary:import.tooLarge" });
    expect(refusedFile(csv(...Array.from({ length: 5001 }, (_, index) => `term${index},t,,,,`)))).toEqual({
      key: "glossary:import.tooManyRows",
      values: { max: 5000 },
    });
  });

  it("refuses a language pair that is not one", () => {
    const error = expectRefusedUnchanged(
      db,
      () => importGlossaryCsv(db, bed.editor, { sourceLanguage: "en", targetLanguage: "en", file: csv("a,b,,,,") }),
      ValidationError,
    );
    expect(fieldKey(error, "targetLanguage")).toBe("glossary:errors.samePair");
  });

  it("lets only editors import", async () => {
    const volunteer = await volunteerUser(db, ["it"]);
    const reviewer = await reviewerUser(db, ["it"]);
    for (const actor of [volunteer, reviewer]) {
      expectRefusedUnchanged(db, () => importInto("it", csv("forest,foresta,,,,"), actor), NotFoundError);
      // Even a broken file tells them nothing but "not found".
      expectRefusedUnchanged(db, () => importInto("it", bytes("nonsense"), actor), NotFoundError);
    }
  });
});

describe("exporting a glossary", () => {
  it("writes the pair's terms as CSV that imports back unchanged, accents, Arabic and all", () => {
    const pair = { sourceLanguage: "en", targetLanguage: "ar" } as const;
    addGlossaryTerm(db, bed.editor, {
      ...pair,
      term: "non-governmental organisation",
      translation: "منظمة غير حكومية",
      partOfSpeech: "noun",
      note: 'Abbreviated "NGO",\nnever expanded twice.',
      forbidden: ["منظمة أهلية", "جمعية"],
    });
    addGlossaryTerm(db, bed.editor, { ...pair, term: "UN", translation: "الأمم المتحدة", caseSensitive: true });
    addGlossaryTerm(db, bed.editor, { ...pair, term: "café", translation: "مقهى" });

    const exported = exportGlossaryCsv(db, bed.editor, pair);
    expect(exported.filename).toBe("glossary-en-ar.csv");
    expect(exported.content).toBe(
      "\uFEFF" +
        `${HEADER}\r\n` +
        "café,مقهى,,,,false\r\n" +
        'non-governmental organisation,منظمة غير حكومية,noun,"Abbreviated ""NGO"",\nnever expanded twice.",منظمة أهلية|جمعية,false\r\n' +
        "UN,الأمم المتحدة,,,,true\r\n",
    );

    const before = termRows(db);
    const report = importGlossaryCsv(db, bed.editor, { ...pair, file: bytes(exported.content) });
    expect(report).toMatchObject({ added: 0, updated: 0, unchanged: 3, refused: 0 });
    expect(termRows(db)).toEqual(before);

    const copy = importGlossaryCsv(db, bed.editor, {
      sourceLanguage: "en",
      targetLanguage: "pt",
      file: bytes(exported.content),
    });
    expect(copy).toMatchObject({ added: 3, refused: 0 });
    const strip = (entries: ReturnType<typeof glossaryForPair>) => entries.map(({ id: _id, ...entry }) => entry);
    expect(strip(glossaryForPair(db, bed.editor, "en", "pt"))).toEqual(
      strip(glossaryForPair(db, bed.editor, "en", "ar")),
    );
  });

  it("exports a header alone for an empty glossary, and nothing to those who may not manage it", async () => {
    expect(exportGlossaryCsv(db, bed.editor, { sourceLanguage: "ko", targetLanguage: "ja" }).content).toBe(
      `\uFEFF${HEADER}\r\n`,
    );
    const reviewer = await reviewerUser(db, ["ar"]);
    expect(
      thrownBy(() => exportGlossaryCsv(db, reviewer, { sourceLanguage: "en", targetLanguage: "ar" })),
    ).toBeInstanceOf(NotFoundError);
  });
});
