// The XLIFF code returns message keys as data ("xliff:refused.otherJob"); each must have a string in
// every UI language, or a refused file would show a raw key. tests/unit/locales.test.ts checks that
// the four languages have the same keys; this checks that the code's keys are among them.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resources } from "@/lib/i18n/resources";
import { UI_LANGUAGES } from "@/lib/i18n/settings";

const FOLDER = path.join(process.cwd(), "lib", "formats", "xliff");

/** Keys as i18next finds them: a plural key exists through its _one/_other forms. */
function hasKey(bundle: unknown, key: string): boolean {
  const [head, ...rest] = key.split(".");
  const node = bundle as Record<string, unknown>;
  if (rest.length === 0) return typeof node[head!] === "string" || typeof node[`${head}_other`] === "string";
  return typeof node[head!] === "object" && node[head!] !== null && hasKey(node[head!], rest.join("."));
}

describe("XLIFF messages", () => {
  it("has a string in every UI language for every message key the XLIFF code can return", () => {
    const used = new Set<string>();
    for (const name of readdirSync(FOLDER)) {
      const source = readFileSync(path.join(FOLDER, name), "utf8");
      for (const match of source.matchAll(/"xliff:(\w+\.\w+)"/g)) used.add(match[1]!);
      for (const match of source.matchAll(/refuse\("(\w+)"/g)) used.add(`refused.${match[1]}`);
    }
    expect(used.size).toBeGreaterThan(15);
    for (const lng of UI_LANGUAGES) {
      expect(
        [...used].filter((key) => !hasKey(resources[lng].xliff, key)),
        lng,
      ).toEqual([]);
    }
  });
});
