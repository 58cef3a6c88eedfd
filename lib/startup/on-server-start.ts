// What each server process does once when it starts: check the environment, prepare the database
// (migrate, seed, backfill), sweep overdue claims, close the database cleanly at exit, and tell the
// operator how to sign in.
import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import type { Role } from "@/db/enums";
import { users } from "@/db/schema";
import { verifyPassword } from "../auth/password";
import { DEMO_ACCOUNTS } from "../demo/demo-accounts";
import { envOrExit, publicUrl } from "../env";
import { startNotificationSweep } from "../notifications/sweep";
import { startClaimSweep } from "./claim-sweep";
import { closeDatabaseOnExit } from "./close-on-exit";
import { demoPasswordFor, prepareDatabase } from "./prepare-database";

/** Demo accounts that still have their demo password (an operator may have changed it). */
async function usableDemoAccounts(db: Db, passwordFor: (role: Role) => string) {
  const usable: { role: string; email: string; password: string }[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const user = db.select().from(users).where(eq(users.email, account.email)).get();
    const password = passwordFor(account.role);
    if (user && !user.disabled && (await verifyPassword(password, user.passwordHash))) {
      usable.push({ role: account.role, email: account.email, password });
    }
  }
  return usable;
}

function hasAdministrator(db: Db): boolean {
  return db.select({ id: users.id }).from(users).where(eq(users.role, "admin")).get() !== undefined;
}

export async function onServerStart(): Promise<void> {
  const config = envOrExit();
  // Under scripts/start.ts the launcher prepared the database before starting this process.
  const launched = process.env.TANDEM_SERVER_PROCESS !== undefined;
  const { db, passwordFor } = launched
    ? { db: getDb(), passwordFor: demoPasswordFor(config) }
    : await prepareDatabase(config);
  startClaimSweep(db);
  startNotificationSweep(db, config);
  closeDatabaseOnExit(db);
  // With several server processes, the first one tells the operator.
  if (launched && process.env.TANDEM_SERVER_PROCESS !== "1") return;
  const url = publicUrl(config);
  const demo = await usableDemoAccounts(db, passwordFor);
  const lines = [`Tandem is ready at ${url}`, `Database: ${config.DATABASE_PATH}`];
  if (demo.length > 0) {
    lines.push(`Sign in at ${url}/en/sign-in with a demo account (this database only):`);
    for (const account of demo)
      lines.push(`  ${account.role.padEnd(10)} ${account.email.padEnd(24)} ${account.password}`);
  } else if (!hasAdministrator(db)) {
    lines.push("There is no administrator yet. Create the first one with:");
    lines.push("  npm run -s tandem -- create-admin --email you@example.org --name 'Your Name'");
  } else {
    lines.push(`Sign in at ${url}/en/sign-in`);
  }
  console.log(lines.join("\n"));
}
