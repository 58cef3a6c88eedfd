// Shared helpers of the TMX tests: fixture files, files fed in chunks of a chosen size, the memory's
// units as plain rows, and the external readers (xmllint, translate-toolkit) on temporary files.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { asc } from "drizzle-orm";
import { afterAll } from "vitest";
import type { Db } from "@/db/client";
import { tmUnits } from "@/db/schema";

export const DTD = path.join(process.cwd(), "tests", "fixtures", "schemas", "tmx-1.4b", "tmx14.dtd");

export function fixture(name: string): Buffer {
  return readFileSync(path.join(__dirname, "fixtures", name));
}

/** The bytes as a stream of chunks of `size` bytes, as a socket or a file would deliver them. */
export function chunked(bytes: Uint8Array | string, size = 64 * 1024): Readable {
  const all = typeof bytes === "string" ? Buffer.from(bytes) : Buffer.from(bytes);
  return Readable.from(
    (function* () {
      for (let start = 0; start < all.length; start += size) yield all.subarray(start, start + size);
    })(),
  );
}

export function unitsOf(db: Db) {
  return db
    .select({
      sourceLanguage: tmUnits.sourceLanguage,
      targetLanguage: tmUnits.targetLanguage,
      sourceText: tmUnits.sourceText,
      targetText: tmUnits.targetText,
      origin: tmUnits.origin,
      reviewed: tmUnits.reviewed,
      originNote: tmUnits.originNote,
      createdAt: tmUnits.createdAt,
      updatedAt: tmUnits.updatedAt,
    })
    .from(tmUnits)
    .orderBy(asc(tmUnits.id))
    .all();
}

/** A folder for files the external tools read, removed after the test file. */
export function scratchFolder(): (name: string, content: string) => string {
  const dir = mkdtempSync(path.join(tmpdir(), "tandem-tmx-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name, content) => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    return file;
  };
}

/** xmllint's verdict on the file against the TMX 1.4b DTD: "" when valid, its complaints otherwise. */
export function dtdProblems(file: string): string {
  try {
    execFileSync("xmllint", ["--noout", "--nowarning", "--dtdvalid", DTD, file], { stdio: "pipe" });
    return "";
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

/** The units as translate-toolkit's TMX reader sees them (Debian's Python, which has the module). */
export function translateToolkitUnits(file: string): { source: string; target: string }[] {
  const script = [
    "import json, sys",
    "from translate.storage import tmx",
    "store = tmx.tmxfile.parsefile(sys.argv[1])",
    "print(json.dumps([{'source': u.source, 'target': u.target} for u in store.units]))",
  ].join("\n");
  return JSON.parse(execFileSync("/usr/bin/python3", ["-c", script, file], { encoding: "utf8" })) as {
    source: string;
    target: string;
  }[];
}
