// Shared setup for the glossary tests: people of each role, and what a refused call must leave alone.
import { asc, count } from "drizzle-orm";
import { expect } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, glossaryTerms } from "@/db/schema";
import type { DomainError, ValidationError } from "@/lib/errors";
import { makeUser } from "../support/factories";

export const editorUser = (db: Db) => makeUser(db, { role: "editor", translate: [], review: [] });
export const volunteerUser = (db: Db, translate: string[] = ["es"]) =>
  makeUser(db, { role: "volunteer", translate, review: [] });
export const reviewerUser = (db: Db, review: string[] = ["es"]) =>
  makeUser(db, { role: "reviewer", translate: [], review });

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

/** The error `work` throws (failing the test when it throws nothing). */
export function thrownBy(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  expect.fail("expected the call to throw");
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
