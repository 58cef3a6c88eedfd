import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getT } from "@/lib/i18n/server";
import { UI_LANGUAGES } from "@/lib/i18n/settings";

/** Every "admin:" message key the domain can return; the shared locales test covers other namespaces. */
function adminKeysInLib(): string[] {
  const dir = path.join(process.cwd(), "lib", "admin");
  return readdirSync(dir).flatMap((file) =>
    [...readFileSync(path.join(dir, file), "utf8").matchAll(/"(admin:[\w.]+)"/g)].map((match) => match[1]!),
  );
}

describe("administrators' messages", () => {
  it.each(UI_LANGUAGES)("has a %s string for every message the admin use-cases return", (lng) => {
    const keys = adminKeysInLib();
    expect(keys.length).toBeGreaterThan(3);
    const t = getT(lng);
    for (const key of keys) expect(t(key as never), key).not.toBe(key.replace("admin:", ""));
  });
});
