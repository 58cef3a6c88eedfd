import { plainText } from "../segmentation/tagged-text";
import { baseLanguage } from "../segmentation/sentences/language-tag";
import type { PreparedSegment, QaContext } from "./types";

/** The context with the reader's texts and base languages worked out once for all checks. */
export function prepareSegment(context: QaContext): PreparedSegment {
  return {
    ...context,
    sourcePlain: plainText(context.source),
    targetPlain: plainText(context.target),
    sourceBase: baseLanguage(context.sourceLanguage),
    targetBase: baseLanguage(context.targetLanguage),
  };
}

/** Whitespace runs of any kind (no-break spaces included) as one space, ends trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** Lower case by the language's rules (Turkish İ), or the default rules for a tag Intl rejects. */
export function lowerCase(text: string, language: string): string {
  try {
    return text.toLocaleLowerCase(language || undefined);
  } catch {
    return text.toLowerCase();
  }
}
