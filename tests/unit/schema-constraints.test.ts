import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  articles,
  comments,
  jobs,
  publications,
  segments,
  segmentTranslations,
  sourceRevisions,
  userLanguages,
  users,
} from "@/db/schema";
import { importArticle } from "@/lib/articles/import-article";
import type { Actor } from "@/lib/auth/actor";
import { makeUser } from "./support/factories";
import { createTestDb } from "./support/test-db";

const db = createTestDb();
let editor: Actor;
let volunteer: Actor;
let jobId: number;
let segmentId: number;
let revisionId: number;
let articleId: number;

beforeAll(async () => {
  editor = await makeUser(db, { role: "editor" });
  volunteer = await makeUser(db, { role: "volunteer" });
  const imported = importArticle(db, editor, {
    slug: "constraints",
    title: "Constraints",
    sourceLanguage: "en",
    format: "markdown",
    content: "# Title\n\nA paragraph.",
    targetLanguages: ["es"],
  });
  articleId = imported.articleId;
  jobId = imported.jobIds[0]!;
  const segment = db.select().from(segments).limit(1).get()!;
  segmentId = segment.id;
  revisionId = segment.revisionId;
});

const user = (overrides: Partial<typeof users.$inferInsert>) =>
  db
    .insert(users)
    .values({ email: `c${Math.random()}@example.org`, displayName: "X", passwordHash: "h", ...overrides })
    .run();

describe("schema constraints", () => {
  it("refuses unknown roles and keeps e-mails unique, trimmed and lower-case", () => {
    expect(() => user({ role: "superuser" as never })).toThrow(/CHECK constraint failed: users_role_check/);
    expect(() => user({ email: "Someone@Example.org" })).toThrow(/users_email_lowercase/);
    user({ email: "twin@example.org" });
    expect(() => user({ email: "twin@example.org" })).toThrow(/UNIQUE constraint failed: users.email/);
  });

  it("refuses empty and over-long display names", () => {
    expect(() => user({ displayName: "   " })).toThrow(/users_display_name_length/);
    expect(() => user({ displayName: "x".repeat(101) })).toThrow(/users_display_name_length/);
  });

  it("enforces foreign keys", () => {
    expect(() =>
      db.insert(userLanguages).values({ userId: 999_999, language: "es", skill: "translate" }).run(),
    ).toThrow(/FOREIGN KEY constraint failed/);
    expect(() =>
      db
        .insert(userLanguages)
        .values({ userId: volunteer.id, language: "es", skill: "speak" as never })
        .run(),
    ).toThrow(/user_languages_skill_check/);
  });

  it("keeps a job's assignee consistent with its status", () => {
    expect(() => db.update(jobs).set({ assigneeId: volunteer.id }).where(eq(jobs.id, jobId)).run()).toThrow(
      /jobs_assignee_matches_status/,
    );
    expect(() => db.update(jobs).set({ status: "in_progress" }).where(eq(jobs.id, jobId)).run()).toThrow(
      /jobs_assignee_matches_status/,
    );
    expect(() =>
      db
        .update(jobs)
        .set({ status: "done" as never })
        .where(eq(jobs.id, jobId))
        .run(),
    ).toThrow(/jobs_status_check/);
    db.update(jobs)
      .set({ status: "in_progress", assigneeId: volunteer.id, dueAt: new Date() })
      .where(eq(jobs.id, jobId))
      .run();
    db.update(jobs).set({ status: "open", assigneeId: null, dueAt: null }).where(eq(jobs.id, jobId)).run();
  });

  it("allows one job per article and language", () => {
    expect(() => db.insert(jobs).values({ articleId, targetLanguage: "es", revisionId }).run()).toThrow(
      /UNIQUE constraint failed: jobs.article_id, jobs.target_language/,
    );
  });

  it("keeps an empty translation empty and its status known", () => {
    const where = eq(segmentTranslations.jobId, jobId);
    expect(() => db.update(segmentTranslations).set({ text: "hola" }).where(where).run()).toThrow(
      /segment_translations_empty_has_no_text/,
    );
    expect(() =>
      db
        .update(segmentTranslations)
        .set({ status: "done" as never })
        .where(where)
        .run(),
    ).toThrow(/segment_translations_status_check/);
    expect(() => db.insert(segmentTranslations).values({ jobId, segmentId }).run()).toThrow(/UNIQUE constraint failed/);
  });

  it("requires a reviewer's error category and severity together, from the known lists", () => {
    const base = { jobId, segmentId, authorId: editor.id, body: "Mistranslation" };
    expect(() =>
      db
        .insert(comments)
        .values({ ...base, category: "accuracy" })
        .run(),
    ).toThrow(/comments_category_with_severity/);
    expect(() =>
      db
        .insert(comments)
        .values({ ...base, category: "spelling" as never, severity: "minor" })
        .run(),
    ).toThrow(/comments_category_check/);
    db.insert(comments)
      .values({ ...base, category: "accuracy", severity: "major" })
      .run();
    db.insert(comments)
      .values({ ...base, body: "Nice work" })
      .run();
  });

  it("keeps at most one live publication per job", () => {
    const live = { jobId, revisionId, html: "<p>x</p>", creditLine: "Thanks", publishedById: editor.id };
    db.insert(publications).values(live).run();
    expect(() => db.insert(publications).values(live).run()).toThrow(/UNIQUE constraint failed/);
    db.update(publications).set({ unpublishedAt: new Date() }).where(eq(publications.jobId, jobId)).run();
    db.insert(publications).values(live).run();
  });

  it("refuses malformed slugs and duplicate revision numbers", () => {
    expect(() => db.insert(articles).values({ slug: "Bad Slug", title: "t", sourceLanguage: "en" }).run()).toThrow(
      /articles_slug_format/,
    );
    expect(() =>
      db
        .insert(sourceRevisions)
        .values({ articleId, number: 1, format: "markdown", content: "x", contentHash: "h" })
        .run(),
    ).toThrow(/UNIQUE constraint failed/);
  });

  it("removes an article's revisions, segments, jobs and translations with it", () => {
    db.delete(publications).run();
    db.update(articles).set({ currentRevisionId: null }).where(eq(articles.id, articleId)).run();
    db.delete(articles).where(eq(articles.id, articleId)).run();
    expect(db.select().from(segments).all()).toEqual([]);
    expect(db.select().from(jobs).all()).toEqual([]);
    expect(db.select().from(segmentTranslations).all()).toEqual([]);
    expect(db.select().from(comments).all()).toEqual([]);
  });
});
