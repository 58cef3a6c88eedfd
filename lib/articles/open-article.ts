import { asc, eq } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import { articles, jobs, segments } from "@/db/schema";
import { assertOffered } from "../admin/offered-languages";
import { recordAuditEvent } from "../audit/record-event";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { NotFoundError, ValidationError } from "../errors";
import { openArticleSchema } from "../validation/article-schemas";
import { message } from "../validation/message";
import { parseInput } from "../validation/parse-input";
import { createJobs } from "./create-jobs";

/** An editor opens an article for more target languages, once its segments look right. */
export function openArticleForLanguages(db: Db, actor: Actor, rawInput: unknown): { jobIds: number[] } {
  assertCan(actor, "article:manage");
  const input = parseInput(openArticleSchema, rawInput);
  return writeTransaction(db, (tx) => {
    const article = tx.select().from(articles).where(eq(articles.id, input.articleId)).get();
    if (!article?.currentRevisionId) throw new NotFoundError("article");
    if (input.targetLanguages.includes(article.sourceLanguage as never)) {
      throw new ValidationError({ targetLanguages: message("validation:targetIsSource") });
    }
    const existing = new Set(
      tx
        .select({ language: jobs.targetLanguage })
        .from(jobs)
        .where(eq(jobs.articleId, article.id))
        .all()
        .map((row) => row.language),
    );
    const languages = [...new Set(input.targetLanguages)].filter((language) => !existing.has(language));
    if (languages.length === 0) throw new ValidationError({ targetLanguages: message("validation:alreadyOpen") });
    assertOffered(tx, languages);
    const segmentIds = tx
      .select({ id: segments.id })
      .from(segments)
      .where(eq(segments.revisionId, article.currentRevisionId))
      .orderBy(asc(segments.position))
      .all()
      .map((row) => row.id);
    const jobIds = createJobs(tx, {
      articleId: article.id,
      revisionId: article.currentRevisionId,
      segmentIds,
      targetLanguages: languages,
    });
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "article.opened",
      subjectType: "article",
      subjectId: article.id,
      data: { targetLanguages: languages },
    });
    return { jobIds };
  });
}
