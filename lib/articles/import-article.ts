import { eq } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import { articles } from "@/db/schema";
import { assertOffered } from "../admin/offered-languages";
import { recordAuditEvent } from "../audit/record-event";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { ValidationError } from "../errors";
import { parseDocument } from "../segmentation/document";
import type { ImportWarning } from "../segmentation/types";
import { articleImportSchema } from "../validation/article-schemas";
import { message } from "../validation/message";
import { parseInput } from "../validation/parse-input";
import { createJobs } from "./create-jobs";
import { slugify } from "./slugify";
import { storeRevision } from "./store-revision";

/** A title in a script without Latin letters gives no slug: such articles get a dated one. */
function addressFor(title: string): string {
  return slugify(title) || `article-${Date.now().toString(36)}`;
}

export type ImportedArticle = { articleId: number; slug: string; jobIds: number[]; warnings: ImportWarning[] };

/**
 * An editor imports a new article: its first source revision split into segments and, for each
 * target language given, an open job with an empty translation per segment; all in one transaction.
 */
export function importArticle(db: Db, actor: Actor, rawInput: unknown): ImportedArticle {
  assertCan(actor, "article:manage");
  const input = parseInput(articleImportSchema, rawInput);
  const slug = input.slug ?? addressFor(input.title);
  // Parsing is pure and can be slow on a long article: it runs before the write lock is taken.
  const document = parseDocument(input.content, input.format, input.sourceLanguage);
  if (document.segments.length === 0) throw new ValidationError({ content: message("validation:noTranslatableText") });

  return writeTransaction(db, (tx) => {
    assertOffered(tx, input.targetLanguages);
    const slugTaken = tx.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug)).get();
    if (slugTaken) throw new ValidationError({ slug: message("validation:slugTaken") });

    const article = tx
      .insert(articles)
      .values({
        slug,
        title: input.title,
        sourceLanguage: input.sourceLanguage,
        region: input.region || null,
        sdgGoals: input.sdgGoals,
        topics: input.topics,
        createdById: actor.id,
      })
      .returning({ id: articles.id })
      .get();
    const { revisionId, segmentIds } = storeRevision(tx, {
      articleId: article.id,
      number: 1,
      content: input.content,
      document,
      importedById: actor.id,
    });
    tx.update(articles).set({ currentRevisionId: revisionId }).where(eq(articles.id, article.id)).run();
    const jobIds = createJobs(tx, {
      articleId: article.id,
      revisionId,
      segmentIds,
      targetLanguages: input.targetLanguages,
    });

    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "article.imported",
      subjectType: "article",
      subjectId: article.id,
      data: {
        slug,
        segments: segmentIds.length,
        targetLanguages: input.targetLanguages,
        warnings: document.warnings.length,
      },
    });
    return { articleId: article.id, slug, jobIds, warnings: document.warnings };
  });
}
