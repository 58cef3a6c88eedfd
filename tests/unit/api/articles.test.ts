// /api/v1 articles and publications: an article is seen through the API by whoever sees it on the
// pages (editors every one, everyone else those opened for translation); publications are public.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type * as dbClient from "@/db/client";
import type { Db } from "@/db/client";
import * as articleRoute from "@/app/api/v1/articles/[slug]/route";
import * as articlesRoute from "@/app/api/v1/articles/route";
import * as publicationsRoute from "@/app/api/v1/publications/route";
import * as operations from "@/app/api/v1/_lib/operations";
import { articles } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { publishJob } from "@/lib/publications/publish-job";
import { approveDirectly } from "../publishing/support";
import { createTestDb } from "../support/test-db";
import { at, editorUser, importJobs, reviewerUser, volunteerUser } from "../workflow/support";
import { call, errorOf, tokenFor } from "./support";

const state = vi.hoisted(() => ({ db: undefined as Db | undefined }));
vi.mock("@/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof dbClient>()),
  getDb: () => state.db!,
}));

const db = createTestDb();
state.db = db;

let editor: Actor;
let ana: Actor;
const tokens = { ana: "", editor: "" };
/** An article opened for Spanish (published) and French, and one not opened yet. */
const opened = { slug: "", es: 0, fr: 0 };
let unopenedSlug = "";

const slugOf = (id: number) => db.select().from(articles).where(eq(articles.id, id)).get()!.slug;

beforeAll(async () => {
  editor = await editorUser(db);
  ana = await volunteerUser(db, ["es"]);
  const translator = await volunteerUser(db, ["es"]);
  const reviewer = await reviewerUser(db, ["es"]);
  const first = importJobs(db, editor, { title: "Mangroves", targetLanguages: ["es", "fr"] });
  opened.slug = slugOf(first.articleId);
  opened.es = first.job("es");
  opened.fr = first.job("fr");
  approveDirectly(db, opened.es, { translators: [translator], reviewer });
  publishJob(db, editor, { jobId: opened.es }, at(1));
  unopenedSlug = slugOf(importJobs(db, editor, { title: "Draft", targetLanguages: [] }).articleId);
  tokens.ana = tokenFor(db, ana);
  tokens.editor = tokenFor(db, editor);
});

const listArticles = (token: string, query = "") => call(articlesRoute.GET, `/api/v1/articles${query}`, { token });
const getArticle = (token: string, slug: string) =>
  call(articleRoute.GET, `/api/v1/articles/${slug}`, { token, params: { slug } });

describe("GET /api/v1/articles", () => {
  it("lists the opened articles to a volunteer, with their published translations", async () => {
    const answer = await listArticles(tokens.ana);
    expect(answer.status).toBe(200);
    const page = operations.listArticles.response.parse(answer.json);
    expect(page.data.map((article) => article.slug)).toEqual([opened.slug]);
    expect(page.data[0]).toMatchObject({ title: "Mangroves", sourceLanguage: "en", segmentCount: 5 });
    expect(page.data[0]!.translations).toEqual([
      { language: "es", title: "ES Mangroves in Fiji", publishedAt: at(1).toISOString() },
    ]);
  });

  it("lists every article to an editor, newest first, a page at a time", async () => {
    const all = operations.listArticles.response.parse((await listArticles(tokens.editor)).json);
    expect(all.data.map((article) => article.slug)).toEqual([unopenedSlug, opened.slug]);
    const second = operations.listArticles.response.parse(
      (await listArticles(tokens.editor, "?perPage=1&page=2")).json,
    );
    expect(second).toMatchObject({ page: 2, perPage: 1, total: 2 });
    expect(second.data.map((article) => article.slug)).toEqual([opened.slug]);
  });
});

describe("GET /api/v1/articles/{slug}", () => {
  it("gives the source as sanitized HTML and only the jobs the person may see", async () => {
    const answer = await getArticle(tokens.ana, opened.slug);
    expect(answer.status).toBe(200);
    const article = operations.getArticle.response.parse(answer.json);
    expect(article.html).toContain("<h1>Mangroves in Fiji</h1>");
    expect(article.html).toContain('<a href="https://example.org/r">report</a>');
    // Neither job is Ana's to see: French is not her language, and the Spanish one is someone else's.
    expect(article.jobs).toEqual([]);
    const forEditor = operations.getArticle.response.parse((await getArticle(tokens.editor, opened.slug)).json);
    expect(forEditor.jobs).toEqual([
      { id: opened.es, targetLanguage: "es", status: "published" },
      { id: opened.fr, targetLanguage: "fr", status: "open" },
    ]);
  });

  it("answers 404 to a volunteer for an article not opened yet, which an editor sees", async () => {
    const hidden = await getArticle(tokens.ana, unopenedSlug);
    expect(hidden.status).toBe(404);
    expect(errorOf(hidden.json).code).toBe("not_found");
    expect((await getArticle(tokens.ana, "no-such-article")).status).toBe(404);
    const shown = await getArticle(tokens.editor, unopenedSlug);
    expect(shown.status).toBe(200);
    expect(operations.getArticle.response.parse(shown.json).html).toContain("Mangroves in Fiji");
  });

  it("answers 400 for an address that cannot be a slug", async () => {
    const answer = await getArticle(tokens.ana, "Not_A_Slug");
    expect(answer.status).toBe(400);
    expect(errorOf(answer.json).fields).toEqual({
      slug: "Use lower-case letters, digits and single hyphens, such as women-volunteers-2021.",
    });
  });
});

describe("GET /api/v1/publications", () => {
  it("lists the live publications with their credits, without a token", async () => {
    const answer = await call(publicationsRoute.GET, "/api/v1/publications", { token: null });
    expect(answer.status).toBe(200);
    const page = operations.listPublications.response.parse(answer.json);
    expect(page.total).toBe(1);
    expect(page.data[0]).toMatchObject({
      article: { slug: opened.slug, sourceLanguage: "en" },
      language: "es",
      title: "ES Mangroves in Fiji",
      publishedAt: at(1).toISOString(),
    });
    expect(page.data[0]!.volunteers).toHaveLength(1);
  });

  it("ignores a token it does not need, even a bad one, and filters by language", async () => {
    const fr = await call(publicationsRoute.GET, "/api/v1/publications?language=fr", { token: "tdm_bad" });
    expect(fr.status).toBe(200);
    expect(operations.listPublications.response.parse(fr.json)).toMatchObject({ data: [], total: 0 });
    const bad = await call(publicationsRoute.GET, "/api/v1/publications?language=xx&page=0", { token: null });
    expect(bad.status).toBe(400);
    expect(Object.keys(errorOf(bad.json).fields!)).toEqual(["page", "language"]);
  });
});
