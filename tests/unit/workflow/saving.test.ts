// The assignee saves segments: drafts and confirmed translations, versioned, with history, and
// never overwriting a newer text.
import { describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { saveSegment, type SegmentState } from "@/lib/workflow/save-segment";
import { submitJob } from "@/lib/workflow/submit-job";
import {
  auditOf,
  claimedByNewVolunteer,
  confirmAll,
  expectRefusedUnchanged,
  historyOf,
  importJobs,
  SAMPLE_SOURCES,
  snapshot,
  T0,
  translationsOf,
  volunteerUser,
  workflowTestBed,
} from "./support";

const bed = workflowTestBed();
const { db } = bed;

/** A job claimed by a fresh volunteer; `segment(i)` is the i-th segment's current translation row. */
async function claimed() {
  const { ana, jobId } = await claimedByNewVolunteer(db, bed.editor);
  const segment = (index: number) => translationsOf(db, jobId)[index]!;
  const save = (index: number, text: string, status: "draft" | "translated", version = segment(index).version) =>
    saveSegment(db, ana, { jobId, segmentId: segment(index).segmentId, text, status, version });
  return { ana, jobId, segment, save };
}

/** The link sentence, stored as "See the <1>report</1>.". */
const LINK = 3;

describe("saving a segment", () => {
  it("saves a draft: bumps the version, appends history and an audit event", async () => {
    const { ana, jobId, segment, save } = await claimed();
    expect(segment(0)).toMatchObject({ source: SAMPLE_SOURCES[0], text: "", status: "empty", version: 1 });

    const saved = save(0, "Manglares en Fiyi", "draft");
    expect(saved).toEqual<SegmentState>({
      segmentId: segment(0).segmentId,
      text: "Manglares en Fiyi",
      status: "draft",
      version: 2,
      authorName: ana.displayName,
    });
    expect(segment(0)).toMatchObject({ text: "Manglares en Fiyi", status: "draft", version: 2 });
    expect(historyOf(db, jobId)).toEqual([
      { segmentId: segment(0).segmentId, authorId: ana.id, text: "Manglares en Fiyi", status: "draft", version: 2 },
    ]);
    expect(auditOf(db, jobId, "segment.saved")).toMatchObject([
      { actorId: ana.id, data: { segmentId: segment(0).segmentId, status: "draft", version: 2 } },
    ]);
  });

  it("confirms a draft as translated, keeping every step in the history", async () => {
    const { jobId, segment, save } = await claimed();
    save(1, "Voluntarios", "draft");
    save(1, "Los voluntarios se reunieron en Suva.", "translated");
    expect(segment(1)).toMatchObject({
      text: "Los voluntarios se reunieron en Suva.",
      status: "translated",
      version: 3,
    });
    expect(historyOf(db, jobId).map(({ text, status, version }) => [text, status, version])).toEqual([
      ["Voluntarios", "draft", 2],
      ["Los voluntarios se reunieron en Suva.", "translated", 3],
    ]);
    // Only the segment saved changed.
    expect(translationsOf(db, jobId).filter((row) => row.version !== 1)).toHaveLength(1);
  });

  it("refuses a save based on an old version with the server's text, changing nothing", async () => {
    const { ana, jobId, segment, save } = await claimed();
    save(0, "Manglares de Fiyi", "draft");
    const error = expectRefusedUnchanged(
      db,
      jobId,
      () => save(0, "Texto de otra pestaña", "translated", 1),
      ConflictError,
    );
    expect((error as ConflictError<SegmentState>).current).toEqual({
      segmentId: segment(0).segmentId,
      text: "Manglares de Fiyi",
      status: "draft",
      version: 2,
      authorName: ana.displayName,
    });
    // A version from the future is just as stale.
    expectRefusedUnchanged(db, jobId, () => save(0, "Otro", "draft", 9), ConflictError);
  });

  it("stores an empty or blank text as an empty segment, whatever status was asked", async () => {
    const { segment, save } = await claimed();
    save(0, "Manglares", "translated");
    expect(save(0, "   ", "translated")).toMatchObject({ text: "", status: "empty", version: 3 });
    expect(segment(0)).toMatchObject({ text: "", status: "empty", version: 3 });
    save(1, "Algo", "draft");
    expect(save(1, "", "draft")).toMatchObject({ text: "", status: "empty" });
  });

  it("refuses to confirm a translation whose tags do not match the source's", async () => {
    const { jobId, segment, save } = await claimed();
    expect(segment(LINK).source).toBe("See the <1>report</1>.");
    // Each refusal names the check and the tag, as the editor shows it.
    for (const [text, key] of [
      ["Vea el informe.", "qa:tag_missing.missing"],
      ["Vea el <2>informe</2>.", "qa:tag_missing.missing"],
      ["Vea el <1>informe.", "qa:tag_unbalanced.notClosed"],
      ["Vea el <1/>informe.", "qa:tag_missing.missing"],
    ] as const) {
      const error = expectRefusedUnchanged(db, jobId, () => save(LINK, text, "translated"), ValidationError);
      expect((error as ValidationError).fields.text, text).toMatchObject({ key, values: { tag: 1 } });
    }
    expect(save(LINK, "Vea el <1>informe</1>.", "translated")).toMatchObject({ status: "translated", version: 2 });
  });

  it("refuses a confirmed translation with tags its source segment does not have", async () => {
    const { jobId, save } = await claimed();
    expectRefusedUnchanged(db, jobId, () => save(0, "Manglares en <1>Fiyi</1>", "translated"), ValidationError);
  });

  it("accepts a draft with missing tags, to be fixed before confirming", async () => {
    const { segment, save } = await claimed();
    expect(save(LINK, "Vea el informe", "draft")).toMatchObject({
      text: "Vea el informe",
      status: "draft",
      version: 2,
    });
    expect(segment(LINK)).toMatchObject({ text: "Vea el informe", status: "draft" });
  });

  it("does not bump the version for a save that changes nothing", async () => {
    const { jobId, segment, save } = await claimed();
    save(0, "Manglares", "draft");
    const before = snapshot(db, jobId);
    expect(save(0, "Manglares", "draft")).toMatchObject({ text: "Manglares", status: "draft", version: 2 });
    expect(snapshot(db, jobId)).toEqual(before);
    // The same text confirmed is a change.
    expect(save(0, "Manglares", "translated")).toMatchObject({ status: "translated", version: 3 });
    expect(segment(0).version).toBe(3);
  });

  it("is hidden from another volunteer and forbidden to an editor, changing nothing", async () => {
    const { jobId, segment } = await claimed();
    const ben = await volunteerUser(db);
    const input = { jobId, segmentId: segment(0).segmentId, text: "Hola", status: "draft", version: 1 };
    expectRefusedUnchanged(db, jobId, () => saveSegment(db, ben, input), NotFoundError);
    const error = expectRefusedUnchanged(db, jobId, () => saveSegment(db, bed.editor, input), ForbiddenError);
    expect((error as ForbiddenError).reason.key).toBe("workflow:notYourJob");
  });

  it("is read-only for the assignee once submitted", async () => {
    const { ana, jobId, segment, save } = await claimed();
    confirmAll(db, ana, jobId);
    submitJob(db, ana, { jobId }, T0);
    const error = expectRefusedUnchanged(db, jobId, () => save(0, "Otra versión", "translated"), ForbiddenError);
    expect((error as ForbiddenError).reason).toEqual({ key: "workflow:readOnly", values: { status: "in_review" } });
    expect(segment(0).text).toBe(`ES ${SAMPLE_SOURCES[0]}`);
  });

  it("refuses a segment of another job", async () => {
    const { ana, jobId } = await claimed();
    const other = importJobs(db, bed.editor).job("es");
    const foreign = translationsOf(db, other)[0]!;
    const input = { jobId, segmentId: foreign.segmentId, text: "Hola", status: "draft", version: 1 };
    expectRefusedUnchanged(db, jobId, () => saveSegment(db, ana, input), NotFoundError);
    expect(translationsOf(db, other)[0]).toEqual(foreign);
  });

  it.each([
    ["a control character in the text", { text: "Hola\u0007", status: "draft", version: 1 }, "text"],
    ["a status the volunteer may not set", { text: "Hola", status: "approved", version: 1 }, "status"],
    ["a missing version", { text: "Hola", status: "draft" }, "version"],
    ["a text over 20,000 characters", { text: "a".repeat(20_001), status: "draft", version: 1 }, "text"],
  ])("refuses %s by validation, changing nothing", async (_, fields, field) => {
    const { ana, jobId, segment } = await claimed();
    const error = expectRefusedUnchanged(
      db,
      jobId,
      () => saveSegment(db, ana, { jobId, segmentId: segment(0).segmentId, ...fields }),
      ValidationError,
    );
    expect(Object.keys((error as ValidationError).fields)).toEqual([field]);
  });
});
