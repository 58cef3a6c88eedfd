import type { InlineTag } from "@/db/json-shapes";
import { parseTaggedText } from "../segmentation/tagged-text";
import type { RenderProblem } from "../segmentation/types";

/** What is wrong with a translation's tags compared with its source segment's; empty when nothing. */
export function tagProblems(text: string, tags: readonly InlineTag[]): Omit<RenderProblem, "segmentId">[] {
  if (tags.length === 0 && !/<\/?\d/.test(text)) return [];
  return parseTaggedText(text, tags).problems;
}
