// The TMX code returns and shows message keys, never English; each must have a string in every UI
// language (tests/unit/locales.test.ts checks the languages agree; this checks the code's keys exist).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TMX_SKIP_REASONS } from "@/lib/formats/tmx/import-report";
import { resources } from "@/lib/i18n/resources";
import { UI_LANGUAGES } from "@/lib/i18n/settings";

const root = process.cwd();
const SOURCES = [
  ...readdirSync(path.join(root, "lib", "formats", "tmx")).map((name) => path.join("lib", "formats", "tmx", name)),
  path.join("lib", "validation", "tmx-schemas.ts"),
  ...readdirSync(path.join(root, "app", "[lng]", "manage", "memory"), { recursive: true, encoding: "utf8" })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => path.join("app", "[lng]", "manage", "memory", name)),
];

function keysInCode(): string[] {
  const keys = new Set<string>();
  for (const file of SOURCES) {
    for (const match of readFileSync(path.join(root, file), "utf8").matchAll(/"(tmx:[\w.]+)"/g)) keys.add(match[1]!);
  }
  for (const reason of TMX_SKIP_REASONS) keys.add(`tmx:import.skipped.${reason}`);
  return [...keys];
}

function hasString(bundle: unknown, key: string): boolean {
  const [head, ...rest] = key.split(".");
  const value = (bundle as Record<string, unknown>)[head!];
  if (rest.length === 0) return typeof value === "string" && value.trim() !== "";
  return typeof value === "object" && value !== null && hasString(value, rest.join("."));
}

describe("TMX messages", () => {
  it.each(UI_LANGUAGES)("has a %s string for every key the TMX code uses", (lng) => {
    const keys = keysInCode();
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.filter((key) => !hasString(resources[lng].tmx, key.replace("tmx:", "")))).toEqual([]);
  });
});
