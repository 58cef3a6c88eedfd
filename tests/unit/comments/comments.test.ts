// Comment threads on a job and on its segments: who may read and write them, and what is refused.
import { describe, expect, it } from "vitest";
import { reimportArticle } from "@/lib/articles/reimport-article";
import { addComment } from "@/lib/comments/add-comment";
import { groupBySegment, listJobComments } from "@/lib/comments/list-comments";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { claimJob } from "@/lib/workflow/claim-job";
import {
  at,
  auditOf,
  claimedByNewVolunteer,
  commentsOf,
  expectRefusedUnchanged,
  importJobs,
  POLICY,
  reviewerUser,
  SAMPLE,
  T0,
  thrownBy,
  translationsOf,
  volunteerUser,
  workflowTestBed,
} from "../workflow/support";

const bed = workflowTestBed();
const { db } = bed;

const claimed = () => claimedByNewVolunteer(db, bed.editor);

describe("adding and reading comments", () => {
  it("lets the assignee, a reviewer of the language and an editor write and read the job's threads", async () => {
    const { ana, jobId } = await claimed();
    const reviewer = await reviewerUser(db);
    const [first] = translationsOf(db, jobId);

    const fromAna = addComment(db, ana, { jobId, body: "  Should I keep the place names?  " }, at(0));
    expect(fromAna).toEqual({
      id: expect.any(Number),
      segmentId: null,
      authorName: ana.displayName,
      body: "Should I keep the place names?",
      category: null,
      severity: null,
      createdAt: at(0),
    });
    addComment(db, reviewer, { jobId, segmentId: first!.segmentId, body: "Yes, keep them." }, at(1));
    addComment(db, bed.editor, { jobId, body: "Agreed.\nThanks!" }, at(2));

    for (const reader of [ana, reviewer, bed.editor]) {
      expect(listJobComments(db, reader, jobId).map((comment) => [comment.authorName, comment.body])).toEqual([
        [ana.displayName, "Should I keep the place names?"],
        [reviewer.displayName, "Yes, keep them."],
        [bed.editor.displayName, "Agreed.\nThanks!"],
      ]);
    }
    expect(auditOf(db, jobId, "comment.added")).toMatchObject([
      { actorId: ana.id, data: { commentId: fromAna.id, segmentId: null } },
      { actorId: reviewer.id, data: { segmentId: first!.segmentId } },
      { actorId: bed.editor.id, data: { segmentId: null } },
    ]);
  });

  it("never gives a plain comment an error category", async () => {
    const { ana, jobId } = await claimed();
    addComment(db, ana, { jobId, body: "Note", category: "accuracy", severity: "major" });
    expect(commentsOf(db, jobId)).toMatchObject([{ body: "Note", category: null, severity: null }]);
  });

  it("lists comments oldest first, whatever order they were written in", async () => {
    const { ana, jobId } = await claimed();
    addComment(db, ana, { jobId, body: "second" }, at(2));
    addComment(db, ana, { jobId, body: "first" }, at(1));
    addComment(db, ana, { jobId, body: "third" }, at(3));
    const listed = listJobComments(db, ana, jobId);
    expect(listed.map((comment) => comment.body)).toEqual(["first", "second", "third"]);
    expect(listed.map((comment) => comment.createdAt)).toEqual([at(1), at(2), at(3)]);
  });
});

describe("refusals", () => {
  it("answers not found to a volunteer of the language who did not claim the job, and writes nothing", async () => {
    const { jobId } = await claimed();
    const other = await volunteerUser(db);
    expectRefusedUnchanged(db, jobId, () => addComment(db, other, { jobId, body: "Hello" }), NotFoundError);
    expect(thrownBy(() => listJobComments(db, other, jobId))).toBeInstanceOf(NotFoundError);
  });

  it("answers not found to a reviewer of another language, and for a job that does not exist", async () => {
    const { jobId } = await claimed();
    const french = await reviewerUser(db, ["fr"]);
    expectRefusedUnchanged(db, jobId, () => addComment(db, french, { jobId, body: "Hello" }), NotFoundError);
    expect(thrownBy(() => listJobComments(db, french, jobId))).toBeInstanceOf(NotFoundError);
    expect(thrownBy(() => addComment(db, bed.editor, { jobId: 999_999, body: "Hello" }))).toBeInstanceOf(NotFoundError);
  });

  it("refuses a segment of another job", async () => {
    const { ana, jobId } = await claimed();
    const otherJob = importJobs(db, bed.editor).job("es");
    const [foreign] = translationsOf(db, otherJob);
    expectRefusedUnchanged(
      db,
      jobId,
      () => addComment(db, ana, { jobId, segmentId: foreign!.segmentId, body: "Hello" }),
      NotFoundError,
    );
    expect(commentsOf(db, otherJob)).toEqual([]);
  });

  it("refuses a segment of a revision the job no longer follows, and still lists what was said on it", async () => {
    const ana = await volunteerUser(db);
    const { articleId, job } = importJobs(db, bed.editor);
    const jobId = job("es");
    claimJob(db, ana, { jobId }, { policy: POLICY, now: T0 });
    const old = translationsOf(db, jobId).find((row) => row.source === "They planted 300 seedlings.")!;
    addComment(db, ana, { jobId, segmentId: old.segmentId, body: "Is it 300 or 350?" }, at(1));
    reimportArticle(db, bed.editor, {
      articleId,
      format: "markdown",
      content: SAMPLE.replace("300 seedlings", "350 seedlings"),
    });

    expectRefusedUnchanged(
      db,
      jobId,
      () => addComment(db, ana, { jobId, segmentId: old.segmentId, body: "Hello" }),
      NotFoundError,
    );
    expect(listJobComments(db, ana, jobId)).toMatchObject([{ segmentId: old.segmentId, body: "Is it 300 or 350?" }]);
  });

  it("refuses an empty or too long body as a validation error on the body", async () => {
    const { ana, jobId } = await claimed();
    for (const body of ["", "   \n ", "x".repeat(5001)]) {
      const error = expectRefusedUnchanged(db, jobId, () => addComment(db, ana, { jobId, body }), ValidationError);
      expect(Object.keys((error as ValidationError).fields)).toEqual(["body"]);
    }
    expect(addComment(db, ana, { jobId, body: "x".repeat(5000) }, T0).body).toHaveLength(5000);
  });
});

describe("groupBySegment", () => {
  it("splits the whole-job thread from each segment's, keeping their order", async () => {
    const { ana, jobId } = await claimed();
    const [first, second] = translationsOf(db, jobId);
    addComment(db, ana, { jobId, body: "job 1" }, at(1));
    addComment(db, ana, { jobId, segmentId: second!.segmentId, body: "second 1" }, at(2));
    addComment(db, ana, { jobId, segmentId: first!.segmentId, body: "first 1" }, at(3));
    addComment(db, ana, { jobId, body: "job 2" }, at(4));
    addComment(db, ana, { jobId, segmentId: second!.segmentId, body: "second 2" }, at(5));

    const { job, bySegment } = groupBySegment(listJobComments(db, ana, jobId));
    const bodies = (list: { body: string }[] | undefined) => list?.map((comment) => comment.body);
    expect(bodies(job)).toEqual(["job 1", "job 2"]);
    expect(bodies(bySegment.get(first!.segmentId))).toEqual(["first 1"]);
    expect(bodies(bySegment.get(second!.segmentId))).toEqual(["second 1", "second 2"]);
    expect(bySegment.size).toBe(2);
  });
});
