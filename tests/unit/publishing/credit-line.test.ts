// The credit line of a publication, written in the translation's language.
import { describe, expect, it } from "vitest";
import { CONTENT_LANGUAGES } from "@/lib/languages";
import { creditLine } from "@/lib/publications/credit-line";

const ONE = { volunteers: ["Christopher Clarke"], reviewer: null };
const TWO = { volunteers: ["Ana López", "Inés Torres"], reviewer: "Marta Ruiz" };
/** Unicode isolates around a left-to-right name in a right-to-left sentence. */
const ltr = (name: string) => `\u2068${name}\u2069`;

describe("the credit line", () => {
  it("thanks one Online Volunteer by name in English", () => {
    expect(creditLine("en", ONE)).toBe(
      "This article was translated with the kind support of Online Volunteer Christopher Clarke.",
    );
    expect(creditLine("en", TWO)).toBe(
      "This article was translated with the kind support of Online Volunteers Ana López and Inés Torres, and reviewed by Marta Ruiz.",
    );
  });

  it.each([
    [
      "es",
      "Este artículo fue traducido con el amable apoyo de la persona voluntaria en línea Christopher Clarke.",
      // Spanish writes "e" instead of "y" before a word starting with an "i" sound.
      "Este artículo fue traducido con el amable apoyo de las personas voluntarias en línea Ana López e Inés Torres, y revisado por Marta Ruiz.",
    ],
    [
      "fr",
      "Cet article a été traduit avec l’aimable soutien de notre volontaire en ligne Christopher Clarke.",
      "Cet article a été traduit avec l’aimable soutien de nos volontaires en ligne Ana López et Inés Torres, et relu par Marta Ruiz.",
    ],
    [
      "ar",
      `تُرجمت هذه المقالة بفضل دعمٍ كريم في إطار التطوع عبر الإنترنت. الترجمة: ${ltr("Christopher Clarke")}.`,
      `تُرجمت هذه المقالة بفضل دعمٍ كريم في إطار التطوع عبر الإنترنت. الترجمة: ${ltr("Ana López")} و${ltr("Inés Torres")}. المراجعة: ${ltr("Marta Ruiz")}.`,
    ],
    [
      "zh",
      "本文承蒙在线志愿者Christopher Clarke鼎力支持翻译完成。",
      "本文承蒙在线志愿者Ana López和Inés Torres鼎力支持翻译完成，并由Marta Ruiz审校。",
    ],
    [
      "ja",
      "この記事は、オンラインボランティアのChristopher Clarke氏のご協力により翻訳されました。",
      "この記事は、オンラインボランティアのAna López氏、Inés Torres氏のご協力により翻訳され、Marta Ruiz氏が校閲しました。",
    ],
  ])("in %s, for one volunteer and for two with a reviewer", (language, one, two) => {
    expect(creditLine(language, ONE)).toBe(one);
    expect(creditLine(language, TWO)).toBe(two);
  });

  it("has a sentence for every content language, naming everyone", () => {
    const three = { volunteers: ["Ana López", "Inés Torres", "Kofi Mensah"], reviewer: "Marta Ruiz" };
    const lines = CONTENT_LANGUAGES.map((language) => creditLine(language, three));
    for (const line of lines) {
      for (const name of [...three.volunteers, three.reviewer]) expect(line).toContain(name);
    }
    // Each language its own sentence: English only where English was asked for.
    expect(new Set(lines).size).toBe(CONTENT_LANGUAGES.length);
  });

  it("falls back to English for other languages and regional variants of its own", () => {
    expect(creditLine("nl", ONE)).toBe(creditLine("en", ONE));
    expect(creditLine("pt-BR", ONE)).toBe(creditLine("pt", ONE));
  });

  it("thanks volunteers as a group when nobody can be named", () => {
    expect(creditLine("en", { volunteers: [], reviewer: "Marta Ruiz" })).toBe(
      "This article was translated with the kind support of Online Volunteers and reviewed by Marta Ruiz.",
    );
  });

  it("isolates a right-to-left name in a left-to-right sentence", () => {
    expect(creditLine("en", { volunteers: ["ليلى حسن", "Ana"], reviewer: null })).toBe(
      "This article was translated with the kind support of Online Volunteers \u2068ليلى حسن\u2069 and Ana.",
    );
  });
});
