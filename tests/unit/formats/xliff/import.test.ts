// Bringing a job's XLIFF file back from a CAT tool: only changed targets are saved, through the
// editor's save path; a file that is not this job's, or has a broken tag, changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { reimportArticle } from "@/lib/articles/reimport-article";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { exportJobXliff } from "@/lib/formats/xliff/export-job-xliff";
import { importJobXliff, type ImportReport } from "@/lib/formats/xliff/import-job-xliff";
import { XliffRefusedError } from "@/lib/formats/xliff/refusal";
import { claimJob } from "@/lib/workflow/claim-job";
import { saveSegment } from "@/lib/workflow/save-segment";
import { submitJob } from "@/lib/workflow/submit-job";
import { makeUser } from "../../support/factories";
import { createTestDb } from "../../support/test-db";
import { auditOf, expectRefusedUnchanged, historyOf, POLICY, snapshot, translationsOf } from "../../workflow/support";
import { ARTICLE, importFixture, jobInEveryStatus, people, setTarget12, setTarget20, SPANISH } from "./support";

const db = createTestDb();
let actors: Awaited<ReturnType<typeof people>>;
beforeAll(async () => {
  actors = await people(db);
});

/**
 * A Spanish job claimed by a new translator (the claim limit is small): four segments confirmed,
 * one draft, one still empty; with the translator's export and import.
 */
async function workInProgress() {
  const translator = await makeUser(db, { translate: ["es"] });
  const { articleId, es: jobId } = importFixture(db, actors.editor);
  claimJob(db, translator, { jobId }, { policy: POLICY });
  translationsOf(db, jobId).forEach((row, index) => {
    if (index === 5) return;
    saveSegment(db, translator, {
      jobId,
      segmentId: row.segmentId,
      text: index === 4 ? "El literal" : SPANISH[index]!,
      status: index === 4 ? "draft" : "translated",
      version: row.version,
    });
  });
  return {
    articleId,
    jobId,
    translator,
    ids: translationsOf(db, jobId).map((row) => row.segmentId),
    exported: (version: "2.0" | "1.2") => exportJobXliff(db, translator, { jobId, version }),
    importFile: (xml: string, actor: Actor = translator) => importJobXliff(db, actor, { jobId, xml }),
  };
}

// Inline codes as a CAT tool writes them back: ids kept, the rest of the attributes optional.
const pc = (id: number, content: string) => `<pc id="${id}" dataRefStart="o${id}" dataRefEnd="c${id}">${content}</pc>`;
const ph = (id: number) => `<ph id="${id}" dataRef="p${id}"/>`;
const g = (id: number, content: string) => `<g id="${id}">${content}</g>`;

/** The refusal `work` throws, after checking that it changed nothing of the job. */
function refusal(jobId: number, work: () => unknown): XliffRefusedError {
  return expectRefusedUnchanged(db, jobId, work, XliffRefusedError) as XliffRefusedError;
}

function expectOnlyChanged(jobId: number, before: ReturnType<typeof translationsOf>, changed: number[]) {
  const after = translationsOf(db, jobId);
  after.forEach((row, index) => {
    if (changed.includes(index)) expect(row.version, `segment ${index}`).toBe(before[index]!.version + 1);
    else expect(row, `segment ${index}`).toEqual(before[index]);
  });
}

describe("importing a job's XLIFF file", () => {
  it("applies exactly the three targets changed in a 2.0 file, one with its tags moved, with history", async () => {
    const { jobId, ids, translator, exported, importFile } = await workInProgress();
    let xml = exported("2.0");
    xml = setTarget20(xml, ids[0]!, "Manglares y arrecifes en Fiyi");
    xml = setTarget20(xml, ids[1]!, `${pc(2, `texto ${pc(3, "anidado")} en negrita`)}: mira el ${pc(1, "informe")}.`);
    xml = setTarget20(xml, ids[5]!, "El alcalde &amp; los &lt;1&gt; vecinos", "initial");
    const before = translationsOf(db, jobId);
    const historyBefore = historyOf(db, jobId).length;

    const report = importFile(xml);

    expect(report).toMatchObject<Partial<ImportReport>>({
      jobId,
      version: "2.0",
      applied: 3,
      unchanged: 3,
      refused: 0,
    });
    expect(report.units.map((unit) => [unit.segmentId, unit.number, unit.outcome])).toEqual([
      [ids[0], 1, "applied"],
      [ids[1], 2, "applied"],
      [ids[2], 3, "unchanged"],
      [ids[3], 4, "unchanged"],
      [ids[4], 5, "unchanged"],
      [ids[5], 6, "applied"],
    ]);
    expectOnlyChanged(jobId, before, [0, 1, 5]);
    const after = translationsOf(db, jobId);
    expect(after.map((row) => [row.text, row.status])).toEqual([
      ["Manglares y arrecifes en Fiyi", "translated"],
      ["<2>texto <3>anidado</3> en negrita</2>: mira el <1>informe</1>.", "translated"],
      [SPANISH[2], "translated"],
      [SPANISH[3], "translated"],
      ["El literal", "draft"],
      // A literal "<1>" in the file stays text, and a target the file leaves unfinished is a draft.
      ["El alcalde & los \\<1> vecinos", "draft"],
    ]);
    const history = historyOf(db, jobId).slice(historyBefore);
    expect(history).toEqual(
      [0, 1, 5].map((index) => ({
        segmentId: ids[index],
        authorId: translator.id,
        text: after[index]!.text,
        status: after[index]!.status,
        version: after[index]!.version,
      })),
    );
    expect(auditOf(db, jobId, "job.xliff_imported").at(-1)).toMatchObject({
      actorId: translator.id,
      data: { version: "2.0", applied: 3, unchanged: 3, refused: 0 },
    });

    // The same file again changes nothing.
    const state = snapshot(db, jobId);
    expect(importFile(xml)).toMatchObject({ applied: 0, unchanged: 6, refused: 0 });
    expect(snapshot(db, jobId)).toEqual({ ...state, auditEvents: state.auditEvents + 1 });
  });

  it("applies exactly the three targets changed in a 1.2 file", async () => {
    const { jobId, ids, exported, importFile } = await workInProgress();
    let xml = exported("1.2");
    xml = setTarget12(xml, ids[1]!, `${g(2, `texto ${g(3, "anidado")} en negrita`)}: mira el ${g(1, "informe")}.`);
    xml = setTarget12(xml, ids[3]!, "un manglar verde", "signed-off");
    xml = setTarget12(xml, ids[4]!, "El literal \\&lt;1&gt; sigue", "needs-translation");
    const before = translationsOf(db, jobId);

    const report = importFile(xml);

    expect(report).toMatchObject({ version: "1.2", applied: 3, unchanged: 3, refused: 0 });
    expectOnlyChanged(jobId, before, [1, 3, 4]);
    expect(translationsOf(db, jobId).map((row) => [row.text, row.status])).toEqual([
      [SPANISH[0], "translated"],
      ["<2>texto <3>anidado</3> en negrita</2>: mira el <1>informe</1>.", "translated"],
      [SPANISH[2], "translated"],
      ["un manglar verde", "translated"],
      ["El literal \\\\<1> sigue", "draft"],
      ["", "empty"],
    ]);
  });

  it("takes a file nobody changed as unchanged, even a draft whose tags Tandem had to repair", async () => {
    const { jobId, ids, translator, exported, importFile } = await workInProgress();
    const link = translationsOf(db, jobId)[1]!;
    saveSegment(db, translator, {
      jobId,
      segmentId: ids[1]!,
      text: "Mira el <1>informe y",
      status: "draft",
      version: link.version,
    });
    for (const version of ["2.0", "1.2"] as const) {
      const xml = exported(version);
      const state = snapshot(db, jobId);
      expect(importFile(xml)).toMatchObject({ applied: 0, unchanged: 6, refused: 0 });
      expect(snapshot(db, jobId).translations).toEqual(state.translations);
    }
  });

  it("confirms a draft whose text the file kept but marked translated", async () => {
    const { ids, exported, importFile } = await workInProgress();
    const report = importFile(setTarget20(exported("2.0"), ids[4]!, "El literal", "final"));
    expect(report.units[4]).toMatchObject({ outcome: "applied", status: "translated" });
    // A state set back to unfinished alone is not a change: tools that drop states would demote everything.
    const demoted = setTarget12(exported("1.2"), ids[0]!, SPANISH[0]!.replace(/&/g, "&amp;"), "new");
    expect(importFile(demoted)).toMatchObject({ applied: 0, unchanged: 6 });
  });

  describe("refuses the whole file for a broken tag, naming the unit and the tag", () => {
    const broken: [string, (ids: number[]) => [number, string], string, number][] = [
      [
        "a tag missing",
        (ids) => [ids[1]!, `Mira el informe y el ${pc(2, `texto ${pc(3, "anidado")}`)}.`],
        "missingTag",
        1,
      ],
      [
        "a tag never closed",
        (ids) => [ids[1]!, `Mira el <sc id="1"/>informe y el ${pc(2, `texto ${pc(3, "anidado")}`)}.`],
        "unbalancedTag",
        1,
      ],
      ["an unknown tag", (ids) => [ids[2]!, `Una imagen ${ph(1)} y ${ph(2)} aquí ${ph(9)}.`], "unknownTag", 9],
      ["a tag twice", (ids) => [ids[2]!, `Una imagen ${ph(1)} y ${ph(2)} aquí ${ph(1)}.`], "duplicateTag", 1],
      [
        "a paired tag written as a single one",
        (ids) => [ids[1]!, `Mira ${ph(1)} y el ${pc(2, `texto ${pc(3, "anidado")}`)}.`],
        "unknownTag",
        1,
      ],
    ];
    it.each(broken)("%s", async (_name, edit, key, tag) => {
      const { jobId, ids, exported, importFile } = await workInProgress();
      const [unit, target] = edit(ids);
      // A valid change elsewhere in the same file is not applied either.
      const xml = setTarget20(setTarget20(exported("2.0"), ids[0]!, "Manglares nuevos"), unit, target);
      const error = refusal(jobId, () => importFile(xml));
      expect(error.problems).toContainEqual({ key: `xliff:refused.${key}`, values: { unit: String(unit), tag } });
      expect(error.fields.file).toEqual(error.problems[0]);
    });

    it("lists every broken unit of the file at once", async () => {
      const { jobId, ids, exported, importFile } = await workInProgress();
      let xml = exported("1.2");
      xml = setTarget12(xml, ids[1]!, `Mira el informe y el ${g(2, `texto ${g(3, "anidado")}`)}.`);
      xml = setTarget12(xml, ids[2]!, `Una imagen <x id="1"/> y <x id="2"/> <x id="7"/>.`);
      const error = refusal(jobId, () => importFile(xml));
      expect(error.problems).toEqual([
        { key: "xliff:refused.missingTag", values: { unit: String(ids[1]), tag: 1 } },
        { key: "xliff:refused.unknownTag", values: { unit: String(ids[2]), tag: 7 } },
      ]);
    });
  });

  describe("refuses a file that is not this job's, with a message saying why", () => {
    it("a file for another job", async () => {
      const first = await workInProgress();
      const second = await workInProgress();
      const error = refusal(second.jobId, () => second.importFile(first.exported("2.0")));
      expect(error.fields.file).toEqual({
        key: "xliff:refused.otherJob",
        values: { fileJob: first.jobId, job: second.jobId },
      });
    });

    it("another language pair", async () => {
      const { jobId, exported, importFile } = await workInProgress();
      const xml = exported("2.0").replace('trgLang="es"', 'trgLang="fr"');
      expect(refusal(jobId, () => importFile(xml)).fields.file).toEqual({
        key: "xliff:refused.wrongLanguages",
        values: { source: "en", target: "fr", expectedSource: "en", expectedTarget: "es" },
      });
    });

    it("a unit that is not one of the job's segments", async () => {
      const { jobId, ids, exported, importFile } = await workInProgress();
      const xml = exported("1.2").replace(`<trans-unit id="${ids[2]}"`, '<trans-unit id="999999"');
      expect(refusal(jobId, () => importFile(xml)).fields.file).toEqual({
        key: "xliff:refused.unknownUnit",
        values: { unit: "999999" },
      });
    });

    it("a unit of the article's source before it was updated", async () => {
      const { articleId, jobId, ids, exported, importFile } = await workInProgress();
      const xml = exported("2.0");
      reimportArticle(db, actors.editor, {
        articleId,
        format: "markdown",
        content: ARTICLE.replace("The mayor thanked them.", "The mayor thanked everyone."),
      });
      expect(refusal(jobId, () => importFile(xml)).problems).toContainEqual({
        key: "xliff:refused.staleUnit",
        values: { unit: String(ids[0]) },
      });
    });

    it("another namespace, another version, or no XLIFF at all", async () => {
      const { jobId, exported, importFile } = await workInProgress();
      const xml = exported("2.0");
      const cases: [string, object][] = [
        [
          xml.replace('xmlns="urn:oasis:names:tc:xliff:document:2.0"', 'xmlns="urn:example:other"'),
          {
            key: "xliff:refused.notXliff",
            values: { namespace: "urn:example:other" },
          },
        ],
        [
          xml.replace('version="2.0"', 'version="2.1"'),
          { key: "xliff:refused.wrongVersion", values: { version: "2.1" } },
        ],
        [
          '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"/>',
          {
            key: "xliff:refused.notXliff",
            values: { namespace: "http://www.w3.org/1999/xhtml" },
          },
        ],
        [xml.replace(/<file [^>]*>/, '<file id="f1">'), { key: "xliff:refused.noJob" }],
      ];
      for (const [file, expected] of cases) {
        expect(refusal(jobId, () => importFile(file)).fields.file).toEqual(expected);
      }
    });

    it("malformed XML, with the line and column where it breaks", async () => {
      const { jobId, exported, importFile } = await workInProgress();
      const xml = exported("2.0");
      const truncated = xml.slice(0, xml.indexOf("</source>"));
      const error = refusal(jobId, () => importFile(truncated));
      expect(error.fields.file).toMatchObject({ key: "xliff:refused.malformed" });
      const lines = truncated.split("\n");
      expect(error.fields.file!.values).toEqual({ line: lines.length, column: lines.at(-1)!.length + 1 });

      const misnested = xml.replace("<source>", '<source><pc id="1">').replace("</source>", "</source></pc>");
      expect(refusal(jobId, () => importFile(misnested)).fields.file).toMatchObject({
        key: "xliff:refused.malformed",
      });
      const entity = xml.replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>',
      );
      expect(refusal(jobId, () => importFile(entity)).fields.file).toEqual({ key: "xliff:refused.doctype" });
    });
  });

  describe("refuses or reports single units the save path refuses", () => {
    it("refuses a confirmed target QA rejects, and saves the same text as a draft", async () => {
      const { jobId, ids, exported, importFile } = await workInProgress();
      // The italic tag leaves the bold one it sits in: a draft may, a confirmed translation may not.
      const moved = `Mira el ${pc(1, "informe")}, ${pc(3, "anidado")} y ${pc(2, "negrita")}.`;
      const report = importFile(setTarget20(exported("2.0"), ids[1]!, moved));
      expect(report).toMatchObject({ applied: 0, refused: 1 });
      expect(report.units[1]).toMatchObject({
        outcome: "refused",
        reason: { key: "qa:tag_nesting.movedOutside", values: { tag: 3, parent: 2 } },
      });
      expect(translationsOf(db, jobId)[1]!.text).toBe(SPANISH[1]);

      const asDraft = importFile(setTarget20(exported("2.0"), ids[1]!, moved, "initial"));
      expect(asDraft.units[1]).toMatchObject({ outcome: "applied", status: "draft" });
    });

    it("refuses a change to a segment the reviewer approved", async () => {
      const jobId = jobInEveryStatus(db, actors);
      const { translator } = actors;
      const approved = translationsOf(db, jobId)[0]!;
      const xml = setTarget20(exportJobXliff(db, translator, { jobId }), approved.segmentId, "Otro título");
      const report = importJobXliff(db, translator, { jobId, xml });
      expect(report.units[0]).toMatchObject({ outcome: "refused", reason: { key: "workflow:approvedLocked" } });
      expect(translationsOf(db, jobId)[0]).toEqual(approved);
    });

    it("keeps what was saved in Tandem since the export: untouched units stay, changed ones are refused", async () => {
      const { jobId, ids, translator, exported, importFile } = await workInProgress();
      let xml = exported("2.0");
      xml = setTarget20(xml, ids[0]!, "Manglares del archivo");
      xml = setTarget20(xml, ids[5]!, "El alcalde les dio las gracias.");
      // Meanwhile, in the browser:
      for (const index of [0, 3]) {
        const row = translationsOf(db, jobId)[index]!;
        saveSegment(db, translator, {
          jobId,
          segmentId: row.segmentId,
          text: `${row.text} (en línea)`,
          status: "translated",
          version: row.version,
        });
      }
      const before = translationsOf(db, jobId);
      const report = importFile(xml);
      expect(report.units.map((unit) => unit.outcome)).toEqual([
        "refused",
        "unchanged",
        "unchanged",
        "unchanged",
        "unchanged",
        "applied",
      ]);
      expect(report.units[0]).toMatchObject({ reason: { key: "xliff:unit.changedInTandem" } });
      expectOnlyChanged(jobId, before, [5]);
    });
  });

  describe("lets only the job's translator import, while translating", () => {
    it("refuses everyone else before reading the file", async () => {
      const { jobId, exported, importFile } = await workInProgress();
      const xml = setTarget20(exported("2.0"), translationsOf(db, jobId)[0]!.segmentId, "Otro");
      const otherVolunteer = await makeUser(db, { translate: ["es"] });
      const reviewer = await makeUser(db, { role: "reviewer", translate: [], review: ["es"] });
      expectRefusedUnchanged(db, jobId, () => importFile(xml, otherVolunteer), NotFoundError);
      expectRefusedUnchanged(db, jobId, () => importFile("<not xml", otherVolunteer), NotFoundError);
      expectRefusedUnchanged(db, jobId, () => importFile(xml, reviewer), ForbiddenError);
      expectRefusedUnchanged(db, jobId, () => importFile(xml, actors.editor), ForbiddenError);
    });

    it("refuses the translator once the job is submitted", async () => {
      const { jobId, ids, translator, exported, importFile } = await workInProgress();
      saveSegment(db, translator, {
        jobId,
        segmentId: ids[4]!,
        text: SPANISH[4]!,
        status: "translated",
        version: translationsOf(db, jobId)[4]!.version,
      });
      saveSegment(db, translator, {
        jobId,
        segmentId: ids[5]!,
        text: SPANISH[5]!,
        status: "translated",
        version: 1,
      });
      const xml = setTarget20(exported("2.0"), ids[0]!, "Otro");
      submitJob(db, translator, { jobId });
      const error = expectRefusedUnchanged(db, jobId, () => importFile(xml), ForbiddenError);
      expect((error as ForbiddenError).reason.key).toBe("workflow:readOnly");
    });
  });
});
