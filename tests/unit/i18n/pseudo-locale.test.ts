import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { users } from "@/db/schema";
import { formatDue, formatRelativeTime } from "@/app/_lib/format";
import { rememberUiLanguage } from "@/lib/accounts/remember-ui-language";
import { loadActor } from "@/lib/auth/actor";
import { pseudoBundle, pseudoize } from "@/lib/i18n/pseudo";
import { resources } from "@/lib/i18n/resources";
import { getT } from "@/lib/i18n/server";
import { isUiLanguage, UI_LANGUAGES } from "@/lib/i18n/settings";
import { languageName } from "@/lib/languages";
import { makeUser } from "../support/factories";
import { createTestDb } from "../support/test-db";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the pseudo-locale", () => {
  it("accents every letter and wraps the string, keeping what i18next reads", () => {
    expect(pseudoize("Hello {{name}}, see <1>the guide</1> and $t(common:appName)")).toBe(
      "⟦Ĥéļļó {{name}}, šéé <1>ţĥé ĝúíðé</1> áñð $t(common:appName)⟧",
    );
    expect(pseudoize("")).toBe("");
    expect(pseudoBundle({ a: { b: "Save", c_one: "{{count}} word" } })).toEqual({
      a: { b: "⟦Šáṽé⟧", c_one: "⟦{{count}} ŵóŕð⟧" },
    });
  });

  it("is a page language only when the server is started for it, and is never offered", () => {
    expect(isUiLanguage("qps")).toBe(false);
    vi.stubEnv("TANDEM_PSEUDO_LOCALE", "1");
    expect(isUiLanguage("qps")).toBe(true);
    expect(UI_LANGUAGES).not.toContain("qps");
  });

  it("translates with interpolation and plurals, and names languages in it", () => {
    const t = getT("qps");
    expect(t("dashboard:greeting", { name: "Amara" })).toContain("Amara");
    expect(t("dashboard:greeting", { name: "Amara" })).toMatch(/^⟦.*⟧$/);
    expect(languageName("es", "qps")).toBe("⟦Šþáñíšĥ⟧");
    expect(Object.keys(resources.qps)).toEqual(Object.keys(resources.en));
  });

  it("formats dates and relative times through Intl in English, pseudoized", () => {
    const now = new Date("2026-11-28T10:00:00Z");
    expect(formatRelativeTime(new Date("2026-11-29T09:00:00Z"), now, "qps")).toBe("⟦íñ 23 ĥóúŕš⟧");
    expect(formatDue(now, "qps")).toMatch(/^⟦Ñóṽ 28, 2026.*⟧$/);
    expect(formatRelativeTime(new Date("2026-11-29T09:00:00Z"), now, "fr")).toBe("dans 23 heures");
  });
});

describe("the UI language kept for e-mail", () => {
  it("is the language of the first page opened signed in, until the person chooses", async () => {
    const db = createTestDb();
    const user = await makeUser(db);
    const stored = () => db.select({ lng: users.uiLanguage }).from(users).where(eq(users.id, user.id)).get()?.lng;
    expect(stored()).toBeNull();
    rememberUiLanguage(db, user, "qps");
    expect(stored()).toBeNull();
    rememberUiLanguage(db, user, "ar");
    expect(stored()).toBe("ar");
    rememberUiLanguage(db, loadActor(db, user.id)!, "fr");
    expect(stored()).toBe("ar");
  });
});
