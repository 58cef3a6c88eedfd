// Exporting a job as XLIFF: valid against the OASIS schemas, one unit per segment in document
// order, tags as inline codes with their original markup, statuses and reviewer comments carried.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { exportJobXliff, exportJobXliffFile } from "@/lib/formats/xliff/export-job-xliff";
import { claimJob } from "@/lib/workflow/claim-job";
import { makeUser } from "../../support/factories";
import { createTestDb } from "../../support/test-db";
import { POLICY, thrownBy, translationsOf } from "../../workflow/support";
import { ARABIC, importFixture, jobInEveryStatus, people, saveAll, schemaErrors, SOURCES } from "./support";

const db = createTestDb();
let actors: Awaited<ReturnType<typeof people>>;
let everyStatus: number;
beforeAll(async () => {
  actors = await people(db);
  everyStatus = jobInEveryStatus(db, actors);
});

const exported = (actor: Actor, jobId: number, version: "2.0" | "1.2") => exportJobXliff(db, actor, { jobId, version });

/** Each unit's id and the element that carries its state, in the file's order. */
function units20(xml: string) {
  return [
    ...xml.matchAll(/<unit id="(\d+)"[\s\S]*?<segment state="(\w+)"(?: subState="([^"]+)")?>([\s\S]*?)<\/segment>/g),
  ].map(([, id, state, subState, body]) => ({
    id: Number(id),
    state,
    subState,
    hasTarget: body!.includes("<target>"),
  }));
}
function units12(xml: string) {
  return [
    ...xml.matchAll(/<trans-unit id="(\d+)"([^>]*)>[\s\S]*?<target state="([\w-]+)"(?: state-qualifier="([\w-]+)")?>/g),
  ].map(([, id, attributes, state, qualifier]) => ({
    id: Number(id),
    approved: attributes!.includes('approved="yes"'),
    state,
    qualifier,
  }));
}

describe("exporting a job as XLIFF", () => {
  it("writes XLIFF 2.0 that the OASIS core schema accepts, one unit per segment in document order", () => {
    const xml = exported(actors.translator, everyStatus, "2.0");
    expect(schemaErrors(xml, "2.0")).toBe("");
    const rows = translationsOf(db, everyStatus);
    expect(units20(xml).map((unit) => unit.id)).toEqual(rows.map((row) => row.segmentId));
    expect(xml).toContain(`<file id="job-${everyStatus}"`);
    expect(xml).toContain('srcLang="en" trgLang="es"');
    // The link keeps its Markdown in originalData; nested tags nest; the literal "<1>" stays text.
    expect(xml).toContain(
      '<source>See the <pc id="1" dataRefStart="o1" dataRefEnd="c1" type="link" canCopy="no" canDelete="no">report</pc> and <pc id="2" dataRefStart="o2" dataRefEnd="c2" type="fmt" subType="xlf:b" canCopy="no" canDelete="no">bold <pc id="3" dataRefStart="o3" dataRefEnd="c3" type="fmt" subType="xlf:i" canCopy="no" canDelete="no">nested</pc> text</pc>.</source>',
    );
    expect(xml).toContain('<data id="c1" xml:space="preserve">](https://example.org/r?a=1&amp;b=2 "Q&amp;A")</data>');
    expect(xml).toContain('<ph id="1" dataRef="p1" type="image" canCopy="no" canDelete="no"/>');
    expect(xml).toContain("<source>Mangroves &amp; \"reefs\" in 'Fiji'</source>");
    expect(xml).toContain("<source>Literal &lt;1&gt; stays plain text.</source>");
  });

  it("maps every segment status to a 2.0 state, keeps an outdated text and carries the reviewer's comment", () => {
    const xml = exported(actors.translator, everyStatus, "2.0");
    expect(translationsOf(db, everyStatus).map((row) => row.status)).toEqual([
      "approved",
      "rejected",
      "approved",
      "translated",
      "outdated",
      "draft",
      "empty",
    ]);
    expect(units20(xml).map(({ state, subState, hasTarget }) => [state, subState, hasTarget])).toEqual([
      ["reviewed", undefined, true],
      ["initial", "tandem:rejected", true],
      ["reviewed", undefined, true],
      ["translated", undefined, true],
      ["initial", "tandem:outdated", true],
      ["initial", "tandem:draft", true],
      ["initial", "tandem:empty", false],
    ]);
    expect(xml).toContain("<target>El literal &lt;1&gt; sigue siendo texto.</target>");
    expect(xml).toContain(
      '<note category="terminology" appliesTo="target">Use «informe» &amp; keep &lt;tags&gt;</note>',
    );
  });

  it("writes XLIFF 1.2 that the strict schema accepts, with its states, tags and notes", () => {
    const xml = exported(actors.translator, everyStatus, "1.2");
    expect(schemaErrors(xml, "1.2")).toBe("");
    expect(xml).toContain(`original="jobs/${everyStatus}/`);
    expect(xml).toContain('source-language="en" target-language="es" datatype="x-markdown"');
    expect(units12(xml).map(({ approved, state, qualifier }) => [approved, state, qualifier])).toEqual([
      [true, "signed-off", undefined],
      [false, "needs-review-translation", undefined],
      [true, "signed-off", undefined],
      [false, "translated", undefined],
      [false, "needs-translation", "x-outdated"],
      [false, "needs-translation", undefined],
      [false, "new", undefined],
    ]);
    expect(xml).toContain(
      '<g id="1" ctype="link" equiv-text="[…](https://example.org/r?a=1&amp;b=2 &quot;Q&amp;A&quot;)">report</g>',
    );
    expect(xml).toContain('<x id="2" ctype="x-code" equiv-text="`code &lt;1&gt;`"/>');
    expect(xml).toContain(
      `<note from="${actors.reviewer.displayName}" annotates="target">Use «informe» &amp; keep &lt;tags&gt;</note>`,
    );
  });

  it("exports an Arabic translation and an HTML article, both versions valid", async () => {
    const translator = await makeUser(db, { translate: ["ar"] });
    const { ar } = importFixture(db, actors.editor);
    claimJob(db, translator, { jobId: ar }, { policy: POLICY });
    saveAll(db, translator, ar, ARABIC, "translated");
    const html = importFixture(
      db,
      actors.editor,
      '<h1>Reefs &amp; "rivers"</h1><p>Read <a href="https://x.org/?a=1&amp;b=2" title="it\'s">the <em>full</em> report</a><br>now <img src="a.png" alt="A map"> &lt;1&gt;.</p>',
      "html",
    );
    for (const version of ["2.0", "1.2"] as const) {
      const arabic = exported(translator, ar, version);
      expect(schemaErrors(arabic, version)).toBe("");
      expect(arabic).toContain("التقرير");
      const htmlFile = exported(actors.editor, html.es, version);
      expect(schemaErrors(htmlFile, version)).toBe("");
    }
    expect(exported(translator, ar, "2.0")).toContain('srcDir="ltr" trgDir="rtl"');
    expect(exported(actors.editor, html.es, "2.0")).toContain(
      '<data id="o1" xml:space="preserve">&lt;a href="https://x.org/?a=1&amp;#x26;b=2" title="it&amp;#x27;s"&gt;</data>',
    );
    expect(exported(actors.editor, html.es, "1.2")).toContain('datatype="html"');
  });

  it("names the download after the article and the target language", () => {
    const file = exportJobXliffFile(db, actors.translator, { jobId: everyStatus });
    expect(file.version).toBe("2.0");
    expect(file.filename).toMatch(/^xliff-article-\d+\.es\.xlf$/);
    expect(file.xml).toContain('version="2.0"');
  });

  it("lets whoever can read the job export it, and no one else", async () => {
    const { es } = importFixture(db, actors.editor);
    // A volunteer of the language sees the open job, and may take it offline before claiming it.
    const spanish = await makeUser(db, { translate: ["es"] });
    expect(exported(spanish, es, "2.0")).toContain(SOURCES[5]);
    // A reviewer of the language reads the job being translated, comments included.
    const reviewer = await makeUser(db, { role: "reviewer", translate: [], review: ["es"] });
    expect(exported(reviewer, everyStatus, "1.2")).toContain("Use «informe»");

    const french = await makeUser(db, { translate: ["fr"] });
    expect(thrownBy(() => exported(french, es, "2.0"))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => exported(spanish, everyStatus, "2.0"))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => exported(french, 999_999, "1.2"))).toBeInstanceOf(NotFoundError);
  });
});
