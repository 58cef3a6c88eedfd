import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { decodeXliff } from "@/lib/formats/xliff/decode-xliff";
import { exportJobXliffFile } from "@/lib/formats/xliff/export-job-xliff";
import { importJobXliff } from "@/lib/formats/xliff/import-job-xliff";
import { XLIFF_IMPORT_MAX_BYTES } from "@/lib/formats/xliff/limits";
import { XliffRefusedError } from "@/lib/formats/xliff/refusal";
import { getT, translateFields, translateMessage } from "@/lib/i18n/server";
import { FALLBACK_LANGUAGE, isUiLanguage } from "@/lib/i18n/settings";
import { isSameOrigin } from "@/lib/security/same-origin";
import type { XliffImportResponse } from "./import-response";
import { reportView } from "./report-view";

type Context = { params: Promise<{ lng: string; id: string }> };

const PRIVATE = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
const JOB_ID = /^\d{1,12}$/;
/** A multipart body wraps the file in a few hundred bytes of boundaries and headers. */
const MULTIPART_SLACK = 64 * 1024;

/**
 * Downloads the job's XLIFF file: GET ?version=2.0 (default) or 1.2. A plain link starts it, so
 * there is no Origin to check (it changes nothing); who may not see the job, signed in or not, gets
 * 404, as the job's page answers.
 */
export async function GET(request: NextRequest, { params }: Context) {
  const { id } = await params;
  const notFound = () => new Response("Not found", { status: 404, headers: PRIVATE });
  const actor = await getCurrentUser();
  if (!actor || !JOB_ID.test(id)) return notFound();
  try {
    const file = exportJobXliffFile(getDb(), actor, {
      jobId: Number(id),
      version: request.nextUrl.searchParams.get("version") ?? undefined,
    });
    return new Response(file.xml, {
      headers: {
        ...PRIVATE,
        "Content-Type": "application/xliff+xml; charset=utf-8",
        // The slug is [a-z0-9-] and the language a language tag: nothing to quote.
        "Content-Disposition": `attachment; filename="${file.filename}"`,
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    if (error instanceof ValidationError) return new Response("Bad request", { status: 400, headers: PRIVATE });
    throw error;
  }
}

/**
 * The job's translator uploads a translated XLIFF file (multipart, field "file"). Answers the
 * per-unit report (200), or the reasons the file was refused whole (422; 403 when the job is not
 * theirs to change), in the page's language; 404 for a job they may not see.
 */
export async function POST(request: NextRequest, { params }: Context) {
  const { lng: requested, id } = await params;
  const t = getT(isUiLanguage(requested) ? requested : FALLBACK_LANGUAGE);
  const answer = (body: XliffImportResponse, status = 200) => NextResponse.json(body, { status, headers: PRIVATE });
  const refused = (status: number, problems: string[]) => answer({ outcome: "refused", problems }, status);
  const notFound = () => NextResponse.json({ error: "not found" }, { status: 404, headers: PRIVATE });

  // proxy.ts refuses a POST from another site already; a route must not rely on its matcher.
  if (!isSameOrigin(request.headers.get("origin"), request.headers.get("host"))) {
    return NextResponse.json({ error: "cross-origin request refused" }, { status: 403, headers: PRIVATE });
  }
  const actor = await getCurrentUser();
  if (!actor) return NextResponse.json({ error: "signed out" }, { status: 401, headers: PRIVATE });
  if (!JOB_ID.test(id)) return notFound();
  const tooLarge = () => refused(413, [t("xliff:refused.tooLarge", { megabytes: XLIFF_IMPORT_MAX_BYTES / 1_000_000 })]);
  if (Number(request.headers.get("content-length") ?? 0) > XLIFF_IMPORT_MAX_BYTES + MULTIPART_SLACK) return tooLarge();

  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get("file");
  } catch {
    file = null;
  }
  if (!(file instanceof File) || file.size === 0) return refused(422, [t("validation:required")]);
  if (file.size > XLIFF_IMPORT_MAX_BYTES) return tooLarge();

  try {
    const xml = decodeXliff(new Uint8Array(await file.arrayBuffer()));
    return answer(reportView(importJobXliff(getDb(), actor, { jobId: Number(id), xml }), t));
  } catch (error) {
    if (error instanceof XliffRefusedError)
      return refused(
        422,
        error.problems.map((problem) => translateMessage(t, problem)),
      );
    if (error instanceof NotFoundError) return notFound();
    if (error instanceof ForbiddenError) return refused(403, [translateMessage(t, error.reason)]);
    if (error instanceof ValidationError) return refused(422, Object.values(translateFields(t, error.fields)));
    throw error;
  }
}
