import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { Role } from "@/db/enums";
import { users } from "@/db/schema";
import { createUser } from "../accounts/create-user";
import { importArticle } from "../articles/import-article";
import { loadActor } from "../auth/actor";
import { DEMO_ACCOUNTS } from "./demo-accounts";

/** The sample article ships inside the project (db/seed/), so nothing outside it is read at run time. */
const SAMPLE_ARTICLE = path.join(process.cwd(), "db", "seed", "unv-women-volunteers-lac.md");

export function isDatabaseEmpty(db: Db): boolean {
  return (
    (db
      .select({ count: sql<number>`count(*)` })
      .from(users)
      .get()?.count ?? 0) === 0
  );
}

/**
 * Fills an empty database with the four demo accounts and the sample article open for Spanish and
 * French. Does nothing (and says so) when any user exists, so it never mixes with real data.
 */
export async function seedDemo(db: Db, passwordFor: (role: Role) => string): Promise<{ seeded: boolean }> {
  if (!isDatabaseEmpty(db)) return { seeded: false };
  const ids = new Map<Role, number>();
  for (const account of DEMO_ACCOUNTS) {
    const { id } = await createUser(
      db,
      { ...account, password: passwordFor(account.role) },
      { actorId: null, action: "user.seeded" },
    );
    ids.set(account.role, id);
  }
  const editor = loadActor(db, ids.get("editor")!);
  if (!editor) throw new Error("demo editor missing right after seeding");
  importArticle(db, editor, {
    slug: "un-volunteers-gender-equality-latin-america",
    title: "UN Volunteers enabling gender equality in Latin America and the Caribbean",
    sourceLanguage: "en",
    format: "markdown",
    content: readFileSync(SAMPLE_ARTICLE, "utf8"),
    region: "Latin America and the Caribbean",
    sdgGoals: [5, 17],
    topics: ["gender equality"],
    targetLanguages: ["es", "fr"],
  });
  return { seeded: true };
}
