import { and, asc, desc, eq, inArray, isNotNull, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { JobStatus } from "@/db/enums";
import { articles, jobs, segments, segmentTranslations } from "@/db/schema";
import { revisionTotals } from "../articles/revision-word-counts";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { searchFold } from "../text/search-fold";

export const CATALOGUE_SORTS = ["newest", "title", "words", "due"] as const;
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number];

export type CatalogueFilters = {
  /** Words of the title to look for. */
  q?: string;
  targetLanguage?: string;
  sourceLanguage?: string;
  region?: string;
  sdg?: number;
  sort?: CatalogueSort;
};

export type CatalogueEntry = {
  jobId: number;
  title: string;
  slug: string;
  sourceLanguage: string;
  targetLanguage: string;
  words: number;
  /** Words whose translation is missing or outdated: after a source update, only the changed ones. */
  wordsToTranslate: number;
  region: string | null;
  sdgGoals: number[];
  status: JobStatus;
  dueAt: Date | null;
  createdAt: Date;
  /** Claimed by the actor: listed first. */
  mine: boolean;
  /** Set when the job waits for the actor as its last translator after a source update. */
  reservedUntil: Date | null;
};

/**
 * The volunteers' catalogue: the actor's own claimed jobs first, then open jobs in the languages
 * they translate into, filtered and sorted as asked.
 */
export function listCatalogue(
  db: Db,
  actor: Actor,
  filters: CatalogueFilters = {},
  now = new Date(),
): CatalogueEntry[] {
  assertCan(actor, "job:list-open");
  const totals = revisionTotals(db);
  const conditions: (SQL | undefined)[] = [catalogueScope(actor, now)];
  const searchWords = searchFold(filters.q ?? "")
    .split(/\s+/)
    .filter(Boolean);
  if (filters.targetLanguage) conditions.push(eq(jobs.targetLanguage, filters.targetLanguage));
  if (filters.sourceLanguage) conditions.push(eq(articles.sourceLanguage, filters.sourceLanguage));
  if (filters.region) conditions.push(eq(articles.region, filters.region));
  if (filters.sdg)
    conditions.push(sql`exists (select 1 from json_each(${articles.sdgGoals}) where value = ${filters.sdg})`);

  const order = {
    newest: [desc(jobs.createdAt), desc(jobs.id)],
    title: [asc(articles.title), asc(jobs.targetLanguage)],
    words: [asc(sql`coalesce(${totals.wordCount}, 0)`), asc(jobs.id)],
    due: [asc(sql`${jobs.dueAt} is null`), asc(jobs.dueAt), asc(jobs.id)],
  }[filters.sort ?? "newest"];

  return db
    .select({
      jobId: jobs.id,
      title: articles.title,
      slug: articles.slug,
      sourceLanguage: articles.sourceLanguage,
      targetLanguage: jobs.targetLanguage,
      words: sql<number>`coalesce(${totals.wordCount}, 0)`,
      wordsToTranslate: wordsToTranslate(),
      region: articles.region,
      sdgGoals: articles.sdgGoals,
      status: jobs.status,
      dueAt: jobs.dueAt,
      createdAt: jobs.createdAt,
      mine: sql<number>`${jobs.assigneeId} is not null and ${jobs.assigneeId} = ${actor.id}`,
      reservedForId: jobs.reservedForId,
      reservedUntil: jobs.reservedUntil,
    })
    .from(jobs)
    .innerJoin(articles, eq(articles.id, jobs.articleId))
    .leftJoin(totals, eq(totals.revisionId, jobs.revisionId))
    .where(and(...conditions))
    .orderBy(desc(sql`${jobs.assigneeId} is not null and ${jobs.assigneeId} = ${actor.id}`), ...order)
    .all()
    .filter((row) => searchWords.every((word) => searchFold(row.title).includes(word)))
    .map(({ reservedForId, reservedUntil, ...row }) => ({
      ...row,
      mine: Boolean(row.mine),
      reservedUntil: reservedForId === actor.id && reservedUntil && reservedUntil > now ? reservedUntil : null,
    }));
}

/** Words of the job's current segments that still need a translation (empty, draft, rejected or outdated). */
function wordsToTranslate() {
  return sql<number>`(select coalesce(sum(${segments.wordCount}), 0) from ${segmentTranslations}
    inner join ${segments} on ${segments.id} = ${segmentTranslations.segmentId}
    where ${segmentTranslations.jobId} = ${jobs.id} and ${segments.revisionId} = ${jobs.revisionId}
      and ${segmentTranslations.status} not in ('translated', 'approved'))`;
}

/**
 * The jobs a volunteer's catalogue holds before any filter: their claims, and open jobs in their
 * languages, except those still reserved for their last translator after a source update.
 */
function catalogueScope(actor: Actor, now: Date): SQL | undefined {
  const mine = and(eq(jobs.assigneeId, actor.id), inArray(jobs.status, ["in_progress", "in_review"]));
  const notReservedForOthers = or(
    isNull(jobs.reservedForId),
    eq(jobs.reservedForId, actor.id),
    isNull(jobs.reservedUntil),
    lte(jobs.reservedUntil, now),
  );
  const open =
    actor.translateLanguages.length > 0
      ? and(eq(jobs.status, "open"), inArray(jobs.targetLanguage, actor.translateLanguages), notReservedForOthers)
      : sql`0`;
  return or(mine, open);
}

/** Regions of the jobs a volunteer may see, for the catalogue's filter. */
export function catalogueRegions(db: Db, actor: Actor, now = new Date()): string[] {
  assertCan(actor, "job:list-open");
  return db
    .selectDistinct({ region: articles.region })
    .from(jobs)
    .innerJoin(articles, eq(articles.id, jobs.articleId))
    .where(and(catalogueScope(actor, now), isNotNull(articles.region)))
    .orderBy(asc(articles.region))
    .all()
    .map((row) => row.region!);
}
