import "server-only";

/** Larger bodies are refused unread: a segment save is a few kilobytes at most. */
export const BODY_MAX_BYTES = 256 * 1024;

export type BodyRead = { ok: true; value: unknown } | { ok: false; problem: "too_large" | "invalid_json" };

/**
 * The request's JSON body, read at most BODY_MAX_BYTES far, so an endless body costs nothing. An
 * empty body reads as `undefined`.
 */
export async function readJsonBody(request: Request): Promise<BodyRead> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > BODY_MAX_BYTES) return { ok: false, problem: "too_large" };
  if (!request.body) return { ok: true, value: undefined };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > BODY_MAX_BYTES) {
      await reader.cancel();
      return { ok: false, problem: "too_large" };
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: "invalid_json" };
  }
}
