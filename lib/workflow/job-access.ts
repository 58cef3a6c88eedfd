// Who may see a job and who may work on it; every job use-case goes through here.
import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { jobs, type Job } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { can } from "../auth/permissions";
import { ForbiddenError, NotFoundError } from "../errors";
import { message } from "../validation/message";

export type JobAccess = {
  /** The job may be shown to the actor at all. */
  view: boolean;
  /** The actor holds the claim and the job is being translated. */
  edit: boolean;
  /** The job is open in one of the actor's languages. */
  claim: boolean;
  /** The job waits for a reviewer, and the actor reviews its language and did not translate it. */
  takeReview: boolean;
  /** The actor holds the job's review and the job is in review. */
  review: boolean;
  /** The actor works on the job (translator, reviewer, editor) and reads and writes its comments. */
  comment: boolean;
};

type AccessFacts = Pick<Job, "targetLanguage" | "assigneeId" | "status" | "reviewerId">;

/**
 * What the actor may do with a job. Whether someone other than the assignee wrote part of the
 * translation is a database question: `reviewableJob` adds it for the review itself.
 */
export function jobAccess(actor: Actor, job: AccessFacts): JobAccess {
  const target = { language: job.targetLanguage, assigneeId: job.assigneeId };
  const assigned = can(actor, "job:translate", target);
  const claim = job.status === "open" && can(actor, "job:claim", target);
  const reviewsLanguage = can(actor, "job:read-review", target);
  const view = assigned || claim || can(actor, "article:manage") || reviewsLanguage;
  const mayReview = !assigned && can(actor, "job:review", target);
  return {
    view,
    edit: assigned && job.status === "in_progress",
    claim,
    takeReview: mayReview && job.status === "in_review" && job.reviewerId === null,
    review: mayReview && job.status === "in_review" && job.reviewerId === actor.id,
    comment: assigned || job.reviewerId === actor.id || reviewsLanguage || can(actor, "article:manage"),
  };
}

/** The job, or NotFoundError when it does not exist or the actor may not see it. */
export function visibleJob(db: Db | Tx, actor: Actor, jobId: number): Job {
  const job = db.select().from(jobs).where(eq(jobs.id, jobId)).get();
  if (!job || !jobAccess(actor, job).view) throw new NotFoundError("job");
  return job;
}

/** The job the actor is translating; one they can see but not edit is a ForbiddenError (403). */
export function editableJob(db: Db | Tx, actor: Actor, jobId: number): Job {
  const job = visibleJob(db, actor, jobId);
  if (!jobAccess(actor, job).edit) {
    const reason =
      job.assigneeId === actor.id
        ? "workflow:readOnly"
        : job.assigneeId
          ? "workflow:notYourJob"
          : "workflow:claimFirst";
    throw new ForbiddenError(message(reason, { status: job.status }));
  }
  return job;
}
