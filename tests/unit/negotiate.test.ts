import { describe, expect, it } from "vitest";
import { negotiateLanguage, parseAcceptLanguage } from "@/lib/i18n/negotiate";

describe("UI language negotiation", () => {
  it("orders Accept-Language by quality, then by position", () => {
    expect(parseAcceptLanguage("fr;q=0.5, es-MX, en;q=0.8, de;q=0")).toEqual(["es-mx", "en", "fr"]);
    expect(parseAcceptLanguage("")).toEqual([]);
    expect(parseAcceptLanguage("*")).toEqual([]);
  });

  it.each([
    [undefined, "es-MX,es;q=0.9,en;q=0.5", "es"],
    [undefined, "de-DE,de;q=0.9,es;q=0.8,en;q=0.7", "es"],
    [undefined, "fr-FR", "fr"],
    [undefined, "ar-EG,en;q=0.5", "ar"],
    [undefined, "de-DE", "en"],
    [undefined, null, "en"],
    ["es", "en-US", "es"],
    ["xx", "es", "es"],
    ["en", "es", "en"],
  ])("cookie %s with Accept-Language %s gives %s", (cookie, header, expected) => {
    expect(negotiateLanguage(cookie, header)).toBe(expected);
  });
});
