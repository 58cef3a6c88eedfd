// Turns an uploaded file into the glossary's data records, or refuses the whole file: a file that
// is not UTF-8 text, is not CSV, or has another header could only be imported by guessing.
import { ValidationError } from "../errors";
import { GLOSSARY_IMPORT_MAX_BYTES, GLOSSARY_IMPORT_MAX_ROWS } from "../validation/glossary-schemas";
import { message, type Message } from "../validation/message";
import { parseCsv, type CsvRecord } from "./csv";
import { GLOSSARY_CSV_COLUMNS, isGlossaryHeader } from "./csv-columns";

// Control characters other than tab and line breaks: a binary file that happens to decode as UTF-8.
const BINARY_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

const refuse = (msg: Message) => new ValidationError({ file: msg });

function decode(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw refuse(message("glossary:import.notText"));
  }
  if (BINARY_CHARACTER.test(text)) throw refuse(message("glossary:import.notText"));
  return text;
}

const isBlank = (record: CsvRecord) => record.fields.every((field) => field.trim() === "");

/** The data records after the header, blank lines left out; throws a ValidationError on `file`. */
export function readGlossaryFile(bytes: Uint8Array): CsvRecord[] {
  if (bytes.byteLength > GLOSSARY_IMPORT_MAX_BYTES) {
    throw refuse(message("glossary:import.tooLarge", { megabytes: GLOSSARY_IMPORT_MAX_BYTES / 1_000_000 }));
  }
  const parsed = parseCsv(decode(bytes));
  if (!parsed.ok) {
    const key =
      parsed.error.code === "unclosed_quote" ? "glossary:import.unclosedQuote" : "glossary:import.textAfterQuote";
    throw refuse(message(key, { line: parsed.error.line }));
  }
  const [header, ...rows] = parsed.records.filter((record) => !isBlank(record));
  if (!header) throw refuse(message("glossary:import.empty"));
  if (!isGlossaryHeader(header.fields)) {
    throw refuse(message("glossary:import.badHeader", { header: GLOSSARY_CSV_COLUMNS.join(",") }));
  }
  if (rows.length > GLOSSARY_IMPORT_MAX_ROWS) {
    throw refuse(message("glossary:import.tooManyRows", { max: GLOSSARY_IMPORT_MAX_ROWS }));
  }
  return rows;
}
