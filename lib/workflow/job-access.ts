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
};

export function jobAccess(actor: Actor, job: Pick<Job, "targetLanguage" | "assigneeId" | "status">): JobAccess {
  const target = { language: job.targetLanguage, assigneeId: job.assigneeId };
  const assigned = can(actor, "job:translate", target);
  const claim = job.status === "open" && can(actor, "job:claim", target);
  const view = assigned || claim || can(actor, "article:manage") || can(actor, "job:read-review", target);
  return { view, edit: assigned && job.status === "in_progress", claim };
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
