import type { Db } from "@/db/client";
import { SEGMENT_STATUSES, type SegmentStatus } from "@/db/enums";
import type { Actor } from "../../auth/actor";
import { getJobWorkspace } from "../../workflow/get-job-workspace";
import type { ApiJobDetail } from "./shapes";

const DONE: ReadonlySet<SegmentStatus> = new Set(["translated", "approved"]);

/** One job the actor may see (the editor page's own use-case decides), with its progress. */
export function getApiJob(db: Db, actor: Actor, jobId: number): ApiJobDetail {
  const { job, article, segments, access } = getJobWorkspace(db, actor, jobId);
  const counts = Object.fromEntries(SEGMENT_STATUSES.map((status) => [status, 0])) as Record<SegmentStatus, number>;
  for (const segment of segments) counts[segment.translation.status] += 1;
  const sum = (list: typeof segments) => list.reduce((total, segment) => total + segment.words, 0);
  return {
    id: job.id,
    article: { slug: article.slug, title: article.title, sourceLanguage: article.sourceLanguage },
    targetLanguage: job.targetLanguage,
    status: job.status,
    assignedToMe: job.assigneeId === actor.id,
    dueAt: job.dueAt?.toISOString() ?? null,
    words: sum(segments),
    assigneeName: job.assigneeName,
    claimExtended: job.claimExtended,
    can: { claim: access.claim, edit: access.edit },
    segments: counts,
    wordsDone: sum(segments.filter((segment) => DONE.has(segment.translation.status))),
  };
}
