// Upgrading an installation that has data: the memory's migrations apply on top of the last
// release's schema, and the translations confirmed before the upgrade join the memory.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER, openDatabase } from "@/db/client";
import { backfillTranslationMemory } from "@/lib/memory/backfill-translation-memory";
import { lookupMatches } from "@/lib/memory/lookup-matches";

/** The last migration of the release before the memory. */
const LAST_BEFORE_MEMORY = "0003_reviews";

const dir = mkdtempSync(path.join(tmpdir(), "tandem-memory-migration-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A migrations folder holding only the migrations up to `last`, as that release shipped them. */
function releaseMigrations(last: string): string {
  const folder = path.join(dir, "release-migrations");
  mkdirSync(path.join(folder, "meta"), { recursive: true });
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as {
    entries: { idx: number; tag: string }[];
  };
  const end = journal.entries.findIndex((entry) => entry.tag === last);
  journal.entries = journal.entries.slice(0, end + 1);
  for (const entry of journal.entries) {
    copyFileSync(path.join(MIGRATIONS_FOLDER, `${entry.tag}.sql`), path.join(folder, `${entry.tag}.sql`));
  }
  writeFileSync(path.join(folder, "meta", "_journal.json"), JSON.stringify(journal));
  return folder;
}

describe("migrating a database with data", () => {
  it("keeps the data, replaces the unused memory table, and the backfill records confirmed translations", () => {
    const file = path.join(dir, "tandem.db");
    const old = new Database(file);
    migrate(drizzle({ client: old }), { migrationsFolder: releaseMigrations(LAST_BEFORE_MEMORY) });
    const now = Date.UTC(2026, 0, 5);
    old.exec(`
      insert into users (id, email, display_name, password_hash, role, created_at, updated_at)
        values (1, 'ana@example.org', 'Ana', 'x', 'volunteer', ${now}, ${now});
      insert into articles (id, slug, title, source_language, created_at) values (1, 'fiji', 'Fiji', 'en', ${now});
      insert into source_revisions (id, article_id, number, format, content, content_hash, created_at)
        values (1, 1, 1, 'markdown', 'The mayor thanked them.', 'h', ${now});
      update articles set current_revision_id = 1;
      insert into segments (id, revision_id, position, block_index, block_kind, source_text, source_hash, word_count)
        values (1, 1, 0, 0, 'paragraph', 'The mayor thanked them.', 'h1', 4);
      insert into jobs (id, article_id, target_language, status, revision_id, created_at, updated_at)
        values (1, 1, 'es', 'open', 1, ${now}, ${now});
      insert into segment_translations (id, job_id, segment_id, text, status, last_author_id, updated_at)
        values (1, 1, 1, 'El alcalde les dio las gracias.', 'translated', 1, ${now});
      insert into tm_units (source_language, target_language, source_text, target_text, source_hash, origin, created_at)
        values ('en', 'es', 'Old unit.', 'Unidad vieja.', 'x', 'approved_segment', ${now});
    `);
    old.close();

    const db = openDatabase(file);
    expect(db.$client.prepare("select count(*) from segment_translations").pluck().get()).toBe(1);
    expect(db.$client.prepare("select count(*) from tm_units").pluck().get()).toBe(0);

    expect(backfillTranslationMemory(db)).toBe(1);
    const [match] = lookupMatches(db, {
      sourceLanguage: "en",
      targetLanguage: "es",
      text: "The mayor thanked them.",
      tags: [],
    });
    expect(match).toMatchObject({
      score: 100,
      targetText: "El alcalde les dio las gracias.",
      reviewed: false,
      origin: { kind: "segment", articleTitle: "Fiji", translatorName: "Ana" },
    });
    db.$client.close();
  });
});
