// The public shapes of the segmentation engine: what an imported document is made of.
import type { BlockKind, SourceFormat } from "@/db/enums";
import type { InlineTag } from "@/db/json-shapes";

export type { ImportWarning, ImportWarningCode, InlineTag, InlineTagKind } from "@/db/json-shapes";

/** A translatable sentence (or image description) of the document, in document order. */
export type SourceSegment = {
  /** Stable within one parse of one source: "s1", "s2", ... in document order. */
  id: string;
  /** 0-based position in the document. */
  position: number;
  /** Index of the block (paragraph, heading, cell...) the segment belongs to. */
  blockIndex: number;
  kind: BlockKind;
  /** The sentence with numbered placeholder tags, whitespace collapsed. */
  text: string;
  tags: InlineTag[];
  words: number;
};

/** A problem found while putting a translation back into the document. Rendering never throws on these. */
export type RenderProblem = {
  segmentId: string;
  code: "missing_translation" | "missing_tag" | "unknown_tag" | "unbalanced_tag" | "duplicate_tag";
  tagId?: number;
};

export type OutputFormat = SourceFormat;
