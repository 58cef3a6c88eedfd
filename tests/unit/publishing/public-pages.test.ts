// What readers and search engines see of publications, and what the editor's page shows about them.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { articles } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { getPublicArticle } from "@/lib/publications/get-public-article";
import { getPublishedTranslation } from "@/lib/publications/get-published-translation";
import { listSitemapEntries } from "@/lib/publications/list-sitemap-entries";
import { listJobPublications } from "@/lib/publications/manage-publications";
import { publishJob } from "@/lib/publications/publish-job";
import { unpublishJob } from "@/lib/publications/unpublish-job";
import { importArticle } from "@/lib/articles/import-article";
import { reimportArticle } from "@/lib/articles/reimport-article";
import { at, importJobs, reviewerUser, volunteerUser, workflowTestBed } from "../workflow/support";
import { approveDirectly, reopenDirectly, spanish, STRUCTURED } from "./support";

const bed = workflowTestBed();
const { db } = bed;

const ARABIC: Record<string, string> = {
  "Mangroves in Fiji": "أشجار المانغروف في فيجي",
  "Volunteers met in Suva.": "اجتمع المتطوعون في سوفا.",
  "See the <1>report</1>.": "انظر <1>التقرير</1>.",
  "They planted 300 seedlings.": "زرعوا 300 شتلة.",
  "The mayor thanked them.": "شكرتهم رئيسة البلدية.",
};

/** An article published in Spanish and Arabic; French open. */
async function publishedArticle() {
  const ana = await volunteerUser(db, ["es", "ar"]);
  const marta = await reviewerUser(db, ["es", "ar"]);
  const imported = importJobs(db, bed.editor, { content: STRUCTURED, targetLanguages: ["es", "ar", "fr"] });
  approveDirectly(db, imported.job("es"), { translators: [ana], reviewer: marta, translate: spanish });
  approveDirectly(db, imported.job("ar"), { translators: [ana], reviewer: marta, translate: (s) => ARABIC[s]! });
  publishJob(db, bed.editor, { jobId: imported.job("es") }, at(1));
  publishJob(db, bed.editor, { jobId: imported.job("ar") }, at(2));
  return { ...imported, slug: slugOf(imported.articleId), ana, marta };
}

const slugOf = (articleId: number) =>
  db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, articleId)).get()!.slug;

describe("a published translation", () => {
  it("is found by slug and language, with the article's other languages", async () => {
    const { slug } = await publishedArticle();
    const spanishPage = getPublishedTranslation(db, slug, "es")!;
    expect(spanishPage).toMatchObject({
      article: { slug, sourceLanguage: "en" },
      targetLanguage: "es",
      title: "Manglares en Fiyi",
      titleLanguage: "es",
      publishedAt: at(1),
      updateInProgress: false,
      otherLanguages: [{ language: "ar", title: "أشجار المانغروف في فيجي", publishedAt: at(2) }],
    });
    expect(spanishPage.html).toContain("<h1>Manglares en Fiyi</h1>");
    expect(spanishPage.creditLine).toMatch(/^Este artículo fue traducido/);

    expect(getPublishedTranslation(db, slug, "fr")).toBeNull();
    expect(getPublishedTranslation(db, slug, "xx")).toBeNull();
    expect(getPublishedTranslation(db, "no-such-article", "es")).toBeNull();
  });

  it("says an update is in progress while its job is back at work, and until it is published again", async () => {
    const { slug, job, ana, marta } = await publishedArticle();
    reopenDirectly(db, job("es"));
    expect(getPublishedTranslation(db, slug, "es")!.updateInProgress).toBe(true);
    expect(getPublishedTranslation(db, slug, "ar")!.updateInProgress).toBe(false);

    approveDirectly(db, job("es"), { translators: [ana], reviewer: marta, translate: spanish });
    expect(getPublishedTranslation(db, slug, "es")!.updateInProgress).toBe(true);
    publishJob(db, bed.editor, { jobId: job("es") }, at(3));
    expect(getPublishedTranslation(db, slug, "es")).toMatchObject({ updateInProgress: false, publishedAt: at(3) });
  });

  it("says an update is in progress when the job follows a newer revision than the page", async () => {
    const { slug, articleId } = await publishedArticle();
    reimportArticle(db, bed.editor, { articleId, format: "markdown", content: `${STRUCTURED}\n\nA new sentence.` });
    expect(getPublishedTranslation(db, slug, "ar")!.updateInProgress).toBe(true);
    expect(getPublishedTranslation(db, slug, "es")!.updateInProgress).toBe(true);
  });

  it("is gone once unpublished", async () => {
    const { slug, job } = await publishedArticle();
    unpublishJob(db, bed.editor, { jobId: job("es") });
    expect(getPublishedTranslation(db, slug, "es")).toBeNull();
    expect(getPublishedTranslation(db, slug, "ar")!.otherLanguages).toEqual([]);
  });
});

describe("the public article", () => {
  it("shows the source and its live translations", async () => {
    const { slug } = await publishedArticle();
    const article = getPublicArticle(db, slug)!;
    expect(article).toMatchObject({
      slug,
      sourceLanguage: "en",
      translations: [
        { language: "ar", title: "أشجار المانغروف في فيجي" },
        { language: "es", title: "Manglares en Fiyi" },
      ],
    });
    expect(article.html).toBe(
      [
        "<h1>Mangroves in Fiji</h1>",
        '<p>Volunteers met in Suva. See the <a href="https://example.org/r">report</a>.</p>',
        "<ul>",
        "<li>They planted 300 seedlings.</li>",
        "<li>The mayor thanked them.</li>",
        "</ul>",
        "",
      ].join("\n"),
    );
  });

  it("is public once opened for translation, not while the editor is still checking it", () => {
    const draft = importArticle(db, bed.editor, {
      slug: "still-checking",
      title: "Still checking",
      sourceLanguage: "en",
      format: "markdown",
      content: "Not yet.",
    });
    expect(draft.jobIds).toEqual([]);
    expect(getPublicArticle(db, "still-checking")).toBeNull();
    expect(getPublicArticle(db, "no-such-article")).toBeNull();
  });
});

describe("the sitemap", () => {
  it("lists each published article's source and translations, each with every language as alternate", async () => {
    const { slug } = await publishedArticle();
    const entries = listSitemapEntries(db, { baseUrl: "https://tandem.example.org/", uiLanguage: "en" });
    const base = "https://tandem.example.org/en";
    const languages = {
      en: `${base}/articles/${slug}`,
      ar: `${base}/a/${slug}/ar`,
      es: `${base}/a/${slug}/es`,
      "x-default": `${base}/articles/${slug}`,
    };
    const mine = entries.filter((entry) => entry.url.includes(`/${slug}`));
    expect(mine.map((entry) => entry.url)).toEqual([languages.en, languages.ar, languages.es]);
    for (const entry of mine) expect(entry.alternates.languages).toEqual(languages);
    expect(mine[1]!.lastModified).toEqual(at(2));
    expect(mine[2]!.lastModified).toEqual(at(1));
    // Nothing unpublished, nothing never published.
    expect(entries.some((entry) => entry.url.endsWith("/fr"))).toBe(false);
    expect(entries.some((entry) => entry.url.includes("still-checking"))).toBe(false);
  });
});

describe("the editor's view of publishing", () => {
  it("shows per job its page online, whether an update is coming, and what may be done", async () => {
    const { slug, job } = await publishedArticle();
    reopenDirectly(db, job("ar"));
    expect(listJobPublications(db, bed.editor, slug)).toEqual([
      {
        jobId: job("ar"),
        targetLanguage: "ar",
        status: "open",
        live: { publishedAt: at(2) },
        updateInProgress: true,
        publishedBefore: true,
        canPublish: false,
        canUnpublish: true,
      },
      {
        jobId: job("es"),
        targetLanguage: "es",
        status: "published",
        live: { publishedAt: at(1) },
        updateInProgress: false,
        publishedBefore: true,
        canPublish: false,
        canUnpublish: true,
      },
      {
        jobId: job("fr"),
        targetLanguage: "fr",
        status: "open",
        live: null,
        updateInProgress: false,
        publishedBefore: false,
        canPublish: false,
        canUnpublish: false,
      },
    ]);
  });

  it("is hidden from anyone who does not manage articles", async () => {
    const { slug, ana, marta } = await publishedArticle();
    expect(() => listJobPublications(db, ana, slug)).toThrow(NotFoundError);
    expect(() => listJobPublications(db, marta, slug)).toThrow(NotFoundError);
    expect(() => listJobPublications(db, bed.editor, "no-such-article")).toThrow(NotFoundError);
  });
});
