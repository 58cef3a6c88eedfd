// Repetitions: an article often says the same sentence twice (a slogan, "Read more.", a caption
// repeated under two photos). Once one is confirmed, the others that nobody has started are offered
// the same translation.
import type { InlineTag } from "@/db/json-shapes";

export type RepetitionSegment = { id: number; source: string; tags: readonly InlineTag[] };
export type RepetitionTranslation = { text: string; status: string };

/** Tags with the same numbers but of another kind (a link here, bold there) make a different sentence. */
const tagShape = (tags: readonly InlineTag[]) => tags.map((tag) => `${tag.id}:${tag.kind}:${tag.paired}`).join(",");

/**
 * The other segments with exactly the same source (text and tags) as `segmentId` whose translation
 * is still empty, in document order. Approved segments are the reviewer's and never offered.
 */
export function repetitionsOf(
  segmentId: number,
  segments: readonly RepetitionSegment[],
  translations: ReadonlyMap<number, RepetitionTranslation>,
): number[] {
  const original = segments.find((segment) => segment.id === segmentId);
  if (!original) return [];
  const shape = tagShape(original.tags);
  return segments
    .filter((segment) => {
      if (segment.id === segmentId || segment.source !== original.source) return false;
      const translation = translations.get(segment.id);
      return (
        translation !== undefined &&
        translation.text.trim() === "" &&
        translation.status !== "approved" &&
        tagShape(segment.tags) === shape
      );
    })
    .map((segment) => segment.id);
}
