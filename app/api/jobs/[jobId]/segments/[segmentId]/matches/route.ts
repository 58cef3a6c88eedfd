import { apiQuery } from "@/app/_lib/api-response";
import { getDb } from "@/db/client";
import { NotFoundError } from "@/lib/errors";
import { segmentMatches } from "@/lib/workflow/segment-matches";

type Context = { params: Promise<{ jobId: string; segmentId: string }> };

const ID = /^\d{1,12}$/;

/** Up to five translation memory matches for a segment of a job the user may see. */
export async function GET(_request: Request, { params }: Context) {
  const { jobId, segmentId } = await params;
  return apiQuery((actor) => {
    if (!ID.test(jobId) || !ID.test(segmentId)) throw new NotFoundError("segment");
    return { matches: segmentMatches(getDb(), actor, { jobId: Number(jobId), segmentId: Number(segmentId) }) };
  });
}
