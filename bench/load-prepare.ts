// The load benchmark's data, written straight into the server's database before the load starts:
// volunteers who translate into Spanish, and one claimed job each on its own copy of the article.
import { asc, eq } from "drizzle-orm";
import { openDatabase, writeTransaction, type Db } from "../db/client";
import { segments, segmentTranslations, userLanguages, users } from "../db/schema";
import { importArticle } from "../lib/articles/import-article";
import { loadActor } from "../lib/auth/actor";
import { hashPassword } from "../lib/auth/password";
import { claimJob } from "../lib/workflow/claim-job";
import { loadArticle } from "./load-article";

/** One simulated translator: how to sign in, their job, and its segments in document order. */
export type PreparedTranslator = {
  email: string;
  jobId: number;
  segments: { id: number; version: number; source: string }[];
};

const TARGET_LANGUAGE = "es";

/**
 * The volunteers, all with one password. Inserted in one transaction with a single hash rather
 * than through createUser, which would spend a scrypt hash (~60 ms) on each of them.
 */
async function createVolunteers(db: Db, count: number, password: string): Promise<string[]> {
  const passwordHash = await hashPassword(password);
  const emails = Array.from({ length: count }, (_, index) => `load-translator-${index + 1}@example.org`);
  writeTransaction(db, (tx) => {
    emails.forEach((email, index) => {
      const { id } = tx
        .insert(users)
        .values({ email, displayName: `Load translator ${index + 1}`, passwordHash, role: "volunteer" })
        .returning({ id: users.id })
        .get();
      tx.insert(userLanguages).values({ userId: id, language: TARGET_LANGUAGE, skill: "translate" }).run();
    });
  });
  return emails;
}

function jobSegments(db: Db, jobId: number): PreparedTranslator["segments"] {
  return db
    .select({ id: segments.id, version: segmentTranslations.version, source: segments.sourceText })
    .from(segmentTranslations)
    .innerJoin(segments, eq(segments.id, segmentTranslations.segmentId))
    .where(eq(segmentTranslations.jobId, jobId))
    .orderBy(asc(segments.position))
    .all();
}

/**
 * `count` volunteers with password `password`, each holding the one Spanish job of their own copy of
 * a `segmentCount`-segment article, imported and claimed through the app's own use-cases.
 */
export async function prepareTranslators(
  databasePath: string,
  count: number,
  segmentCount: number,
  password: string,
): Promise<PreparedTranslator[]> {
  const db = openDatabase(databasePath);
  try {
    const emails = await createVolunteers(db, count, password);
    const editorId = db.select().from(users).where(eq(users.email, "editor@example.org")).get()!.id;
    const editor = loadActor(db, editorId)!;
    const content = loadArticle(segmentCount);
    return emails.map((email, index) => {
      const { jobIds } = importArticle(db, editor, {
        title: `A report on volunteering, copy ${index + 1}`,
        sourceLanguage: "en",
        format: "markdown",
        content,
        targetLanguages: [TARGET_LANGUAGE],
      });
      const jobId = jobIds[0]!;
      const userId = db.select().from(users).where(eq(users.email, email)).get()!.id;
      claimJob(db, loadActor(db, userId)!, { jobId });
      return { email, jobId, segments: jobSegments(db, jobId) };
    });
  } finally {
    db.$client.close();
  }
}
