// Writes translated text into Markdown so it stays text: a volunteer's "*" or "[" must not turn
// into emphasis or a link on the published page.

/** Escapes characters that would start Markdown or HTML syntax inside a line. */
export function escapeMarkdownText(text: string, { inTable = false } = {}): string {
  let out = "";
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    const next = text[index + 1] ?? "";
    const previous = text[index - 1] ?? "";
    if (char === "\\" || char === "`" || char === "*" || char === "[" || char === "]" || char === "~") {
      out += `\\${char}`;
    } else if (char === "_" && !(isWordCharacter(previous) && isWordCharacter(next))) {
      // Inside a word (snake_case) an underscore cannot open emphasis.
      out += "\\_";
    } else if (char === "<" && /[A-Za-z/!?]/.test(next)) {
      out += "\\<";
    } else if (char === "&" && /^&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(text.slice(index))) {
      out += "\\&";
    } else if (char === "|" && inTable) {
      out += "\\|";
    } else out += char;
  }
  return out;
}

function isWordCharacter(char: string): boolean {
  return /[\p{L}\p{N}]/u.test(char);
}

/**
 * Escapes what would change the kind of block at the start of a line: "# " (heading), "- " or "1. "
 * (list), ">" (quote), and a line of "=" or "-" under a paragraph (setext heading).
 */
export function escapeLineStart(line: string): string {
  const match = /^(\s*)(#{1,6}(?=\s|$)|[-+*](?=\s|$)|\d{1,9}(?=[.)](\s|$))|>|=+\s*$|-+\s*$)/.exec(line);
  if (!match) return line;
  const indent = match[1]!;
  const rest = line.slice(indent.length);
  return /^\d/.test(rest) ? indent + rest.replace(/^(\d+)([.)])/, "$1\\$2") : `${indent}\\${rest}`;
}
