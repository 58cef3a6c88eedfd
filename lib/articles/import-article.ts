import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import { articles, jobs, segments, segmentTranslations, sourceRevisions } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { ValidationError } from "../errors";
import { splitIntoBlocks } from "../segmentation/paragraph-blocks";
import { countWords } from "../text/word-count";
import { articleImportSchema } from "../validation/article-schemas";
import { message } from "../validation/message";
import { parseInput } from "../validation/parse-input";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * An editor imports a new article: its first source revision, its segments, and one open job per
 * target language with an empty translation per segment, all in one transaction.
 */
export function importArticle(db: Db, actor: Actor, rawInput: unknown): { articleId: number; jobIds: number[] } {
  assertCan(actor, "article:manage");
  const input = parseInput(articleImportSchema, rawInput);
  const blocks = splitIntoBlocks(input.content);
  if (blocks.length === 0) throw new ValidationError({ content: message("validation:noTranslatableText") });

  return writeTransaction(db, (tx) => {
    const slugTaken = tx.select({ id: articles.id }).from(articles).where(eq(articles.slug, input.slug)).get();
    if (slugTaken) throw new ValidationError({ slug: message("validation:slugTaken") });

    const article = tx
      .insert(articles)
      .values({
        slug: input.slug,
        title: input.title,
        sourceLanguage: input.sourceLanguage,
        region: input.region ?? null,
        sdgGoals: input.sdgGoals,
        topics: input.topics,
        createdById: actor.id,
      })
      .returning({ id: articles.id })
      .get();
    const revision = tx
      .insert(sourceRevisions)
      .values({
        articleId: article.id,
        number: 1,
        format: input.format,
        content: input.content,
        contentHash: sha256(input.content),
        importedById: actor.id,
      })
      .returning({ id: sourceRevisions.id })
      .get();
    tx.update(articles).set({ currentRevisionId: revision.id }).where(eq(articles.id, article.id)).run();

    const segmentIds = tx
      .insert(segments)
      .values(
        blocks.map((block, position) => ({
          revisionId: revision.id,
          position,
          blockIndex: position,
          blockKind: block.kind,
          sourceText: block.text,
          sourceHash: sha256(block.text),
          wordCount: countWords(block.text, input.sourceLanguage),
        })),
      )
      .returning({ id: segments.id })
      .all()
      .map((row) => row.id);

    const jobIds = input.targetLanguages.map((targetLanguage) => {
      const job = tx
        .insert(jobs)
        .values({ articleId: article.id, targetLanguage, revisionId: revision.id })
        .returning({ id: jobs.id })
        .get();
      tx.insert(segmentTranslations)
        .values(segmentIds.map((segmentId) => ({ jobId: job.id, segmentId })))
        .run();
      return job.id;
    });

    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "article.imported",
      subjectType: "article",
      subjectId: article.id,
      data: { slug: input.slug, segments: segmentIds.length, targetLanguages: input.targetLanguages },
    });
    return { articleId: article.id, jobIds };
  });
}
