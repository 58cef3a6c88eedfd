import type { SerializableComment } from "@/app/_components/comment-thread";
import { groupBySegment, type CommentView } from "@/lib/comments/list-comments";

/**
 * The job's comments as the page shows them: each segment's thread, including what was said on the
 * sentence it continues from before the last source update; the rest (the whole job's, and those on
 * sentences a source update removed) in the job's discussion, so nothing said is hidden.
 */
export function commentThreads(
  comments: CommentView[],
  segments: { id: number; previousSegmentId: number | null }[],
): { job: SerializableComment[]; bySegment: Map<number, SerializableComment[]> } {
  const shownOn = new Map<number, number>();
  for (const segment of segments) {
    shownOn.set(segment.id, segment.id);
    if (segment.previousSegmentId !== null) shownOn.set(segment.previousSegmentId, segment.id);
  }
  return groupBySegment(
    comments.map((comment) => ({
      ...comment,
      segmentId: comment.segmentId === null ? null : (shownOn.get(comment.segmentId) ?? null),
      createdAt: comment.createdAt.toISOString(),
    })),
  );
}
