// What the editor shows of a memory unit.
import type { TmOrigin } from "@/db/enums";

export type TmOriginInfo = {
  kind: TmOrigin;
  articleTitle: string | null;
  articleSlug: string | null;
  /** Who wrote the target text. */
  translatorName: string | null;
  /** When the target text was last set. */
  date: Date;
  /** For imported units: the file or organisation they came from. */
  note: string | null;
};

export type TmMatch = {
  unitId: number;
  /** 101 same sentence in the same context, 100 same sentence, else 50..99 (see match-score.ts). */
  score: number;
  /** The unit's source, tagged text. */
  sourceText: string;
  /** The unit's target, with its tags renumbered to the query segment's (map-tags.ts). */
  targetText: string;
  /** False for a confirmed translation no reviewer has approved yet. */
  reviewed: boolean;
  origin: TmOriginInfo;
};

export type TmConcordanceEntry = Omit<TmMatch, "score">;
