import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { articles, jobs, segments, segmentTranslations, users } from "@/db/schema";
import { importArticle } from "@/lib/articles/import-article";
import { listArticlesOverview } from "@/lib/articles/list-articles-overview";
import { authenticate } from "@/lib/auth/authenticate";
import { loadActor } from "@/lib/auth/actor";
import { demoPassword } from "@/lib/demo/demo-accounts";
import { isDatabaseEmpty, seedDemo } from "@/lib/demo/seed-demo";
import { NotFoundError } from "@/lib/errors";
import { listOpenJobsForActor } from "@/lib/workflow/list-dashboard-jobs";
import { createTestDb } from "./support/test-db";

const db = createTestDb();
const passwordFor = (role: string) => `demo password for ${role}`;

describe("demo seed", () => {
  it("fills an empty database with one account per role and the sample article open for Spanish and French", async () => {
    expect(isDatabaseEmpty(db)).toBe(true);
    expect(await seedDemo(db, passwordFor)).toEqual({ seeded: true });
    const roles = db
      .select({ role: users.role })
      .from(users)
      .all()
      .map((row) => row.role);
    expect(roles.sort()).toEqual(["admin", "editor", "reviewer", "volunteer"]);
    for (const role of roles) {
      const email = `${role}@example.org`;
      expect(await authenticate(db, { email, password: passwordFor(role) }), email).not.toBeNull();
    }
    const article = db.select().from(articles).get()!;
    expect(article.title).toBe("UN Volunteers enabling gender equality in Latin America and the Caribbean");
    expect(article.sdgGoals).toEqual([5, 17]);
    const articleJobs = db.select().from(jobs).where(eq(jobs.articleId, article.id)).all();
    expect(articleJobs.map((job) => [job.targetLanguage, job.status])).toEqual([
      ["es", "open"],
      ["fr", "open"],
    ]);
    const sourceSegments = db.select().from(segments).all();
    expect(sourceSegments[0]).toMatchObject({ blockKind: "heading", position: 0 });
    expect(sourceSegments.some((segment) => segment.sourceText.includes("PlanetGOLD"))).toBe(true);
    expect(db.select().from(segmentTranslations).all()).toHaveLength(sourceSegments.length * 2);
  });

  it("never seeds a database that has users", async () => {
    expect(await seedDemo(db, passwordFor)).toEqual({ seeded: false });
    expect(db.select().from(users).all()).toHaveLength(4);
  });

  it("shows the demo volunteer the open jobs in their languages, and the editor the overview", () => {
    const volunteer = loadActor(db, db.select().from(users).where(eq(users.role, "volunteer")).get()!.id)!;
    const editor = loadActor(db, db.select().from(users).where(eq(users.role, "editor")).get()!.id)!;
    const open = listOpenJobsForActor(db, volunteer);
    expect(open.map((job) => job.targetLanguage)).toEqual(["es", "fr"]);
    expect(open[0]!.wordCount).toBeGreaterThan(400);
    expect(listArticlesOverview(db, editor)[0]!.jobs).toHaveLength(2);
    expect(() => listArticlesOverview(db, volunteer)).toThrow(NotFoundError);
    expect(() =>
      importArticle(db, volunteer, {
        slug: "x",
        title: "x",
        sourceLanguage: "en",
        format: "markdown",
        content: "x",
      }),
    ).toThrow(NotFoundError);
  });

  it("derives demo passwords from the installation's secret, so each installation has its own", () => {
    expect(demoPassword("editor", "secret-a")).toBe(demoPassword("editor", "secret-a"));
    expect(demoPassword("editor", "secret-a")).not.toBe(demoPassword("editor", "secret-b"));
    expect(demoPassword("editor", "secret-a")).not.toBe(demoPassword("admin", "secret-a"));
    expect(demoPassword("editor", "secret-a", "fixed password")).toBe("fixed password");
  });
});
