import type { Db } from "@/db/client";
import type { Actor } from "../../auth/actor";
import { getJobWorkspace } from "../../workflow/get-job-workspace";
import type { ApiJobSegments } from "./shapes";

/** A job's segments in document order, each with its translation: what the editor page shows. */
export function listApiJobSegments(db: Db, actor: Actor, jobId: number): ApiJobSegments {
  const { job, article, segments } = getJobWorkspace(db, actor, jobId);
  return {
    job: { id: job.id, status: job.status, sourceLanguage: article.sourceLanguage, targetLanguage: job.targetLanguage },
    segments: segments.map((segment) => ({
      id: segment.id,
      position: segment.position,
      kind: segment.kind,
      source: segment.text,
      tags: segment.tags,
      words: segment.words,
      target: segment.translation.text,
      status: segment.translation.status,
      version: segment.translation.version,
    })),
  };
}
