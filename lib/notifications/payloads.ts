// What each kind of notification stores: ids, names and titles, never sentences. The text is made
// when the notification is read, in the reader's language (render-notification.ts), so one stored
// row serves the bell, the list and the e-mail in whatever language each is shown.
import { z } from "zod";
import type { NotificationKind } from "@/db/enums";

/** A job as a notification names it: the article's title in its own language, and the target. */
const jobRef = z.object({
  jobId: z.number().int().positive(),
  title: z.string(),
  sourceLanguage: z.string(),
  targetLanguage: z.string(),
});

/** Stored timestamps are ISO strings (the payload is JSON). */
const isoDate = z.iso.datetime();

export const PAYLOAD_SCHEMAS = {
  "claim-expiring": jobRef.extend({ dueAt: isoDate }),
  "changes-requested": jobRef.extend({ reviewerName: z.string(), dueAt: isoDate }),
  "job-approved": jobRef.extend({ reviewerName: z.string() }),
  "article-published": jobRef.extend({ slug: z.string() }),
  "source-updated": jobRef.extend({
    /** Sentences of the job that changed or are new: the work the update brings. */
    changedSegments: z.number().int().min(0),
    /** For its last translator, when the job went back to the pool: kept for them until then. */
    reservedUntil: isoDate.nullable(),
  }),
  "open-jobs-digest": z.object({
    /** The window of time the digest covers: jobs that became open in it. */
    since: isoDate,
    until: isoDate,
    /** Every job of the window; `jobs` lists the first few. */
    total: z.number().int().min(1),
    jobs: z.array(jobRef),
  }),
} as const satisfies Record<NotificationKind, z.ZodType>;

export type NotificationPayloads = { [K in NotificationKind]: z.input<(typeof PAYLOAD_SCHEMAS)[K]> };

/** A kind with its payload, typed together so a caller cannot pair a kind with another's data. */
export type NotificationEvent = {
  [K in NotificationKind]: { kind: K; payload: NotificationPayloads[K] };
}[NotificationKind];

export type JobRef = z.output<typeof jobRef>;

/** The stored payload checked against its kind; null when it no longer fits (an older shape). */
export function parsePayload<K extends NotificationKind>(kind: K, payload: unknown): NotificationPayloads[K] | null {
  const result = PAYLOAD_SCHEMAS[kind].safeParse(payload);
  return result.success ? (result.data as NotificationPayloads[K]) : null;
}
