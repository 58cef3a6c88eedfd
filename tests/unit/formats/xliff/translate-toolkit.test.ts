// A real third-party reader: Debian's translate-toolkit converts Tandem's XLIFF 1.2 to PO with the
// same units and the same texts (tags left out, as PO has none; a literal "<1>" kept as text).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { exportJobXliff } from "@/lib/formats/xliff/export-job-xliff";
import { plainText } from "@/lib/segmentation/tagged-text";
import { claimJob } from "@/lib/workflow/claim-job";
import { createTestDb } from "../../support/test-db";
import { POLICY, translationsOf } from "../../workflow/support";
import { ARABIC, importFixture, jobInEveryStatus, people, saveAll, tempFile } from "./support";

const db = createTestDb();
let actors: Awaited<ReturnType<typeof people>>;
beforeAll(async () => {
  actors = await people(db);
});

type PoEntry = { location: string; msgid: string; msgstr: string };

const unquote = (line: string) => JSON.parse(line.replace(/^(msgid|msgstr) /, "")) as string;

/** The entries of a PO file, its header left out. */
function readPo(po: string): PoEntry[] {
  return po
    .split(/\n\n+/)
    .map((block) => {
      const location = /^#: (.*)$/m.exec(block)?.[1] ?? "";
      const lines = block.split("\n").filter((line) => !line.startsWith("#"));
      const field = (name: string) => {
        const start = lines.findIndex((line) => line.startsWith(`${name} `));
        if (start < 0) return "";
        const rest = lines.slice(start + 1);
        const end = rest.findIndex((line) => !line.startsWith('"'));
        return [lines[start]!, ...rest.slice(0, end < 0 ? rest.length : end)].map(unquote).join("");
      };
      return { location, msgid: field("msgid"), msgstr: field("msgstr") };
    })
    .filter((entry) => entry.msgid !== "");
}

function xliff2po(xml: string): PoEntry[] {
  const input = tempFile(xml, "xlf");
  const output = input.replace(/\.xlf$/, ".po");
  execFileSync("/usr/bin/xliff2po", [input, output], { stdio: "pipe" });
  return readPo(readFileSync(output, "utf8"));
}

function expectSameTexts(actor: Actor, jobId: number) {
  const entries = xliff2po(exportJobXliff(db, actor, { jobId, version: "1.2" }));
  const rows = translationsOf(db, jobId);
  expect(entries).toHaveLength(rows.length);
  expect(entries).toEqual(
    rows.map((row) => ({ location: String(row.segmentId), msgid: plainText(row.source), msgstr: plainText(row.text) })),
  );
}

describe("translate-toolkit reading Tandem's XLIFF 1.2", () => {
  it("converts a job in every status with the same units and texts", () => {
    const jobId = jobInEveryStatus(db, actors);
    expectSameTexts(actors.translator, jobId);
    // The literal "<1>" of the source is text to the reader too, never a tag.
    expect(xliff2po(exportJobXliff(db, actors.translator, { jobId, version: "1.2" }))[4]!.msgid).toBe(
      "Literal <1> stays plain text.",
    );
  });

  it("converts an Arabic translation with the same texts", () => {
    const { ar } = importFixture(db, actors.editor);
    claimJob(db, actors.translator, { jobId: ar }, { policy: POLICY });
    saveAll(db, actors.translator, ar, ARABIC, "translated");
    expectSameTexts(actors.translator, ar);
  });
});
