import type { SerializableComment } from "@/app/_components/comment-thread";
import type { InlineTag } from "@/db/json-shapes";
import type { BlockKind, ErrorCategory, ErrorSeverity, SegmentStatus } from "@/db/enums";
import type { QaDismissal } from "@/lib/qa/dismissals";

/** One segment as the editor holds it in the browser. */
export type EditorSegment = {
  id: number;
  position: number;
  kind: BlockKind;
  source: string;
  tags: InlineTag[];
  words: number;
  previousSource: string | null;
  /** The segment this one continues after a source update: text kept in the browser under it is its. */
  previousId: number | null;
  rejection: { body: string; category: ErrorCategory | null; severity: ErrorSeverity | null } | null;
  /** Quality-check warnings the translator dismissed, each for the text it was dismissed for. */
  dismissedWarnings: QaDismissal[];
  /** The segment's comment thread, oldest first; absent when the user may not read comments. */
  comments?: SerializableComment[];
};

/** The translation of a segment: what the user sees, and the server version it is based on. */
export type TranslationState = { text: string; status: SegmentStatus; version: number };

/** What the server answers a save with, and holds in a conflict. */
export type ServerSegment = TranslationState & { segmentId: number; authorName: string | null };

/** A change not yet confirmed by the server; kept in localStorage so nothing typed is ever lost. */
export type PendingChange = { text: string; status: "draft" | "translated"; baseVersion: number };

export type Conflict = { mine: string; theirs: ServerSegment };

/** After a confirmation: the segments with the same source, still empty, that may take its translation. */
export type RepetitionOffer = { segmentId: number; text: string; targets: number[] };
