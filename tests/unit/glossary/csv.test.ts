// The CSV reader and writer: RFC 4180, and the files spreadsheet programs really write.
import { describe, expect, it } from "vitest";
import { formatCsv, parseCsv } from "@/lib/glossary/csv";

const fieldsOf = (text: string) => {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(`unexpected ${parsed.error.code}`);
  return parsed.records.map((record) => record.fields);
};

describe("reading CSV", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks inside", () => {
    expect(fieldsOf('a,"b, c","say ""hi""","two\r\nlines",""\r\nx,y,z,w,v\r\n')).toEqual([
      ["a", "b, c", 'say "hi"', "two\r\nlines", ""],
      ["x", "y", "z", "w", "v"],
    ]);
  });

  it("accepts LF or CR line ends, a byte-order mark, and a last line without a line break", () => {
    expect(fieldsOf("\uFEFFterm,translation\nvolunteer,voluntario\rwater,agua")).toEqual([
      ["term", "translation"],
      ["volunteer", "voluntario"],
      ["water", "agua"],
    ]);
  });

  it("keeps empty fields and blank lines as records, and adds none for a final line break", () => {
    expect(fieldsOf(",,\r\n\r\na\r\n")).toEqual([["", "", ""], [""], ["a"]]);
    expect(fieldsOf("")).toEqual([]);
  });

  it("tells the line each record starts on, counting line breaks inside quotes", () => {
    const parsed = parseCsv('h1,h2\r\n"multi\nline\nnote",x\r\nnext,y\r\n');
    expect(parsed.ok && parsed.records.map((record) => record.line)).toEqual([1, 2, 5]);
  });

  it("keeps a quote inside an unquoted field as text", () => {
    expect(fieldsOf('5" screen,ok')).toEqual([['5" screen', "ok"]]);
  });

  it("refuses a quoted field never closed, or text after a closing quote, with the line", () => {
    expect(parseCsv('a,b\r\nc,"open\r\nstill open')).toEqual({ ok: false, error: { code: "unclosed_quote", line: 2 } });
    expect(parseCsv('a\r\n"quoted"text,b')).toEqual({ ok: false, error: { code: "text_after_quote", line: 2 } });
  });
});

describe("writing CSV", () => {
  it("quotes only what needs it and ends every record with CRLF", () => {
    expect(formatCsv([["plain", "with, comma", 'with "quote"', "two\nlines", " edge ", ""]])).toBe(
      'plain,"with, comma","with ""quote""","two\nlines"," edge ",\r\n',
    );
  });

  it("reads back exactly what it wrote, whatever the content", () => {
    const rows = [
      ["term", "translation", "note"],
      ["non-governmental organisation", "organización no gubernamental", 'Say "ONG", never "NGO".'],
      ["café, bar", "café, bar", "Line one\r\nLine two\nLine three"],
      ["volunteer", "متطوع", "يكتب من اليمين إلى اليسار"],
      ["志愿者", "volunteer", ""],
      ['"', '""', ","],
      ["  spaced  ", "\ttab", "emoji 🌱"],
    ];
    expect(fieldsOf(formatCsv(rows))).toEqual(rows);
  });
});
