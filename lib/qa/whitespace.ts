// Spaces a reader does not see in the editor but does see on the page: a stray space before a
// sentence, or two spaces where one belongs.
import { message, type Message } from "../validation/message";
import type { QaCheck } from "./types";

const LEADING = /^\s/u;
const TRAILING = /\s$/u;
/** Two or more horizontal spaces of any kind; a tag between two spaces keeps them apart. */
const DOUBLE_SPACE = /[^\S\r\n]{2,}/gu;

export const edgeWhitespaceCheck: QaCheck = {
  id: "edge_whitespace",
  severity: "warning",
  run: ({ sourcePlain, targetPlain }) => {
    const messages: Message[] = [];
    const leading = [LEADING.test(sourcePlain), LEADING.test(targetPlain)];
    const trailing = [TRAILING.test(sourcePlain), TRAILING.test(targetPlain)];
    if (leading[0] !== leading[1])
      messages.push(message(leading[1] ? "qa:edge_whitespace.leadingAdded" : "qa:edge_whitespace.leadingMissing"));
    if (trailing[0] !== trailing[1]) {
      messages.push(message(trailing[1] ? "qa:edge_whitespace.trailingAdded" : "qa:edge_whitespace.trailingMissing"));
    }
    return messages;
  },
};

/** Runs of spaces, counted in the tagged text: "a <1/> b" keeps one space on each side of the tag. */
function doubleSpaces(text: string): RegExpMatchArray[] {
  return [...text.trim().matchAll(DOUBLE_SPACE)];
}

export const doubleSpaceCheck: QaCheck = {
  id: "double_space",
  severity: "warning",
  run: ({ source, target }) => {
    const found = doubleSpaces(target);
    if (found.length <= doubleSpaces(source).length) return [];
    const trimmed = target.trim();
    return found.map((match) => {
      const before = trimmed.slice(0, match.index).replace(/<\/?\d{1,4}\/?>/g, "");
      const word = before.match(/(\S+)\s*$/u)?.[1] ?? "";
      return word ? message("qa:double_space.after", { word }) : message("qa:double_space.message");
    });
  },
};
