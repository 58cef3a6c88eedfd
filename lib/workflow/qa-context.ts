// What the quality checks need to know about a job's segments on the server: the language pair
// and the glossary entries for it. Loaded once per job, used for every segment.
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { articles, glossaryTerms, type Job } from "@/db/schema";
import type { InlineTag } from "@/db/json-shapes";
import { glossaryEntry, type GlossaryEntry } from "../glossary/entry";
import { glossaryTermsIn } from "../qa/term-match";
import type { QaContext } from "../qa/types";

export type JobQaFacts = { sourceLanguage: string; targetLanguage: string; glossary: GlossaryEntry[] };

export function jobQaFacts(db: Db | Tx, job: Pick<Job, "articleId" | "targetLanguage">): JobQaFacts {
  const article = db
    .select({ sourceLanguage: articles.sourceLanguage })
    .from(articles)
    .where(eq(articles.id, job.articleId))
    .get();
  const sourceLanguage = article?.sourceLanguage ?? "en";
  const glossary = db
    .select()
    .from(glossaryTerms)
    .where(and(eq(glossaryTerms.sourceLanguage, sourceLanguage), eq(glossaryTerms.targetLanguage, job.targetLanguage)))
    .all()
    .map(glossaryEntry);
  return { sourceLanguage, targetLanguage: job.targetLanguage, glossary };
}

/** The checks' context for one segment's translation `text`. */
export function segmentQaContext(
  facts: JobQaFacts,
  segment: { sourceText: string; tags: InlineTag[] },
  text: string,
): QaContext {
  return {
    source: segment.sourceText,
    target: text,
    tags: segment.tags,
    sourceLanguage: facts.sourceLanguage,
    targetLanguage: facts.targetLanguage,
    glossary: glossaryTermsIn(segment.sourceText, facts.glossary, facts.sourceLanguage),
  };
}
