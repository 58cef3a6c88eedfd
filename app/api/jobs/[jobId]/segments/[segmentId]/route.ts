import type { NextRequest } from "next/server";
import { apiCall } from "@/app/_lib/api-response";
import { getDb } from "@/db/client";
import { segmentSaveLimiter } from "@/lib/auth/save-rate-limit";
import { saveSegment } from "@/lib/workflow/save-segment";

type Context = { params: Promise<{ jobId: string; segmentId: string }> };

/**
 * Autosave and confirm of one segment by the job's assignee. Body: { text, status, version }.
 * Limited per user (lib/auth/abuse-limits.ts): a script hammering saves gets 429 with Retry-After
 * before any transaction runs; the editor waits that long and sends what it kept.
 */
export async function PUT(request: NextRequest, { params }: Context) {
  const { jobId, segmentId } = await params;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    body = null;
  }
  const fields = typeof body === "object" && body !== null ? body : {};
  return apiCall(
    request,
    (actor) => saveSegment(getDb(), actor, { ...fields, jobId: Number(jobId), segmentId: Number(segmentId) }),
    { take: (actor) => segmentSaveLimiter().take(actor.id), messageKey: "common:saves.tooMany" },
  );
}
