// How a simulated translator's save reaches the server: the editor's PUT, as the browser sends it.
import type { SaveAnswer, SaveRecord, SaveRequest } from "./save-ledger";

/** Sends one save (the ledger's record of it, which a transport may annotate) and reads its answer. */
export type Transport = (record: SaveRecord) => Promise<SaveAnswer>;

export const saveUrl = (baseUrl: string, request: SaveRequest) =>
  `${baseUrl}/api/jobs/${request.jobId}/segments/${request.segmentId}`;

export const saveBody = (request: SaveRequest) =>
  JSON.stringify({ text: request.text, status: request.status, version: request.basedOn });

export const saveHeaders = (baseUrl: string, cookie: string) => ({
  "content-type": "application/json",
  origin: baseUrl,
  cookie,
});

/** The error's most telling code: ECONNREFUSED, ECONNRESET, UND_ERR_SOCKET… */
export function describeError(error: unknown): string {
  const own = (error as { code?: unknown } | null)?.code;
  if (typeof own === "string") return own;
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  if (cause?.code) return cause.code;
  if (cause?.message) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

export function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** Saves with fetch on kept-alive connections, as a browser tab does. */
export function fetchTransport(baseUrl: string, cookie: string): Transport {
  return async (request) => {
    try {
      const response = await fetch(saveUrl(baseUrl, request), {
        method: "PUT",
        headers: saveHeaders(baseUrl, cookie),
        body: saveBody(request),
      });
      // An answer cut off halfway is no answer: the browser would not know the save's fate either.
      const raw = await response.text();
      return { kind: "answered", httpStatus: response.status, body: parseJson(raw) };
    } catch (error) {
      return { kind: "no-answer", error: describeError(error) };
    }
  };
}
