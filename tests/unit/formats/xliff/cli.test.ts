// `tandem export-xliff` and `tandem import-xliff`: the same export and import from a shell, the exit
// code telling a script whether anything was refused.
import { beforeAll, describe, expect, it } from "vitest";
import { claimJob } from "@/lib/workflow/claim-job";
import { exportXliffCommand, importXliffCommand } from "@/scripts/commands/xliff";
import { makeUser } from "../../support/factories";
import { createTestDb } from "../../support/test-db";
import { POLICY, translationsOf } from "../../workflow/support";
import { importFixture, people, saveAll, schemaErrors, setTarget20, SPANISH } from "./support";

const db = createTestDb();
let actors: Awaited<ReturnType<typeof people>>;
beforeAll(async () => {
  actors = await people(db);
});

const bytes = (text: string) => new TextEncoder().encode(text);

async function claimedJob() {
  const translator = await makeUser(db, { translate: ["es"] });
  const { es } = importFixture(db, actors.editor);
  claimJob(db, translator, { jobId: es }, { policy: POLICY });
  saveAll(db, translator, es, SPANISH, "draft");
  return { translator, jobId: es, ids: translationsOf(db, es).map((row) => row.segmentId) };
}

describe("tandem export-xliff", () => {
  it("prints the job as XLIFF 2.0, or 1.2 when asked", async () => {
    const { jobId } = await claimedJob();
    const v20 = exportXliffCommand(["--job", String(jobId)], db);
    expect(v20.exitCode).toBe(0);
    expect(schemaErrors(v20.stdout, "2.0")).toBe("");
    const v12 = exportXliffCommand(["--job", String(jobId), "--version", "1.2"], db);
    expect(v12.exitCode).toBe(0);
    expect(schemaErrors(v12.stdout, "1.2")).toBe("");
  });

  it("refuses bad arguments and unknown jobs with a message", () => {
    expect(exportXliffCommand([], db)).toMatchObject({ exitCode: 1, stderr: expect.stringContaining("--job") });
    expect(exportXliffCommand(["--job", "1", "--version", "3"], db)).toMatchObject({
      exitCode: 1,
      stderr: expect.stringContaining("--version must be 2.0 or 1.2."),
    });
    expect(exportXliffCommand(["--job", "999999"], db)).toMatchObject({
      exitCode: 1,
      stderr: "There is no job 999999.\n",
    });
  });
});

describe("tandem import-xliff", () => {
  it("imports as the job's translator, prints the report and exits 0 when nothing was refused", async () => {
    const { translator, jobId, ids } = await claimedJob();
    const xml = setTarget20(exportXliffCommand(["--job", String(jobId)], db).stdout, ids[0]!, "Manglares en Fiyi");
    const result = importXliffCommand(
      ["--job", String(jobId), "--user", translator.email.toUpperCase()],
      bytes(xml),
      db,
    );
    expect(result).toEqual({
      stdout: `1 applied, 5 unchanged, 0 refused.\n  Unit ${ids[0]} (segment 1): Applied (Translated)\n`,
      stderr: "",
      exitCode: 0,
    });
    expect(translationsOf(db, jobId)[0]).toMatchObject({ text: "Manglares en Fiyi", status: "translated" });
  });

  it("exits 1 when a unit is refused, naming it and why", async () => {
    const { translator, jobId, ids } = await claimedJob();
    const emptied = setTarget20(
      exportXliffCommand(["--job", String(jobId)], db).stdout,
      ids[2]!,
      '<ph id="1"/><ph id="2"/>',
    );
    const result = importXliffCommand(["--job", String(jobId), "--user", translator.email], bytes(emptied), db);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain("0 applied, 5 unchanged, 1 refused.");
    expect(result.stdout).toContain(`Unit ${ids[2]} (segment 3): Refused: `);
  });

  it("exits 1 for a refused file, listing its problems, and changes nothing", async () => {
    const { translator, jobId, ids } = await claimedJob();
    const before = translationsOf(db, jobId);
    const broken = setTarget20(exportXliffCommand(["--job", String(jobId)], db).stdout, ids[1]!, "sin etiquetas");
    const result = importXliffCommand(["--job", String(jobId), "--user", translator.email], bytes(broken), db);
    expect(result).toMatchObject({ exitCode: 1, stdout: "" });
    expect(result.stderr).toContain("The file was not imported, and nothing was changed:");
    expect(result.stderr).toContain(`In unit ${ids[1]}, tag 1 of the source is missing.`);
    expect(translationsOf(db, jobId)).toEqual(before);

    const binary = importXliffCommand(
      ["--job", String(jobId), "--user", translator.email],
      new Uint8Array([0xc3, 0x28]),
      db,
    );
    expect(binary).toMatchObject({ exitCode: 1, stderr: expect.stringContaining("is not UTF-8 text") });
  });

  it("reads a file a CAT tool saved as UTF-16", async () => {
    const { translator, jobId, ids } = await claimedJob();
    const xml = setTarget20(
      exportXliffCommand(["--job", String(jobId)], db).stdout,
      ids[3]!,
      "un manglar verde",
    ).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(xml, "utf16le"))]);
    const result = importXliffCommand(["--job", String(jobId), "--user", translator.email], utf16, db);
    expect(result).toMatchObject({
      exitCode: 0,
      stdout: expect.stringContaining("1 applied, 5 unchanged, 0 refused."),
    });
  });

  it("refuses a user who is not the job's translator, or no user at all", async () => {
    const { jobId } = await claimedJob();
    const xml = bytes(exportXliffCommand(["--job", String(jobId)], db).stdout);
    const other = await makeUser(db, { translate: ["es"] });
    expect(importXliffCommand(["--job", String(jobId), "--user", other.email], xml, db)).toMatchObject({
      exitCode: 1,
      stderr: `There is no job ${jobId} that ${other.email} may see.\n`,
    });
    expect(importXliffCommand(["--job", String(jobId), "--user", actors.editor.email], xml, db)).toMatchObject({
      exitCode: 1,
      stderr: expect.stringContaining("Someone else is translating this job"),
    });
    expect(importXliffCommand(["--job", String(jobId), "--user", "nobody@example.org"], xml, db)).toMatchObject({
      exitCode: 1,
      stderr: "There is no active user nobody@example.org.\n",
    });
    expect(importXliffCommand(["--job", String(jobId)], xml, db)).toMatchObject({ exitCode: 1 });
  });
});
