import type { NextRequest } from "next/server";
import { apiQuery } from "@/app/_lib/api-response";
import { getDb } from "@/db/client";
import { NotFoundError } from "@/lib/errors";
import { jobConcordance } from "@/lib/workflow/job-concordance";

type Context = { params: Promise<{ jobId: string }> };

/** Concordance search (?q=word or phrase) in the translation memory of a job's language pair. */
export async function GET(request: NextRequest, { params }: Context) {
  const { jobId } = await params;
  return apiQuery((actor) => {
    if (!/^\d{1,12}$/.test(jobId)) throw new NotFoundError("job");
    const phrase = request.nextUrl.searchParams.get("q") ?? "";
    return { results: jobConcordance(getDb(), actor, { jobId: Number(jobId), phrase }) };
  });
}
