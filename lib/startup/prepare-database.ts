// The database part of starting Tandem: migrate, seed an empty database with the demo, and add to
// the translation memory what an older version left out. The launcher (scripts/start.ts) runs it
// once before starting the server processes; a server started any other way (`next dev`) runs it
// itself. Every step is idempotent.
import { getDb, type Db } from "@/db/client";
import type { Role } from "@/db/enums";
import { authSecret } from "../auth/secret";
import { demoPassword } from "../demo/demo-accounts";
import { seedDemo } from "../demo/seed-demo";
import type { Env } from "../env";
import { backfillTranslationMemory } from "../memory/backfill-translation-memory";

/** Each demo account's password in this installation. */
export function demoPasswordFor(config: Env): (role: Role) => string {
  const secret = authSecret();
  return (role: Role) => demoPassword(role, secret, config.TANDEM_DEMO_PASSWORD);
}

export async function prepareDatabase(config: Env): Promise<{ db: Db; passwordFor: (role: Role) => string }> {
  const db = getDb(); // opens and migrates
  const passwordFor = demoPasswordFor(config);
  if (config.TANDEM_SEED === "demo") {
    const { seeded } = await seedDemo(db, passwordFor);
    if (seeded) console.log("Tandem: the empty database was seeded with the demo accounts and the sample article.");
  }
  // A database upgraded from a version without the memory gets its confirmed translations in it.
  const remembered = backfillTranslationMemory(db);
  if (remembered > 0) console.log(`Tandem: ${remembered} confirmed translation(s) added to the translation memory.`);
  return { db, passwordFor };
}
