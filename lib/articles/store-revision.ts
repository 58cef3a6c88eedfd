// Writes a parsed source as a revision with its segments; shared by first import and re-import.
import { createHash } from "node:crypto";
import type { Tx } from "@/db/client";
import { segments, sourceRevisions } from "@/db/schema";
import type { SegmentedDocument } from "../segmentation/document";

export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

export type StoredRevision = { revisionId: number; segmentIds: number[] };

export function storeRevision(
  tx: Tx,
  input: {
    articleId: number;
    number: number;
    content: string;
    document: SegmentedDocument;
    importedById: number;
    /** For each new segment, the segment of the previous revision it continues, if any. */
    previousSegmentIds?: (number | null)[];
  },
): StoredRevision {
  const revision = tx
    .insert(sourceRevisions)
    .values({
      articleId: input.articleId,
      number: input.number,
      format: input.document.format,
      content: input.content,
      contentHash: sha256(input.content),
      importWarnings: input.document.warnings,
      importedById: input.importedById,
    })
    .returning({ id: sourceRevisions.id })
    .get();
  const segmentIds = input.document.segments.map(
    (segment, index) =>
      tx
        .insert(segments)
        .values({
          revisionId: revision.id,
          position: segment.position,
          blockIndex: segment.blockIndex,
          blockKind: segment.kind,
          sourceText: segment.text,
          tags: segment.tags,
          sourceHash: sha256(segment.text),
          wordCount: segment.words,
          previousSegmentId: input.previousSegmentIds?.[index] ?? null,
        })
        .returning({ id: segments.id })
        .get().id,
  );
  return { revisionId: revision.id, segmentIds };
}
