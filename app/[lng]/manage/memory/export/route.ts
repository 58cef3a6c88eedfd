import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { exportTmx } from "@/lib/formats/tmx/export-tmx";

const PRIVATE = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };

/** Pieces of the document sent together: fewer, larger writes than one per unit. */
const CHUNK_CHARACTERS = 64 * 1024;

/**
 * Downloads one language pair of the memory as TMX: GET ?pair=en-es. Streamed as the memory is
 * read, so a large memory never sits in the server's memory. A plain link or GET form starts it
 * (it changes nothing); anyone who may not manage the memory, signed in or not, gets 404.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const notFound = () => new Response("Not found", { status: 404, headers: PRIVATE });
  const actor = await getCurrentUser();
  if (!actor) return notFound();
  let document;
  try {
    document = exportTmx(getDb(), actor, request.nextUrl.searchParams.get("pair") ?? "");
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    if (error instanceof ValidationError) return new Response("Bad request", { status: 400, headers: PRIVATE });
    throw error;
  }
  const { chunks, filename } = document;
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let text = "";
      while (text.length < CHUNK_CHARACTERS) {
        const next = chunks.next();
        if (next.done) break;
        text += next.value;
      }
      if (text === "") controller.close();
      else controller.enqueue(encoder.encode(text));
    },
    cancel() {
      chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      ...PRIVATE,
      "Content-Type": "application/x-tmx+xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
    },
  });
}
