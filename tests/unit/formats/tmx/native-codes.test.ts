// The markup inside an imported unit's tags (bpt/ept/ph) is kept, and exporting the memory gives it
// back exactly, so a CAT tool that reads the export keeps its formatting; the export stays valid
// TMX that translate-toolkit reads.
import { asc } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { tmUnits } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { exportTmx } from "@/lib/formats/tmx/export-tmx";
import { importTmx } from "@/lib/formats/tmx/import-tmx";
import { TMX_TU_CODE_MAX_CHARS } from "@/lib/formats/tmx/limits";
import { readTmx } from "@/lib/formats/tmx/read-tmx";
import { unitsOfTu } from "@/lib/formats/tmx/tu-units";
import { makeUser } from "../../support/factories";
import { createTestDb } from "../../support/test-db";
import { chunked, dtdProblems, scratchFolder, translateToolkitUnits } from "./support";

const db = createTestDb();
const file = scratchFolder();
let editor: Actor;

const BOLD_SOURCE = `<bpt i="1" x="1">&lt;b&gt;</bpt>bold<ept i="1">&lt;/b&gt;</ept>`;
const BOLD_TARGET = `<bpt i="1" x="1">&lt;b&gt;</bpt>negrita<ept i="1">&lt;/b&gt;</ept>`;
const BREAK = `<ph x="2">&lt;br/&gt;</ph>`;
/** Each side has its own link target; "&" and quotes must be escaped again on the way out. */
const LINK_SOURCE = `<bpt i="1" x="1">&lt;a href="/en?a=1&amp;b=2"&gt;</bpt>report<ept i="1">&lt;/a&gt;</ept>`;
const LINK_TARGET = `<bpt i="1" x="1">&lt;a href="/es?a=1&amp;b=2"&gt;</bpt>informe<ept i="1">&lt;/a&gt;</ept>`;

const tmx = (units: [string, string][]) =>
  `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="Partner CAT" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="html"/><body>` +
  units
    .map(
      ([source, target]) =>
        `<tu><tuv xml:lang="en"><seg>${source}</seg></tuv><tuv xml:lang="es"><seg>${target}</seg></tuv></tu>`,
    )
    .join("") +
  `</body></tmx>`;

const PARTNER_FILE = tmx([
  [`Some ${BOLD_SOURCE} text.${BREAK}`, `Un texto en ${BOLD_TARGET}.${BREAK}`],
  [`Read the ${LINK_SOURCE}.`, `Lee el ${LINK_TARGET}.`],
  [`Plain words.`, `Palabras sencillas.`],
]);

function storedCodes(database = db) {
  return database
    .select({ sourceText: tmUnits.sourceText, inlineCodes: tmUnits.inlineCodes })
    .from(tmUnits)
    .orderBy(asc(tmUnits.id))
    .all();
}

function exported(): string {
  return [...exportTmx(db, editor, "en-es").chunks].join("");
}

beforeAll(async () => {
  editor = await makeUser(db, { role: "editor", translate: [] });
  await importTmx(db, editor, { chunks: chunked(PARTNER_FILE, 7), fileName: "partner.tmx" });
});

describe("native codes of imported TMX units", () => {
  it("keeps the markup inside each tag, per language, as the file had it", () => {
    expect(storedCodes()).toEqual([
      {
        sourceText: "Some <1>bold</1> text.<2/>",
        inlineCodes: {
          "source:1:open": "<b>",
          "source:1:close": "</b>",
          "source:2:self": "<br/>",
          "target:1:open": "<b>",
          "target:1:close": "</b>",
          "target:2:self": "<br/>",
        },
      },
      {
        sourceText: "Read the <1>report</1>.",
        inlineCodes: {
          "source:1:open": `<a href="/en?a=1&b=2">`,
          "source:1:close": "</a>",
          "target:1:open": `<a href="/es?a=1&b=2">`,
          "target:1:close": "</a>",
        },
      },
      { sourceText: "Plain words.", inlineCodes: null },
    ]);
  });

  it("gives the same codes back on export, in a file valid against the DTD", () => {
    const content = exported();
    expect(content).toContain(`<seg>Some ${BOLD_SOURCE} text.${BREAK}</seg>`);
    expect(content).toContain(`<seg>Un texto en ${BOLD_TARGET}.${BREAK}</seg>`);
    expect(content).toContain(`<seg>Read the ${LINK_SOURCE}.</seg>`);
    expect(content).toContain(`<seg>Lee el ${LINK_TARGET}.</seg>`);
    expect(content).toContain(`<seg>Plain words.</seg>`);
    expect(dtdProblems(file("codes.tmx", content))).toBe("");
  });

  it("is read by translate-toolkit with the formatting in place", () => {
    expect(translateToolkitUnits(file("codes-toolkit.tmx", exported()))).toEqual([
      { source: "Some <b>bold</b> text.<br/>", target: "Un texto en <b>negrita</b>.<br/>" },
      { source: `Read the <a href="/en?a=1&b=2">report</a>.`, target: `Lee el <a href="/es?a=1&b=2">informe</a>.` },
      { source: "Plain words.", target: "Palabras sencillas." },
    ]);
  });

  it("keeps the codes through an export imported into another memory", async () => {
    const other = createTestDb();
    const admin = await makeUser(other, { role: "admin", translate: [] });
    await importTmx(other, admin, { chunks: chunked(exported(), 50) });
    expect(storedCodes(other)).toEqual(storedCodes());
  });

  it("leaves a unit the memory already holds alone when a file repeats it with other markup", async () => {
    const before = storedCodes();
    const report = await importTmx(db, editor, {
      chunks: chunked(
        tmx([
          [
            `Some <bpt i="1" x="1">&lt;i&gt;</bpt>bold<ept i="1"/> text.<ph x="2"/>`,
            `Un texto en <bpt i="1" x="1">&lt;i&gt;</bpt>negrita<ept i="1"/>.<ph x="2"/>`,
          ],
        ]),
      ),
    });
    expect(report).toMatchObject({ added: 0, duplicates: 1 });
    expect(storedCodes()).toEqual(before);
  });

  it("drops a code too large for the unit's budget whole, keeping its tag and the other codes", async () => {
    const large = "x".repeat(TMX_TU_CODE_MAX_CHARS - 10);
    const content = tmx([
      [`A<ph x="1">${large}</ph> b<ph x="2">&lt;br/&gt;</ph>`, `A<ph x="1">${large}</ph> b<ph x="2">&lt;br/&gt;</ph>`],
    ]);
    for await (const item of readTmx(chunked(content, 4096))) {
      if (item.type !== "tu") continue;
      const [unit] = unitsOfTu(item.tu, "en").units;
      // The source's codes fill the budget but for five characters: the target's large code does not
      // fit and is dropped, its <br/> (five characters) still does.
      expect(unit).toEqual(
        expect.objectContaining({
          sourceText: "A<1/> b<2/>",
          targetText: "A<1/> b<2/>",
          inlineCodes: { "source:1:self": large, "source:2:self": "<br/>", "target:2:self": "<br/>" },
        }),
      );
    }
  });
});
