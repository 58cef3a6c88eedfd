// What a person is credited with translating, article by article.
//
// A person is credited with a segment translation (one job x one segment) when they saved a
// confirmed (`translated`) version of it that
//   (a) is still its text: the translation is translated, approved or outdated (a source update
//       does not undo work already done) and its text is exactly theirs; or
//   (b) a reviewer approved unchanged: a later `approved` row of its history has the same text,
//       even if the text changed since (a newer source, another volunteer after a release).
// A version nobody kept (rewritten by a later volunteer, replaced by a reviewer's edit, rejected
// and not fixed) earns nothing, and reviewers' edits are stored as `approved`, never `translated`,
// so editing a translation is never counted as translating it. Each segment translation counts
// once per person, however often they saved it, with the words of the segment it belongs to now.
//
// Words approved are the credited ones a reviewer approved unchanged by the time the job was
// approved: the words of a translation that passed review, not of one still waiting for it.
import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { articles, jobs, segments, segmentTranslationHistory, segmentTranslations } from "@/db/schema";
import { idList } from "./confirmed-translations";

export type CreditedArticle = {
  jobId: number;
  articleId: number;
  /** The article's own title, in its source language. */
  articleTitle: string;
  sourceLanguage: string;
  targetLanguage: string;
  wordsTranslated: number;
  wordsApproved: number;
  firstAt: Date;
  lastAt: Date;
};

const history = segmentTranslationHistory;
const translation = segmentTranslations;

/** (a): the confirmed text still stands. */
const stillItsText = and(
  inArray(translation.status, ["translated", "approved", "outdated"]),
  eq(translation.text, history.text),
);

/** (b): a reviewer approved that very text afterwards (`approved` rows are written only by reviewers). */
const approvedLater = sql`exists (
  select 1 from ${history} later
  where later.translation_id = ${history.translationId} and later.id > ${history.id}
    and later.status = 'approved' and later.text = ${history.text})`;

/** (b), and the approval was part of a job approval: the job's latest approval came at or after it. */
const approvedWithJob = sql`exists (
  select 1 from ${history} later
  where later.translation_id = ${history.translationId} and later.id > ${history.id}
    and later.status = 'approved' and later.text = ${history.text}
    and ${jobs.approvedAt} is not null and later.created_at <= ${jobs.approvedAt})`;

/**
 * The articles `userId` is credited on, with their words, among the translations they confirmed
 * (`confirmed`, from translationsConfirmedBy). Most words first.
 */
export function creditedArticles(db: Db | Tx, userId: number, confirmed: readonly number[]): CreditedArticle[] {
  if (confirmed.length === 0) return [];
  // One row per credited segment translation, then summed per job: a segment saved five times counts once.
  const credited = db
    .select({
      jobId: sql<number>`${translation.jobId}`.as("credited_job_id"),
      words: sql<number>`${segments.wordCount}`.as("credited_words"),
      approved: sql<number>`max(${approvedWithJob})`.as("credited_approved"),
      firstAt: sql<number>`min(${history.createdAt})`.as("credited_first_at"),
      lastAt: sql<number>`max(${history.createdAt})`.as("credited_last_at"),
    })
    .from(history)
    .innerJoin(translation, eq(translation.id, history.translationId))
    .innerJoin(segments, eq(segments.id, translation.segmentId))
    .innerJoin(jobs, eq(jobs.id, translation.jobId))
    .where(
      and(
        inArray(history.translationId, idList(confirmed)),
        eq(history.authorId, userId),
        eq(history.status, "translated"),
        or(stillItsText, approvedLater),
      ),
    )
    .groupBy(translation.id)
    .as("credited");

  const rows = db
    .select({
      jobId: jobs.id,
      articleId: articles.id,
      articleTitle: articles.title,
      sourceLanguage: articles.sourceLanguage,
      targetLanguage: jobs.targetLanguage,
      wordsTranslated: sql<number>`sum(${credited.words})`,
      wordsApproved: sql<number>`sum(case when ${credited.approved} then ${credited.words} else 0 end)`,
      firstAt: sql<number>`min(${credited.firstAt})`,
      lastAt: sql<number>`max(${credited.lastAt})`,
    })
    .from(credited)
    .innerJoin(jobs, eq(jobs.id, credited.jobId))
    .innerJoin(articles, eq(articles.id, jobs.articleId))
    .groupBy(jobs.id)
    .orderBy(sql`sum(${credited.words}) desc`, jobs.id)
    .all();
  return rows.map((row) => ({ ...row, firstAt: new Date(row.firstAt), lastAt: new Date(row.lastAt) }));
}
