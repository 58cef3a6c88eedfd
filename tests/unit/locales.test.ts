import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NAMESPACES } from "@/lib/i18n/namespaces";
import { resources } from "@/lib/i18n/resources";
import { UI_LANGUAGES } from "@/lib/i18n/settings";

const LOCALES = path.join(process.cwd(), "locales");

/** Flattened keys; plural forms (_one, _other, …) count as their base key. */
function keysOf(bundle: unknown, prefix = ""): string[] {
  return Object.entries(bundle as Record<string, unknown>).flatMap(([key, value]) =>
    typeof value === "object" && value !== null
      ? keysOf(value, `${prefix}${key}.`)
      : [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, "")}`],
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("UI strings", () => {
  it("has a file per namespace for every UI language, and nothing else", () => {
    for (const lng of UI_LANGUAGES) {
      expect(readdirSync(path.join(LOCALES, lng)).sort()).toEqual(NAMESPACES.map((ns) => `${ns}.json`).sort());
    }
  });

  it.each(UI_LANGUAGES.filter((lng) => lng !== "en"))("%s has every key English has, and no stale ones", (lng) => {
    for (const ns of NAMESPACES) {
      const english = new Set(keysOf(resources.en[ns]));
      const other = new Set(keysOf(resources[lng][ns]));
      expect(
        [...english].filter((key) => !other.has(key)),
        `${lng}/${ns}.json lacks`,
      ).toEqual([]);
      expect(
        [...other].filter((key) => !english.has(key)),
        `${lng}/${ns}.json has extra`,
      ).toEqual([]);
    }
  });

  it("keeps every interpolation of a string in its translations", () => {
    const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    for (const lng of UI_LANGUAGES) {
      for (const ns of NAMESPACES) {
        const file = JSON.parse(readFileSync(path.join(LOCALES, lng, `${ns}.json`), "utf8")) as unknown;
        const english = JSON.parse(readFileSync(path.join(LOCALES, "en", `${ns}.json`), "utf8")) as unknown;
        const walk = (a: unknown, b: unknown, at: string) => {
          if (typeof a === "string" && typeof b === "string") {
            expect(variables(b), `${lng}/${ns}.json ${at}`).toEqual(variables(a));
          } else if (a && b && typeof a === "object" && typeof b === "object") {
            for (const key of Object.keys(a)) walk((a as never)[key], (b as never)[key], `${at}.${key}`);
          }
        };
        walk(english, file, "");
      }
    }
  });

  it("has an English string for every message key the domain can return", () => {
    const used = new Set<string>();
    for (const file of sourceFiles(path.join(process.cwd(), "lib"))) {
      for (const match of readFileSync(file, "utf8").matchAll(
        /"((?:validation|auth|common|workflow|manage|editor|work):[\w.]+)"/g,
      ))
        used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(5);
    const known = new Set(NAMESPACES.flatMap((ns) => keysOf(resources.en[ns]).map((key) => `${ns}:${key}`)));
    expect([...used].filter((key) => !known.has(key))).toEqual([]);
  });
});
