import type { Db } from "@/db/client";
import type { Actor } from "../auth/actor";
import { searchConcordance, type ConcordanceQuery } from "../memory/concordance";
import type { TmConcordanceEntry } from "../memory/match-types";
import { parseInput } from "../validation/parse-input";
import { concordanceSchema } from "../validation/memory-schemas";
import { articleLanguage } from "./article-language";
import { visibleJob } from "./job-access";

/** A word or phrase looked up in the translation memory of a job's language pair. */
export function jobConcordance(db: Db, actor: Actor, rawInput: unknown): TmConcordanceEntry[] {
  const input = parseInput(concordanceSchema, rawInput);
  const job = visibleJob(db, actor, input.jobId);
  const query: ConcordanceQuery = {
    sourceLanguage: articleLanguage(db, job.articleId),
    targetLanguage: job.targetLanguage,
    phrase: input.phrase,
  };
  return searchConcordance(db, query);
}
