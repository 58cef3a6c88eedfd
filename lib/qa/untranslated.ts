import { message } from "../validation/message";
import { collapseWhitespace, lowerCase } from "./prepare";
import type { QaCheck } from "./types";

/** At least two words with letters: a lone name, code or figure is often right left as it is. */
function hasWords(text: string): boolean {
  return text.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length >= 2;
}

/** The source copied into the translation and not translated. */
export const untranslatedCheck: QaCheck = {
  id: "untranslated",
  severity: "warning",
  run: ({ sourcePlain, targetPlain, targetBase }) => {
    const source = collapseWhitespace(sourcePlain);
    if (!hasWords(source)) return [];
    const same = lowerCase(collapseWhitespace(targetPlain), targetBase) === lowerCase(source, targetBase);
    return same ? [message("qa:untranslated.message")] : [];
  },
};
