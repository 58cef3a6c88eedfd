import "server-only";
import { NextResponse } from "next/server";
import type { ServerT } from "@/lib/i18n/server";
import { translateMessage } from "@/lib/i18n/server";
import { message } from "@/lib/validation/message";

/**
 * A 429 answer for a limit that was hit: `Retry-After` in whole seconds (at least 1, so a client
 * never retries at once), and the same wait in the body with a message in the reader's language.
 * `messageKey` takes `{{seconds}}`.
 */
export function tooManyRequests(t: ServerT, messageKey: string, retryAfterMs: number): NextResponse {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return NextResponse.json(
    { message: translateMessage(t, message(messageKey, { seconds })), retryAfterSeconds: seconds },
    { status: 429, headers: { "Retry-After": String(seconds) } },
  );
}
