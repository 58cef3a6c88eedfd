// Puts jobs into `approved` by writing the database directly: the tests of publishing do not depend
// on how review reaches that state, only on what an approved job looks like.
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { jobs, publications, reviews, segments, segmentTranslationHistory, segmentTranslations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { T0 } from "../workflow/support";

export type ApprovalOptions = {
  /** Who translated; segments are shared out among them in turn, in document order. */
  translators: Actor[];
  reviewer: Actor;
  /** The approved translation of a source segment; defaults to "ES " before the source text. */
  translate?: (source: string, position: number) => string;
  /** When the review ended; the approvals are recorded then. */
  at?: Date;
};

/**
 * Every segment of the job's revision translated (status `translated` in the history, by one of the
 * translators) and then approved by the reviewer; the job approved, with a finished review.
 */
export function approveDirectly(db: Db, jobId: number, options: ApprovalOptions): void {
  const at = options.at ?? T0;
  const translate = options.translate ?? ((source: string) => `ES ${source}`);
  const job = db.select().from(jobs).where(eq(jobs.id, jobId)).get()!;
  const rows = db
    .select({ translation: segmentTranslations, source: segments.sourceText, position: segments.position })
    .from(segmentTranslations)
    .innerJoin(segments, eq(segments.id, segmentTranslations.segmentId))
    .where(and(eq(segmentTranslations.jobId, jobId), eq(segments.revisionId, job.revisionId)))
    .orderBy(asc(segments.position))
    .all();
  rows.forEach(({ translation, source, position }, index) => {
    const translator = options.translators[index % options.translators.length]!;
    const text = translate(source, position);
    const translated = translation.version + 1;
    db.insert(segmentTranslationHistory)
      .values({
        translationId: translation.id,
        authorId: translator.id,
        text,
        status: "translated",
        version: translated,
        createdAt: at,
      })
      .run();
    db.insert(segmentTranslationHistory)
      .values({
        translationId: translation.id,
        authorId: options.reviewer.id,
        text,
        status: "approved",
        version: translated + 1,
        createdAt: at,
      })
      .run();
    db.update(segmentTranslations)
      .set({ text, status: "approved", version: translated + 1, lastAuthorId: options.reviewer.id })
      .where(eq(segmentTranslations.id, translation.id))
      .run();
  });
  db.insert(reviews)
    .values({
      jobId,
      reviewerId: options.reviewer.id,
      revisionId: job.revisionId,
      startedAt: at,
      finishedAt: at,
      outcome: "approved",
    })
    .run();
  db.update(jobs)
    .set({
      status: "approved",
      assigneeId: job.assigneeId ?? options.translators[0]!.id,
      reviewerId: options.reviewer.id,
      approvedAt: at,
      version: job.version + 1,
    })
    .where(eq(jobs.id, jobId))
    .run();
}

/** The job back in the pool, as a source update leaves it: open, nobody assigned. */
export function reopenDirectly(db: Db, jobId: number): void {
  db.update(jobs)
    .set({ status: "open", assigneeId: null, dueAt: null, claimedAt: null })
    .where(eq(jobs.id, jobId))
    .run();
}

export function publicationsOf(db: Db, jobId: number) {
  return db.select().from(publications).where(eq(publications.jobId, jobId)).orderBy(asc(publications.id)).all();
}

export function livePublicationOf(db: Db, jobId: number) {
  return db
    .select()
    .from(publications)
    .where(and(eq(publications.jobId, jobId), isNull(publications.unpublishedAt)))
    .get();
}

/** Spanish for the sample article of these tests. */
export const SPANISH: Record<string, string> = {
  "Mangroves in Fiji": "Manglares en Fiyi",
  "Volunteers met in Suva.": "Los voluntarios se reunieron en Suva.",
  "See the <1>report</1>.": "Vea el <1>informe</1>.",
  "They planted 300 seedlings.": "Plantaron 300 plántulas.",
  "The mayor thanked them.": "La alcaldesa les dio las gracias.",
};

/** A heading, a paragraph with a link, and a list: the structure a publication must keep. */
export const STRUCTURED = [
  "# Mangroves in Fiji",
  "",
  "Volunteers met in Suva. See the [report](https://example.org/r).",
  "",
  "- They planted 300 seedlings.",
  "- The mayor thanked them.",
].join("\n");

export const spanish = (source: string) => {
  const text = SPANISH[source];
  if (text === undefined) throw new Error(`no Spanish for ${source}`);
  return text;
};
