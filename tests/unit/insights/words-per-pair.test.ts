// Words per language pair: source words of approved and published translations, by source and target.
import { describe, expect, it } from "vitest";
import { importArticle } from "@/lib/articles/import-article";
import { NotFoundError } from "@/lib/errors";
import { wordsPerLanguagePair } from "@/lib/insights/words-per-pair";
import { makeUser } from "../support/factories";
import { editorUser, importJobs, reviewerUser, volunteerUser, workflowTestBed } from "../workflow/support";
import { SAMPLE_WORDS, setJob } from "./support";

const bed = workflowTestBed();
const { db } = bed;

describe("words per language pair", () => {
  it("adds up the source words of approved and published jobs only, largest pair first", async () => {
    const admin = await makeUser(db, { role: "admin", translate: [], review: [] });
    const ana = await volunteerUser(db, ["es", "fr", "de"]);
    const finished = { assigneeId: ana.id };
    // English -> Spanish: one approved, one published, one still in review (not counted).
    const first = importJobs(db, bed.editor, { targetLanguages: ["es", "fr", "de"] });
    setJob(db, first.job("es"), { ...finished, status: "approved" });
    setJob(db, first.job("fr"), { ...finished, status: "published" });
    setJob(db, first.job("de"), { ...finished, status: "in_review" });
    const second = importJobs(db, bed.editor, { targetLanguages: ["es"] });
    setJob(db, second.job("es"), { ...finished, status: "published" });
    // Spanish -> French, five words: "Manglares en Fiyi" (3) and "Plantaron árboles." (2).
    const { jobIds } = importArticle(db, bed.editor, {
      slug: "manglares",
      title: "Manglares",
      sourceLanguage: "es",
      format: "markdown",
      content: "# Manglares en Fiyi\n\nPlantaron árboles.",
      targetLanguages: ["fr"],
    });
    setJob(db, jobIds[0]!, { ...finished, status: "approved" });

    expect(wordsPerLanguagePair(db, admin)).toEqual([
      { sourceLanguage: "en", targetLanguage: "es", words: 2 * SAMPLE_WORDS, translations: 2 },
      { sourceLanguage: "en", targetLanguage: "fr", words: SAMPLE_WORDS, translations: 1 },
      { sourceLanguage: "es", targetLanguage: "fr", words: 5, translations: 1 },
    ]);
  });

  it("is for administrators only", async () => {
    for (const actor of [await volunteerUser(db), await reviewerUser(db), await editorUser(db)]) {
      expect(() => wordsPerLanguagePair(db, actor)).toThrow(NotFoundError);
    }
  });
});
