import type { NextRequest } from "next/server";
import { apiCall } from "@/app/_lib/api-response";
import { getDb } from "@/db/client";
import { saveSegment } from "@/lib/workflow/save-segment";

type Context = { params: Promise<{ jobId: string; segmentId: string }> };

/** Autosave and confirm of one segment by the job's assignee. Body: { text, status, version }. */
export async function PUT(request: NextRequest, { params }: Context) {
  const { jobId, segmentId } = await params;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    body = null;
  }
  const fields = typeof body === "object" && body !== null ? body : {};
  return apiCall(request, (actor) =>
    saveSegment(getDb(), actor, { ...fields, jobId: Number(jobId), segmentId: Number(segmentId) }),
  );
}
