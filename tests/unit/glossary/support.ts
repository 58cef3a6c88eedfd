// Shared setup for the glossary tests: people of each role, and what a refused call must leave alone.
import { asc, count } from "drizzle-orm";
import { expect } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, glossaryTerms } from "@/db/schema";
import type { DomainError, ValidationError } from "@/lib/errors";
import { thrownBy } from "../workflow/support";

// People of each role and the assertion helper are the workflow tests' own.
export { editorUser, reviewerUser, thrownBy, volunteerUser } from "../workflow/support";

export function termRows(db: Db) {
  return db.select().from(glossaryTerms).orderBy(asc(glossaryTerms.id)).all();
}

export function auditCount(db: Db): number {
  return db.select({ count: count() }).from(auditEvents).get()!.count;
}

export function auditOf(db: Db, action: string) {
  return db
    .select()
    .from(auditEvents)
    .orderBy(asc(auditEvents.id))
    .all()
    .filter((event) => event.action === action);
}

/** Asserts `work` throws `type` and writes nothing: no term changed, no audit event. */
export function expectRefusedUnchanged(
  db: Db,
  work: () => unknown,
  type: abstract new (...args: never[]) => DomainError,
): unknown {
  const before = { terms: termRows(db), audit: auditCount(db) };
  const error = thrownBy(work);
  expect(error).toBeInstanceOf(type);
  expect({ terms: termRows(db), audit: auditCount(db) }).toEqual(before);
  return error;
}

/** The message key a ValidationError gives a field. */
export function fieldKey(error: unknown, field: string): string | undefined {
  return (error as ValidationError).fields[field]?.key;
}
