// Shared setup for the administrators' tests: people of every role, and the audit events about them.
import { and, asc, eq } from "drizzle-orm";
import { expect } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { makeUser } from "../support/factories";

export const adminUser = (db: Db) => makeUser(db, { role: "admin", translate: [], review: [] });
export const editorUser = (db: Db) => makeUser(db, { role: "editor", translate: [], review: [] });
export const reviewerUser = (db: Db) => makeUser(db, { role: "reviewer", translate: ["es"], review: ["es"] });
export const volunteerUser = (db: Db) => makeUser(db, { role: "volunteer", translate: ["es"], review: [] });

/** The audit events recorded about one person, oldest first. */
export function eventsAbout(db: Db, userId: number) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.subjectType, "user"), eq(auditEvents.subjectId, userId)))
    .orderBy(asc(auditEvents.id))
    .all();
}

export function eventsOf(db: Db, action: string) {
  return db.select().from(auditEvents).where(eq(auditEvents.action, action)).orderBy(asc(auditEvents.id)).all();
}

/** The error `work` throws (failing the test when it throws nothing). */
export function thrownBy(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  return expect.fail("expected the call to throw");
}

export function expectNotFound(work: () => unknown): void {
  expect(thrownBy(work)).toBeInstanceOf(NotFoundError);
}

export type { Actor };
