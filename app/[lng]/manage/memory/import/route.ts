import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { TmxImportError } from "@/lib/formats/tmx/errors";
import { importTmx } from "@/lib/formats/tmx/import-tmx";
import { mayManageMemory } from "@/lib/formats/tmx/permission";
import { getT, translateMessage } from "@/lib/i18n/server";
import { isUiLanguage } from "@/lib/i18n/settings";
import { isSameOrigin } from "@/lib/security/same-origin";
import { message } from "@/lib/validation/message";
import { tmxImportMaxBytes } from "@/lib/validation/tmx-schemas";
import type { ImportLine } from "../import-lines";
import { UploadBody } from "./upload-body";

type Context = { params: Promise<{ lng: string }> };

/** A progress line at most this often: enough to see it move, few enough to cost nothing. */
const PROGRESS_EVERY_MS = 500;

const PRIVATE = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };

const plain = (text: string, status: number) =>
  new Response(text, { status, headers: { ...PRIVATE, "Content-Type": "text/plain; charset=utf-8" } });

function declaredLength(request: NextRequest): number | null {
  const value = request.headers.get("content-length");
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}

/**
 * Imports the TMX file sent as the raw request body (?name= gives its file name) into the
 * translation memory, parsing it while it arrives. The answer is NDJSON: progress lines while the
 * server reads, then one line with the report or the refusal (see import-lines.ts). Editors and
 * administrators only; a body over TANDEM_TMX_MAX_MB is refused before it is read when its size is
 * announced, and stopped at the limit otherwise.
 */
export async function POST(request: NextRequest, { params }: Context): Promise<Response> {
  const { lng } = await params;
  if (!isUiLanguage(lng)) return plain("Not found", 404);
  if (!isSameOrigin(request.headers.get("origin"), request.headers.get("host"))) {
    return plain("Cross-origin request refused", 403);
  }
  const actor = await getCurrentUser();
  if (!actor) return plain("Signed out", 401);
  // Checked before reading the body: a 200 MB upload from someone who may not import is not read.
  if (!mayManageMemory(actor)) return plain("Not found", 404);
  const t = getT(lng);
  const maxBytes = tmxImportMaxBytes();
  const megabytes = Math.floor(maxBytes / 1_000_000);
  const declared = declaredLength(request);
  if (declared !== null && declared > maxBytes) {
    return plain(translateMessage(t, message("tmx:errors.tooLarge", { megabytes })), 413);
  }
  if (!request.body || declared === 0) return plain(t("tmx:errors.empty"), 422);

  const upload = new UploadBody(request.body, declared);
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: ImportLine) => {
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        } catch {
          // The browser stopped listening; the import itself goes on to a consistent end.
        }
      };
      let lastProgress = 0;
      try {
        const report = await importTmx(
          getDb(),
          actor,
          { chunks: upload.chunks(), fileName: request.nextUrl.searchParams.get("name") ?? undefined, maxBytes },
          {
            onProgress: (progress) => {
              const now = Date.now();
              if (now - lastProgress < PROGRESS_EVERY_MS) return;
              lastProgress = now;
              send({ type: "progress", progress });
            },
          },
        );
        send({ type: "report", report });
      } catch (error) {
        if (!(error instanceof TmxImportError)) {
          console.error("TMX import failed", error);
          send({ type: "error", message: t("tmx:import.failed"), report: null });
        } else {
          send({ type: "error", message: translateMessage(t, error.reason), report: error.report });
        }
        await upload.drain(maxBytes);
      }
      try {
        controller.close();
      } catch {
        // Already cancelled by the browser.
      }
    },
  });
  return new Response(stream, {
    headers: { ...PRIVATE, "Content-Type": "application/x-ndjson; charset=utf-8" },
  });
}
