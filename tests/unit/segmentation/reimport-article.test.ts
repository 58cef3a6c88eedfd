// An editor updates an article's source: translations follow their sentences.
import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { segments, segmentTranslations, sourceRevisions } from "@/db/schema";
import { getArticleSource } from "@/lib/articles/get-article-source";
import { importArticle } from "@/lib/articles/import-article";
import { openArticleForLanguages } from "@/lib/articles/open-article";
import { reimportArticle } from "@/lib/articles/reimport-article";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { makeUser } from "../support/factories";
import { createTestDb } from "../support/test-db";

const db = createTestDb();
let editor: Actor;
let volunteer: Actor;
let counter = 0;

beforeAll(async () => {
  editor = await makeUser(db, { role: "editor" });
  volunteer = await makeUser(db, { role: "volunteer" });
});

const FIRST = [
  "# Mangroves in Fiji",
  "",
  "Volunteers met in Suva. They planted 300 seedlings. See the [report](https://example.org/r).",
  "",
  "The mayor thanked them.",
].join("\n");

function importSample() {
  counter++;
  const { articleId, jobIds } = importArticle(db, editor, {
    slug: `mangroves-${counter}`,
    title: "Mangroves",
    sourceLanguage: "en",
    format: "markdown",
    content: FIRST,
    targetLanguages: ["es"],
  });
  return { articleId, jobId: jobIds[0]!, slug: `mangroves-${counter}` };
}

/** The job's translations in the current revision's order: [source, translation, status]. */
function translations(jobId: number) {
  return db
    .select({ source: segments.sourceText, text: segmentTranslations.text, status: segmentTranslations.status })
    .from(segmentTranslations)
    .innerJoin(segments, eq(segments.id, segmentTranslations.segmentId))
    .innerJoin(sourceRevisions, eq(sourceRevisions.id, segments.revisionId))
    .where(and(eq(segmentTranslations.jobId, jobId)))
    .orderBy(asc(sourceRevisions.number), asc(segments.position))
    .all();
}

function translateAll(jobId: number) {
  for (const row of db.select().from(segmentTranslations).where(eq(segmentTranslations.jobId, jobId)).all()) {
    const source = db.select().from(segments).where(eq(segments.id, row.segmentId)).get()!;
    db.update(segmentTranslations)
      .set({ text: `ES ${source.sourceText}`, status: "translated", version: 2 })
      .where(eq(segmentTranslations.id, row.id))
      .run();
  }
}

describe("updating an article's source", () => {
  it("keeps unchanged translations, outdates changed ones, adds empty new ones, retires removed ones", () => {
    const { articleId, jobId, slug } = importSample();
    translateAll(jobId);
    const update = reimportArticle(db, editor, {
      articleId,
      format: "markdown",
      content: [
        "# Mangroves in Fiji",
        "",
        "Volunteers met in Suva. They planted 350 seedlings. See the [report](https://example.org/r).",
        "",
        "A new closing paragraph about the next planting season.",
      ].join("\n"),
    });
    expect(update).toMatchObject({ revisionNumber: 2, unchanged: 3, changed: 1, added: 1, retired: 1 });

    const rows = translations(jobId);
    const current = rows.filter((row) => row.source !== "The mayor thanked them.");
    expect(current).toEqual([
      { source: "Mangroves in Fiji", text: "ES Mangroves in Fiji", status: "translated" },
      { source: "Volunteers met in Suva.", text: "ES Volunteers met in Suva.", status: "translated" },
      { source: "They planted 350 seedlings.", text: "ES They planted 300 seedlings.", status: "outdated" },
      { source: "See the <1>report</1>.", text: "ES See the <1>report</1>.", status: "translated" },
      { source: "A new closing paragraph about the next planting season.", text: "", status: "empty" },
    ]);
    // The removed sentence keeps its translation with the old revision: nothing is deleted.
    expect(rows).toContainEqual({
      source: "The mayor thanked them.",
      text: "ES The mayor thanked them.",
      status: "translated",
    });

    const view = getArticleSource(db, editor, slug);
    expect(view.revision.number).toBe(2);
    expect(view.segments.find((segment) => segment.text === "They planted 350 seedlings.")?.previousText).toBe(
      "They planted 300 seedlings.",
    );
    expect(view.segments.filter((segment) => segment.isNew).map((segment) => segment.text)).toEqual([
      "A new closing paragraph about the next planting season.",
    ]);
  });

  it("outdates nothing when only whitespace or a link's address changed", () => {
    const { articleId, jobId } = importSample();
    translateAll(jobId);
    const update = reimportArticle(db, editor, {
      articleId,
      format: "markdown",
      content: FIRST.replace("https://example.org/r", "https://example.org/report-2026").replace(
        "Volunteers met in Suva. They",
        "Volunteers met in Suva.\nThey",
      ),
    });
    expect(update).toMatchObject({ unchanged: 5, changed: 0, added: 0, retired: 0 });
    expect(translations(jobId).filter((row) => row.status !== "translated")).toEqual([]);
  });

  it("refuses the same source again, and a volunteer, changing nothing", async () => {
    const { articleId } = importSample();
    expect(() => reimportArticle(db, editor, { articleId, format: "markdown", content: FIRST })).toThrow(
      ValidationError,
    );
    expect(() =>
      reimportArticle(db, volunteer, { articleId, format: "markdown", content: `${FIRST}\n\nMore.` }),
    ).toThrow(NotFoundError);
    expect(() => reimportArticle(db, editor, { articleId: 999_999, format: "markdown", content: FIRST })).toThrow(
      NotFoundError,
    );
    const revisions = db.select().from(sourceRevisions).where(eq(sourceRevisions.articleId, articleId)).all();
    expect(revisions).toHaveLength(1);
  });
});

describe("importing and opening an article", () => {
  it("stores sentences with their tags and import warnings, then opens it for more languages", () => {
    counter++;
    const { articleId, jobIds, warnings } = importArticle(db, editor, {
      slug: `unsafe-${counter}`,
      title: "Unsafe",
      sourceLanguage: "en",
      format: "html",
      content: '<p>Hello <a href="javascript:alert(1)">there</a>. <script>alert(2)</script>Bye.</p>',
    });
    expect(jobIds).toEqual([]);
    expect(warnings.map((warning) => [warning.code, warning.element])).toEqual([
      ["unsafe_url", "a"],
      ["removed_element", "script"],
    ]);
    const stored = db.select().from(sourceRevisions).where(eq(sourceRevisions.articleId, articleId)).get()!;
    expect(stored.importWarnings).toEqual(warnings);

    const { jobIds: opened } = openArticleForLanguages(db, editor, { articleId, targetLanguages: ["es", "ar"] });
    expect(opened).toHaveLength(2);
    expect(() => openArticleForLanguages(db, editor, { articleId, targetLanguages: ["es"] })).toThrow(ValidationError);
    expect(() => openArticleForLanguages(db, editor, { articleId, targetLanguages: ["en"] })).toThrow(ValidationError);
    expect(() => openArticleForLanguages(db, volunteer, { articleId, targetLanguages: ["fr"] })).toThrow(NotFoundError);
  });

  it("refuses a document with nothing to translate, creating nothing", () => {
    counter++;
    expect(() =>
      importArticle(db, editor, {
        slug: `empty-${counter}`,
        title: "Empty",
        sourceLanguage: "en",
        format: "html",
        content: "<p><script>only()</script></p><p>2026</p>",
      }),
    ).toThrow(ValidationError);
  });
});
