// Escaping for the XML Tandem writes. Any character XML 1.0 cannot hold (a lone surrogate, a
// control character) is handed to `invalid`, since the two XLIFF versions deal with it differently:
// 2.0 has <cp hex>, 1.2 has nothing.

const INVALID_XML_CHARACTER =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** The replacement XLIFF 1.2 uses for a character it cannot hold. */
export const REPLACEMENT_CHARACTER = () => "\uFFFD";

/** Text content: markup characters escaped, and a carriage return kept (a parser would turn it into a line feed). */
export function escapeText(text: string, invalid: (character: string) => string): string {
  return replaceInvalid(text, invalid, (part) =>
    part.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;"),
  );
}

/** An attribute value in double quotes: whitespace other than spaces kept as references (a parser normalizes it). */
export function escapeAttribute(value: string): string {
  return replaceInvalid(value, REPLACEMENT_CHARACTER, (part) =>
    part
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/\t/g, "&#9;")
      .replace(/\n/g, "&#10;")
      .replace(/\r/g, "&#13;"),
  );
}

function replaceInvalid(text: string, invalid: (character: string) => string, escape: (part: string) => string) {
  let result = "";
  let last = 0;
  for (const match of text.matchAll(INVALID_XML_CHARACTER)) {
    result += escape(text.slice(last, match.index)) + invalid(match[0]);
    last = match.index + match[0].length;
  }
  return result + escape(text.slice(last));
}
