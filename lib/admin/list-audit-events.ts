import { and, asc, count, desc, eq, isNotNull, isNull, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import { articles, auditEvents, jobs, users } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { ADMIN_PAGE_SIZE, auditQuerySchema, SYSTEM_ACTOR, type AuditQuery } from "../validation/admin-schemas";
import { parseInput } from "../validation/parse-input";

/** What an event was about, with what the log page needs to name it and link to it. */
export type AuditSubject =
  | { type: "job"; id: number; articleTitle: string | null; targetLanguage: string | null }
  | { type: "article"; id: number; slug: string | null; title: string | null }
  | { type: "user"; id: number; name: string | null }
  | { type: string; id: number | null };

export type AuditEntry = {
  id: number;
  createdAt: Date;
  /** Null for what no person did (claim expiry, sign-up); name and e-mail are null for a deleted account. */
  actor: { id: number; name: string | null } | null;
  action: string;
  subject: AuditSubject;
  /** As recorded: user-supplied text inside, to be shown as text only. */
  data: Record<string, unknown>;
};

export type AuditLogPage = {
  events: AuditEntry[];
  matching: number;
  page: number;
  pageCount: number;
  query: AuditQuery;
  /** Every action in the log, for the filter. */
  actions: string[];
  /** Everyone who appears as the actor of an event, for the filter. */
  actors: { id: number; name: string; email: string }[];
};

const subjectUser = alias(users, "subject_user");
const jobArticle = alias(articles, "job_article");

/** The audit log for administrators: newest first, 50 a page, by actor, job and action. */
export function listAuditEvents(db: Db, actor: Actor, rawQuery: unknown = {}): AuditLogPage {
  assertCan(actor, "audit:read");
  const query = parseInput(auditQuerySchema, rawQuery);
  const conditions: SQL[] = [];
  if (query.actor === SYSTEM_ACTOR) conditions.push(isNull(auditEvents.actorId));
  else if (query.actor !== undefined) conditions.push(eq(auditEvents.actorId, query.actor));
  if (query.job !== undefined) {
    conditions.push(eq(auditEvents.subjectType, "job"), eq(auditEvents.subjectId, query.job));
  }
  if (query.action) conditions.push(eq(auditEvents.action, query.action));
  const where = and(...conditions);

  const matching = db.select({ count: count() }).from(auditEvents).where(where).get()?.count ?? 0;
  const pageCount = Math.max(1, Math.ceil(matching / ADMIN_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows = db
    .select({
      id: auditEvents.id,
      createdAt: auditEvents.createdAt,
      actorId: auditEvents.actorId,
      actorName: users.displayName,
      action: auditEvents.action,
      subjectType: auditEvents.subjectType,
      subjectId: auditEvents.subjectId,
      data: auditEvents.data,
      jobLanguage: jobs.targetLanguage,
      jobArticleTitle: jobArticle.title,
      articleSlug: articles.slug,
      articleTitle: articles.title,
      subjectUserName: subjectUser.displayName,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .leftJoin(jobs, and(eq(auditEvents.subjectType, "job"), eq(jobs.id, auditEvents.subjectId)))
    .leftJoin(jobArticle, eq(jobArticle.id, jobs.articleId))
    .leftJoin(articles, and(eq(auditEvents.subjectType, "article"), eq(articles.id, auditEvents.subjectId)))
    .leftJoin(subjectUser, and(eq(auditEvents.subjectType, "user"), eq(subjectUser.id, auditEvents.subjectId)))
    .where(where)
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(ADMIN_PAGE_SIZE)
    .offset((page - 1) * ADMIN_PAGE_SIZE)
    .all();

  const events = rows.map((row): AuditEntry => {
    const subject = ((): AuditSubject => {
      if (row.subjectId !== null) {
        if (row.subjectType === "job") {
          return { type: "job", id: row.subjectId, articleTitle: row.jobArticleTitle, targetLanguage: row.jobLanguage };
        }
        if (row.subjectType === "article") {
          return { type: "article", id: row.subjectId, slug: row.articleSlug, title: row.articleTitle };
        }
        if (row.subjectType === "user") return { type: "user", id: row.subjectId, name: row.subjectUserName };
      }
      return { type: row.subjectType, id: row.subjectId };
    })();
    return {
      id: row.id,
      createdAt: row.createdAt,
      actor: row.actorId === null ? null : { id: row.actorId, name: row.actorName },
      action: row.action,
      subject,
      data: row.data,
    };
  });

  const actions = db
    .selectDistinct({ action: auditEvents.action })
    .from(auditEvents)
    .orderBy(asc(auditEvents.action))
    .all()
    .map((row) => row.action);
  const actors = db
    .selectDistinct({ id: users.id, name: users.displayName, email: users.email })
    .from(auditEvents)
    .innerJoin(users, eq(users.id, auditEvents.actorId))
    .where(isNotNull(auditEvents.actorId))
    .orderBy(asc(users.displayName), asc(users.id))
    .all();

  return { events, matching, page, pageCount, query: { ...query, page }, actions, actors };
}
