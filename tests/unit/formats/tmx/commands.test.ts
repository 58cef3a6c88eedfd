// `tandem import-tmx` and `tandem export-tmx`: standard input in, standard output out, a report a
// person can read, and exit codes a script can check.
import { PassThrough, Writable } from "node:stream";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { exportTmxCommand, importTmxCommand } from "@/scripts/commands/tmx";
import { makeUser } from "../../support/factories";
import { createTestDb } from "../../support/test-db";
import { chunked, dtdProblems, fixture, scratchFolder, unitsOf } from "./support";

const db = createTestDb();
const file = scratchFolder();
let editor: Actor;

function capture() {
  let text = "";
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}

async function run(command: (stdout: Writable, stderr: Writable) => Promise<number>) {
  const stdout = capture();
  const stderr = capture();
  const code = await command(stdout.stream, stderr.stream);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

beforeAll(async () => {
  editor = await makeUser(db, { role: "editor", translate: [] });
});

describe("the TMX commands", () => {
  it("imports standard input and prints the report; the command line is recorded as the importer", async () => {
    const result = await run((stdout, stderr) =>
      importTmxCommand([], chunked(fixture("inline-and-languages.tmx"), 100), { db, stdout, stderr }),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Imported the TMX file in [\d.]+ s\./);
    expect(result.stdout).toContain("translation units read:  10");
    expect(result.stdout).toContain("units added:             6");
    expect(result.stdout).toContain("Translation units with no translation: 1");
    expect(result.stdout).toContain("en-es: 4 added, 1 already there");
    expect(result.stdout).toContain("languages Tandem does not translate: tlh");
    const event = db.select().from(auditEvents).where(eq(auditEvents.action, "memory.tmx_imported")).get();
    expect(event).toMatchObject({ actorId: null, data: { via: "command-line", added: 6 } });
    // Without --name, the units say which tool wrote the file.
    expect(unitsOf(db)[0]?.originNote).toBe("Fixture");
  });

  it("records the --user as the importer, and refuses a user who may not import", async () => {
    const ok = await run((stdout, stderr) =>
      importTmxCommand(
        ["--user", editor.email.toUpperCase(), "--name", "Partner NGO"],
        chunked(fixture("inline-and-languages.tmx")),
        {
          db,
          stdout,
          stderr,
        },
      ),
    );
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("already in the memory:   7");
    expect(
      db.select().from(auditEvents).where(eq(auditEvents.action, "memory.tmx_imported")).all().at(-1)?.actorId,
    ).toBe(editor.id);

    const volunteer = await makeUser(db, { role: "volunteer", translate: ["es"] });
    const refused = await run((stdout, stderr) =>
      importTmxCommand(["--user", volunteer.email], chunked(fixture("inline-and-languages.tmx")), {
        db,
        stdout,
        stderr,
      }),
    );
    expect(refused).toMatchObject({
      code: 1,
      stderr: `${volunteer.email} may not import into the translation memory: only editors and administrators may.\n`,
    });
    const unknown = await run((stdout, stderr) =>
      importTmxCommand(["--user", "nobody@example.org"], chunked(""), { db, stdout, stderr }),
    );
    expect(unknown).toMatchObject({ code: 1, stderr: "No enabled user has the e-mail address nobody@example.org.\n" });
  });

  it("explains a refused file in English, with what was kept", async () => {
    const result = await run((stdout, stderr) =>
      importTmxCommand([], chunked("<tmx>\n<header srclang='en'/>\n<body><tu></body></tmx>"), { db, stdout, stderr }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("The file was refused: The file is not well-formed XML (line 3, column");
    expect(result.stderr).toContain("(0 units added)");
  });

  it("exports a pair to standard output as valid TMX, and refuses a bad pair", async () => {
    const result = await run((stdout, stderr) => exportTmxCommand(["--pair", "en-es"], { db, stdout, stderr }));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("Exported 4 units (en to es) as TMX 1.4b.\n");
    expect(dtdProblems(file("cli.tmx", result.stdout))).toBe("");
    expect(result.stdout.match(/<tu /g)).toHaveLength(4);

    const bad = await run((stdout, stderr) => exportTmxCommand(["--pair", "en"], { db, stdout, stderr }));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("--pair must name two different languages Tandem translates");
    const missing = await run((stdout, stderr) => exportTmxCommand([], { db, stdout, stderr }));
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining("Usage:") as unknown });
  });

  it("waits for a slow reader instead of holding the document in memory", async () => {
    const slow = new PassThrough({ highWaterMark: 16 });
    let received = "";
    const done = exportTmxCommand(["--pair", "en-fr"], { db, stdout: slow, stderr: capture().stream });
    for await (const chunk of slow) {
      received += String(chunk);
      if (received.endsWith("</tmx>\n")) break;
    }
    expect(await done).toBe(0);
    expect(received).toContain("Les bénévoles se sont réunis à Suva.");
  });
});
