import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { jobs, type Job } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { NotFoundError } from "../errors";
import { jobAccess } from "../workflow/job-access";

/**
 * The job whose comments the actor reads and writes. Someone who does not work on the job gets
 * NotFoundError even when they may see the job (a volunteer looking at an open job): the
 * discussion is for the people doing the work, and 404 does not tell them it exists.
 */
export function commentableJob(db: Db | Tx, actor: Actor, jobId: number): Job {
  const job = db.select().from(jobs).where(eq(jobs.id, jobId)).get();
  if (!job || !jobAccess(actor, job).comment) throw new NotFoundError("job");
  return job;
}
