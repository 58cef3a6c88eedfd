import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { openDatabase, type Db } from "@/db/client";

/** A fresh database migrated from db/migrations in its own temporary folder, removed after the file's tests. */
export function createTestDb(): Db {
  const dir = mkdtempSync(path.join(tmpdir(), "tandem-unit-"));
  const db = openDatabase(path.join(dir, "test.db"));
  afterAll(() => {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return db;
}
