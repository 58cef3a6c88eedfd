// The database part of starting Tandem: migrate, seed an empty database with the demo, and add to
// the translation memory what an older version left out. Every step is idempotent, so the
// launcher runs it once before starting the server processes, and each of them runs it again
// (finding nothing to do) when it starts.
import { getDb, type Db } from "@/db/client";
import type { Role } from "@/db/enums";
import { authSecret } from "../auth/secret";
import { demoPassword } from "../demo/demo-accounts";
import { seedDemo } from "../demo/seed-demo";
import type { Env } from "../env";
import { backfillTranslationMemory } from "../memory/backfill-translation-memory";

export async function prepareDatabase(config: Env): Promise<{ db: Db; passwordFor: (role: Role) => string }> {
  const db = getDb(); // opens and migrates
  const secret = authSecret();
  const passwordFor = (role: Role) => demoPassword(role, secret, config.TANDEM_DEMO_PASSWORD);
  if (config.TANDEM_SEED === "demo") {
    const { seeded } = await seedDemo(db, passwordFor);
    if (seeded) console.log("Tandem: the empty database was seeded with the demo accounts and the sample article.");
  }
  // A database upgraded from a version without the memory gets its confirmed translations in it.
  const remembered = backfillTranslationMemory(db);
  if (remembered > 0) console.log(`Tandem: ${remembered} confirmed translation(s) added to the translation memory.`);
  return { db, passwordFor };
}
