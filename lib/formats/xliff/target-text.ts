// Between XLIFF inline content and Tandem's text with placeholder tags ("See the <1>report</1>.").
// Both directions go through one canonical form, so a target nobody touched in the CAT tool reads
// back as exactly the text that was exported, even a draft whose tags Tandem had to repair.
import {
  closeTag,
  escapeLiteralText,
  openTag,
  parseTaggedText,
  selfTag,
  type TagToken,
} from "../../segmentation/tagged-text";
import type { InlineTag, RenderProblem } from "../../segmentation/types";
import { message, type Message } from "../../validation/message";
import type { XliffToken } from "./read-inline";

/** Tandem's tag ids are small positive numbers; "01" or "a" is not one of them. */
const TAG_ID = /^[1-9]\d{0,3}$/;

function taggedTextOf(tokens: readonly TagToken[]): string {
  return tokens
    .map((token) => {
      switch (token.type) {
        case "text":
          // Literal text that looks like a tag stays text: "\<1>".
          return escapeLiteralText(token.value);
        case "open":
          return openTag(token.id);
        case "close":
          return closeTag(token.id);
        case "self":
          return selfTag(token.id);
      }
    })
    .join("");
}

/** A stored text as the export writes it: what an untouched target must read back as. */
export function canonicalText(text: string, tags: readonly InlineTag[]): string {
  return taggedTextOf(parseTaggedText(text, tags).tokens);
}

const PROBLEM_KEYS: Record<RenderProblem["code"], string> = {
  missing_tag: "xliff:refused.missingTag",
  unknown_tag: "xliff:refused.unknownTag",
  unbalanced_tag: "xliff:refused.unbalancedTag",
  duplicate_tag: "xliff:refused.duplicateTag",
  missing_translation: "xliff:refused.missingTag",
};

/**
 * A target read from the file as tagged text, and every way its tags differ from the segment's:
 * a tag missing, unknown, twice, or closed across another. Moved tags are fine.
 */
export function targetText(
  tokens: readonly XliffToken[],
  tags: readonly InlineTag[],
  unitId: string,
): { text: string; problems: Message[] } {
  const problems: Message[] = [];
  const numbered = tokens.flatMap((token): TagToken[] => {
    if (token.type === "text") return [token];
    if (TAG_ID.test(token.id)) return [{ type: token.type, id: Number(token.id) }];
    problems.push(message("xliff:refused.unknownTag", { unit: unitId, tag: token.id || "-" }));
    return [];
  });
  const text = taggedTextOf(numbered);
  // An emptied target has no tags to check: it clears the translation.
  if (text.trim() !== "") {
    for (const problem of parseTaggedText(text, tags).problems) {
      problems.push(message(PROBLEM_KEYS[problem.code], { unit: unitId, tag: problem.tagId ?? "-" }));
    }
  }
  return { text, problems };
}
