// CSV as RFC 4180 describes it, both ways, written here because the rules are short and an import
// must report the line of every record. Reading is lenient where real files differ from the RFC:
// LF or CR alone end a record as CRLF does, a byte-order mark is skipped, and a quote inside an
// unquoted field is kept as text. What cannot be read without guessing is refused: a quoted field
// never closed, or text after a field's closing quote.

/** A record and the line of the file it starts on (1-based), so a report can point at it. */
export type CsvRecord = { line: number; fields: string[] };

export type CsvSyntaxError = { code: "unclosed_quote" | "text_after_quote"; line: number };

export type CsvParseResult = { ok: true; records: CsvRecord[] } | { ok: false; error: CsvSyntaxError };

const BOM = "\uFEFF";

/** Every record of the text. A blank line is a record with one empty field; a final line break adds none. */
export function parseCsv(text: string): CsvParseResult {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let index = 0;
  // True once anything of the current record was read: tells "a last line without a line break"
  // from "nothing after the last line break".
  let started = false;

  const endField = () => {
    fields.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    records.push({ line: recordLine, fields });
    fields = [];
    started = false;
  };
  /** Length of the line break at `at` (CRLF, LF or CR), or 0. */
  const lineBreak = (at: number) =>
    source[at] === "\r" ? (source[at + 1] === "\n" ? 2 : 1) : source[at] === "\n" ? 1 : 0;

  while (index < source.length) {
    if (!started) recordLine = line;
    started = true;
    if (source[index] === '"' && field === "") {
      // A quoted field: runs to the quote that is not doubled, across commas and line breaks.
      const openedOn = line;
      index += 1;
      for (;;) {
        if (index >= source.length) return { ok: false, error: { code: "unclosed_quote", line: openedOn } };
        const char = source[index]!;
        if (char === '"') {
          if (source[index + 1] === '"') {
            field += '"';
            index += 2;
            continue;
          }
          index += 1;
          break;
        }
        const breakLength = lineBreak(index);
        if (breakLength > 0) {
          field += source.slice(index, index + breakLength);
          index += breakLength;
          line += 1;
          continue;
        }
        field += char;
        index += 1;
      }
      const after = lineBreak(index);
      if (index < source.length && source[index] !== "," && after === 0) {
        return { ok: false, error: { code: "text_after_quote", line } };
      }
    }
    if (index >= source.length) break;
    const breakLength = lineBreak(index);
    if (breakLength > 0) {
      endRecord();
      index += breakLength;
      line += 1;
    } else if (source[index] === ",") {
      endField();
      index += 1;
    } else {
      field += source[index];
      index += 1;
    }
  }
  if (started) endRecord();
  return { ok: true, records };
}

/** Quoted when a spreadsheet could misread it: separators, quotes, line breaks, edge spaces. */
function formatField(value: string): string {
  return /[",\r\n]|^\s|\s$/u.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** CSV text of the rows, CRLF after every record as RFC 4180 writes it. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(formatField).join(",")}\r\n`).join("");
}
