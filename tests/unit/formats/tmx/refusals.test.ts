// Files that are not TMX are refused with the place of the problem; a file that breaks part-way
// keeps exactly the translation units before the break, and importing the corrected file then
// adds only the rest.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { TmxImportError } from "@/lib/formats/tmx/errors";
import { importTmx } from "@/lib/formats/tmx/import-tmx";
import { makeUser } from "../../support/factories";
import { createTestDb } from "../../support/test-db";
import { chunked, unitsOf } from "./support";

const db = createTestDb();
let editor: Actor;

beforeAll(async () => {
  editor = await makeUser(db, { role: "editor", translate: [] });
});

const HEADER = `<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>`;
const unit = (index: number) =>
  `<tu><tuv xml:lang="en"><seg>Sentence number ${index}.</seg></tuv><tuv xml:lang="sw"><seg>Sentensi namba ${index}.</seg></tuv></tu>\n`;

async function refusal(content: string | Buffer, options: { batchSize?: number; maxBytes?: number } = {}) {
  try {
    await importTmx(
      db,
      editor,
      { chunks: chunked(content, 7), maxBytes: options.maxBytes },
      { batchSize: options.batchSize },
    );
  } catch (error) {
    if (error instanceof TmxImportError) return error;
    throw error;
  }
  throw new Error("the file was imported");
}

describe("refused TMX files", () => {
  it("refuses malformed XML with its line and column", async () => {
    const error = await refusal(
      `<tmx version="1.4">\n${HEADER}\n<body>\n<tu><tuv xml:lang="en"><seg>Oops</sg></tuv></tu>`,
    );
    expect(error.reason).toEqual({ key: "tmx:errors.malformed", values: { line: 4, column: 38 } });
  });

  it("refuses another kind of XML, naming its root element", async () => {
    const error = await refusal(`<?xml version="1.0"?>\n<xliff version="2.0"><file/></xliff>`);
    expect(error.reason).toEqual({ key: "tmx:errors.notTmx", values: { element: "xliff", line: 2, column: 22 } });
  });

  it("refuses a header without a source language, a body before the header, and an empty file", async () => {
    expect((await refusal(`<tmx><header creationtool="x"/><body/></tmx>`)).reason.key).toBe(
      "tmx:errors.noSourceLanguage",
    );
    expect((await refusal(`<tmx><body/></tmx>`)).reason.key).toBe("tmx:errors.noHeader");
    expect((await refusal("")).reason.key).toBe("tmx:errors.empty");
  });

  it("refuses encodings other than UTF-8 and UTF-16, and bytes that are not text", async () => {
    const latin = await refusal(`<?xml version="1.0" encoding="ISO-8859-1"?><tmx>${HEADER}<body/></tmx>`);
    expect(latin.reason).toMatchObject({ key: "tmx:errors.encoding", values: { encoding: "iso-8859-1" } });
    const bytes = Buffer.concat([
      Buffer.from(`<tmx>${HEADER}<body><tu><tuv xml:lang="en"><seg>caf`),
      Buffer.from([0xe9, 0x21]),
    ]);
    expect((await refusal(bytes)).reason.key).toBe("tmx:errors.notText");
  });

  it("reads UTF-16 with a byte order mark", async () => {
    const text = `\uFEFF<?xml version="1.0" encoding="UTF-16"?><tmx>${HEADER}<body><tu><tuv xml:lang="en"><seg>Tea break.</seg></tuv><tuv xml:lang="ja"><seg>お茶の時間。</seg></tuv></tu></body></tmx>`;
    const report = await importTmx(db, editor, { chunks: chunked(Buffer.from(text, "utf16le"), 3) });
    expect(report.added).toBe(1);
    expect(unitsOf(db).at(-1)).toMatchObject({ sourceText: "Tea break.", targetText: "お茶の時間。" });
  });

  it("stops at the size limit", async () => {
    const body = Array.from({ length: 50 }, (_, index) => unit(1000 + index)).join("");
    const error = await refusal(`<tmx>${HEADER}<body>${body}</body></tmx>`, { maxBytes: 2_000 });
    expect(error.reason).toEqual({ key: "tmx:errors.tooLarge", values: { megabytes: 0 } });
  });

  it("keeps the units before a break part-way through the file, and the corrected file adds only the rest", async () => {
    const before = unitsOf(db).length;
    const good = Array.from({ length: 30 }, (_, index) => unit(index));
    const broken = `<tmx>${HEADER}<body>\n${good.slice(0, 12).join("")}<tu><tuv xml:lang="en"><seg>Broken & unescaped</seg></tuv></tu>\n${good.slice(12).join("")}</body></tmx>`;
    const error = await refusal(broken, { batchSize: 5 });
    expect(error.reason).toEqual({ key: "tmx:errors.ampersand", values: { line: 14, column: 36 } });
    expect(error.report).toMatchObject({ unitsRead: 12, added: 12 });
    expect(unitsOf(db).length - before).toBe(12);
    expect(
      db.select().from(auditEvents).where(eq(auditEvents.action, "memory.tmx_import_failed")).all().at(-1)?.data,
    ).toMatchObject({
      added: 12,
      reason: "tmx:errors.ampersand",
    });

    const fixed = await importTmx(db, editor, { chunks: chunked(`<tmx>${HEADER}<body>${good.join("")}</body></tmx>`) });
    expect(fixed).toMatchObject({ unitsRead: 30, added: 18, duplicates: 12 });
    expect(unitsOf(db).length - before).toBe(30);
  });
});
