import type { Tx } from "@/db/client";
import { auditEvents } from "@/db/schema";

export type AuditInput = {
  actorId: number | null;
  action: string;
  subjectType: string;
  subjectId?: number | null;
  data?: Record<string, unknown>;
};

/** Appends an audit event inside the caller's transaction, so the log and the change commit together. */
export function recordAuditEvent(tx: Tx, event: AuditInput): void {
  tx.insert(auditEvents)
    .values({
      actorId: event.actorId,
      action: event.action,
      subjectType: event.subjectType,
      subjectId: event.subjectId ?? null,
      data: event.data ?? {},
    })
    .run();
}
