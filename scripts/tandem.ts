// `npm run -s tandem -- <command>`: operator commands that need no web server.
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { getDb } from "../db/client";
import { users } from "../db/schema";
import { createUser } from "../lib/accounts/create-user";
import { authSecret } from "../lib/auth/secret";
import { demoPassword } from "../lib/demo/demo-accounts";
import { seedDemo } from "../lib/demo/seed-demo";
import { env, envOrExit } from "../lib/env";
import { ValidationError } from "../lib/errors";
import { backupCommand } from "./commands/backup";
import { restoreCommand } from "./commands/restore";
import { segmentCommand, type CommandResult } from "./commands/segment";
import { exportTmxCommand, importTmxCommand } from "./commands/tmx";
import { exportXliffCommand, importXliffCommand } from "./commands/xliff";
import { displayNameSchema, emailSchema, newPasswordSchema } from "../lib/validation/account-schemas";

const USAGE = `Usage: npm run -s tandem -- <command>

Commands:
  migrate                      Create the database if needed and apply pending migrations.
  seed                         Fill an empty database with the demo accounts and the sample article.
  create-admin --email E --name N [--password-stdin]
                               Create the first administrator. Without --password-stdin a strong
                               password is generated and printed once.
  backup FILE [--force]        Copy the database to FILE while Tandem keeps running; prints its size,
                               pages, schema version and the time taken. --force replaces FILE.
  restore FILE --yes           Replace the database with the backup FILE (stop Tandem first). The
                               replaced database is kept beside it. Without --yes only checks FILE.
  segment --lang LANG [--format text|md|html]
                               Split standard input into segments and print them as JSON.
  export-xliff --job ID [--version 2.0|1.2]
                               Print the job's XLIFF file (2.0 by default; 1.2 for older CAT tools).
  import-xliff --job ID --user EMAIL
                               Import a translated XLIFF file from standard input as EMAIL, the job's
                               translator, and print the report. Exit code 1 when the file or any unit
                               was refused.
  import-tmx [--user EMAIL] [--name NAME] < file.tmx
                               Add a TMX file's units to the translation memory (duplicates skipped);
                               progress on stderr, report on stdout. --user: the editor/admin recorded
                               as importer (default: the command line). --name: the units' origin note.
  export-tmx --pair SRC-TGT    Write one language pair of the memory as TMX 1.4b to standard output.`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function migrate() {
  getDb();
  console.log(`Database ${env().DATABASE_PATH} is up to date.`);
}

async function seed() {
  const db = getDb();
  const secret = authSecret();
  const { seeded } = await seedDemo(db, (role) => demoPassword(role, secret, env().TANDEM_DEMO_PASSWORD));
  console.log(
    seeded
      ? "Seeded the demo accounts and the sample article. `npm start` prints how to sign in."
      : "The database already has users; nothing was changed.",
  );
}

async function createAdmin(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { email: { type: "string" }, name: { type: "string" }, "password-stdin": { type: "boolean" } },
  });
  const email = emailSchema.safeParse(values.email ?? "");
  if (!email.success) fail("--email must be a valid e-mail address.");
  const name = displayNameSchema.safeParse(values.name ?? "");
  if (!name.success) fail("--name must be 1 to 100 characters.");
  const password = values["password-stdin"]
    ? readFileSync(0, "utf8").replace(/\r?\n$/, "")
    : randomBytes(18).toString("base64url");
  if (!newPasswordSchema.safeParse(password).success) fail("The password must be 10 to 128 characters.");

  const db = getDb();
  const admin = db.select({ id: users.id }).from(users).where(eq(users.role, "admin")).get();
  if (admin) fail("An administrator already exists; sign in as them to manage users.");
  try {
    await createUser(
      db,
      { email: email.data, displayName: name.data, password, role: "admin", translateLanguages: [] },
      { actorId: null, action: "user.created_admin_cli" },
    );
  } catch (error) {
    if (error instanceof ValidationError) fail("That e-mail address already has an account.");
    throw error;
  }
  console.log(`Created administrator ${email.data}.`);
  if (!values["password-stdin"]) console.log(`Password (shown only now): ${password}`);
}

function report(result: CommandResult) {
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}

function segment(args: string[]) {
  report(segmentCommand(args, readFileSync(0)));
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  // Segmenting needs no database, so it works without any configuration.
  if (command === "segment") return segment(args);
  envOrExit();
  switch (command) {
    case "migrate":
      return migrate();
    case "seed":
      return seed();
    case "create-admin":
      return createAdmin(args);
    case "backup":
      return report(await backupCommand(args, env().DATABASE_PATH));
    case "restore":
      return report(await restoreCommand(args, env().DATABASE_PATH));
    case "export-xliff":
      return report(exportXliffCommand(args));
    case "import-xliff":
      return report(importXliffCommand(args, readFileSync(0)));
    case "import-tmx":
      process.exitCode = await importTmxCommand(args, process.stdin);
      return;
    case "export-tmx":
      process.exitCode = await exportTmxCommand(args);
      return;
    default:
      fail(USAGE);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
