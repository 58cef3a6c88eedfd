// Character classes shared by every part of the splitter. Single-character tests only: callers scan
// text themselves, so nothing here can backtrack.

/** End a sentence only when whitespace (or the end of the text) follows, as in Latin or Cyrillic script. */
export const SPACED_TERMINATORS = ".!?…‼⁇⁈⁉‽";
/** Full-width CJK terminators: the next sentence follows with no space. "．" is also a CJK decimal point. */
export const UNSPACED_TERMINATORS = "。！？．｡";
/** Arabic question mark. */
export const ARABIC_QUESTION_MARK = "؟";
/** Arabic comma: Arabic prose often strings clauses together with it where English would use a period. */
export const ARABIC_COMMA = "،";

/** Marks that may close a quotation or parenthesis right after a terminator and belong to that sentence. */
const CLOSERS = new Set([..."\"'”’“‘»«›‹)]}）］｝」』】〕〉》〗⟩"]);
/** Marks that may open the next sentence before its first word ("¿Cómo", "«Ninguna", "(He"). */
const OPENERS = new Set([..."\"'“‘„‚«»‹›([{（［｛「『【〔〈《〖⟨¿¡"]);
/** Marks that start a list item. */
const BULLETS = new Set([..."•⁃◦▪‣"]);
/** Marks after which a sentence goes on: a clause separator, not a new sentence. */
const CONTINUING = new Set([..."，、；：,;:—–"]);
/** Space that may sit between a terminator and a closing quote in French typography. */
const NARROW_SPACES = new Set(["\u00a0", "\u202f", "\u2009"]);

/** U+FFFC stands for an inline object (image, inline code): a word of its own, never an abbreviation. */
export const OBJECT_REPLACEMENT = "\ufffc";

const LETTER = /\p{L}/u;
const UPPER = /[\p{Lu}\p{Lt}]/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;

/** The same set as String.prototype.trim and /\s/, so spans and their trimming agree. */
export function isWhitespace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 160) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export function isNewline(ch: string | undefined): boolean {
  return ch === "\n" || ch === "\r" || ch === "\u2028" || ch === "\u2029";
}

/** Space or tab: the whitespace that can sit inside a line. */
export function isInlineSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\t" || (ch !== undefined && NARROW_SPACES.has(ch));
}

export function isNarrowSpace(ch: string | undefined): boolean {
  return ch !== undefined && NARROW_SPACES.has(ch);
}

export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(ch);
}

export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(ch);
}

export function isLower(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return LOWER.test(ch);
}

/** Decimal digits of any script, including full-width "３". */
export function isDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 48 && code <= 57;
  return DIGIT.test(ch);
}

/** Letters, digits and inline objects: what a sentence needs at least one of. */
export function isContent(ch: string | undefined): boolean {
  return isLetter(ch) || isDigit(ch) || ch === OBJECT_REPLACEMENT;
}

export function isCloser(ch: string | undefined): boolean {
  return ch !== undefined && CLOSERS.has(ch);
}

export function isOpener(ch: string | undefined): boolean {
  return ch !== undefined && OPENERS.has(ch);
}

export function isBullet(ch: string | undefined): boolean {
  return ch !== undefined && BULLETS.has(ch);
}

export function isContinuingPunctuation(ch: string | undefined): boolean {
  return ch !== undefined && CONTINUING.has(ch);
}

/** Characters that may be part of a word read after a candidate boundary ("Michael's", "e-mail", "３０日"). */
export function isWordCharacter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (isLetter(ch) || isDigit(ch) || ch === OBJECT_REPLACEMENT) return true;
  return ch === "'" || ch === "’" || ch === "-" || /\p{M}/u.test(ch);
}
