// The glossary's domain returns message keys as data; each must have an English string.
// (tests/unit/locales.test.ts checks the other namespaces this way.) "glossary:manage" alone is a
// permission, not a message: message keys have a group ("glossary:errors.duplicate").
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resources } from "@/lib/i18n/resources";

const SOURCES = [
  ...readdirSync(path.join(process.cwd(), "lib", "glossary")).map((name) => path.join("lib", "glossary", name)),
  path.join("lib", "validation", "glossary-schemas.ts"),
];

function hasKey(bundle: unknown, key: string): boolean {
  const [head, ...rest] = key.split(".");
  const value = (bundle as Record<string, unknown>)[head!];
  if (rest.length === 0) return typeof value === "string";
  return typeof value === "object" && value !== null && hasKey(value, rest.join("."));
}

describe("glossary messages", () => {
  it("has an English and a Spanish string for every message key the glossary code can return", () => {
    const used = new Set<string>();
    for (const file of SOURCES) {
      for (const match of readFileSync(path.join(process.cwd(), file), "utf8").matchAll(/"glossary:(\w+\.[\w.]+)"/g)) {
        used.add(match[1]!);
      }
    }
    expect(used.size).toBeGreaterThan(10);
    for (const lng of ["en", "es"] as const) {
      expect(
        [...used].filter((key) => !hasKey(resources[lng].glossary, key)),
        lng,
      ).toEqual([]);
    }
  });
});
