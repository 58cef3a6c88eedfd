// What the editor's translation-memory endpoints answer. Shared by the browser and the route
// handlers (app/api/jobs/[jobId]/…), so it holds types and limits only: no React, no server code.

/** Where a memory unit came from: a confirmed segment of an article, or an imported TMX file. */
export type MemoryOrigin = {
  kind: "segment" | "tmx_import";
  articleTitle: string | null;
  articleSlug: string | null;
  translatorName: string | null;
  /** ISO 8601. */
  date: string;
  /** The TMX unit's note, for imported units. */
  note: string | null;
};

/** One unit of the memory as a concordance search finds it. Texts keep their placeholder tags. */
export type MemoryUnit = {
  unitId: number;
  sourceText: string;
  /** For a match: tags already renumbered to the current segment's tags. */
  targetText: string;
  /** A reviewer approved this translation. */
  reviewed: boolean;
  origin: MemoryOrigin;
};

/** A unit matching the current segment, with how closely its source matches. */
export type MemoryMatch = MemoryUnit & {
  /** CONTEXT_MATCH_SCORE, EXACT_MATCH_SCORE, or 50–99 for a fuzzy match. */
  score: number;
};

/** GET /api/jobs/{jobId}/segments/{segmentId}/matches: best first, at most MAX_MATCHES. */
export type MatchesResponse = { matches: MemoryMatch[] };

/** GET /api/jobs/{jobId}/concordance?q=…: at most MAX_CONCORDANCE_RESULTS. */
export type ConcordanceResponse = { results: MemoryUnit[] };

export const MAX_MATCHES = 5;
export const MAX_CONCORDANCE_RESULTS = 20;
/** The same source, and the same sentences before and after it. */
export const CONTEXT_MATCH_SCORE = 101;
export const EXACT_MATCH_SCORE = 100;
