// `npm run -s tandem -- segment`: the engine for editors and scripts.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { segmentCommand } from "@/scripts/commands/segment";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("tandem segment", () => {
  it("prints the sentences of plain text as a JSON array", () => {
    const result = segmentCommand(["--lang", "en"], bytes("Dr. Smith arrived at 5 p.m. on Monday. She left."));
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(["Dr. Smith arrived at 5 p.m. on Monday.", "She left."]);
  });

  it("prints segments and the reassembled document for Markdown and HTML", () => {
    const markdown = segmentCommand(
      ["--lang", "en", "--format", "md"],
      bytes("# Title\n\nSee [this](https://x.org). Done.\n"),
    );
    expect(JSON.parse(markdown.stdout)).toEqual({
      segments: [
        { id: "s1", kind: "heading", text: "Title", words: 1 },
        { id: "s2", kind: "paragraph", text: "See <1>this</1>.", words: 2 },
        { id: "s3", kind: "paragraph", text: "Done.", words: 1 },
      ],
      roundtrip: "# Title\n\nSee [this](https://x.org). Done.\n",
    });
    const html = segmentCommand(["--lang", "es", "--format", "html"], bytes("<p>Hola. <b>Adiós.</b></p>"));
    expect(JSON.parse(html.stdout).roundtrip).toBe("<p>Hola. <b>Adiós.</b></p>\n");
  });

  it("reports what it dropped from HTML on standard error", () => {
    const result = segmentCommand(["--lang", "en", "--format", "html"], bytes("<p>Hi.<script>x()</script></p>"));
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain("removed_element <script>");
  });

  it("exits with 1 and a clear message on unreadable input or bad options", () => {
    const invalid = segmentCommand(["--lang", "en"], new Uint8Array([0x48, 0xff, 0xfe, 0x21]));
    expect(invalid).toMatchObject({ exitCode: 1, stdout: "", stderr: expect.stringContaining("not UTF-8") });
    expect(segmentCommand(["--lang", "en"], bytes("  \n"))).toMatchObject({
      exitCode: 1,
      stderr: expect.stringContaining("empty"),
    });
    expect(segmentCommand(["--lang", "en"], bytes("a\u0000b"))).toMatchObject({
      exitCode: 1,
      stderr: expect.stringContaining("binary"),
    });
    expect(segmentCommand(["--format", "md"], bytes("Hi."))).toMatchObject({
      exitCode: 1,
      stderr: expect.stringContaining("--lang"),
    });
    expect(segmentCommand(["--lang", "en", "--format", "pdf"], bytes("Hi."))).toMatchObject({ exitCode: 1 });
  });

  it("runs as the README says, through npm", () => {
    const result = spawnSync("npm", ["run", "-s", "tandem", "--", "segment", "--lang", "de"], {
      input: "Am 3. Mai kam Prof. Dr. med. Weber z.B. nach Bonn. Dann ging er.",
      encoding: "utf8",
      env: { ...process.env, NEXTAUTH_SECRET: undefined },
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(["Am 3. Mai kam Prof. Dr. med. Weber z.B. nach Bonn.", "Dann ging er."]);
    const bad = spawnSync("npm", ["run", "-s", "tandem", "--", "segment", "--lang", "en"], {
      input: Buffer.from([0xc3, 0x28]),
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr.toString()).toContain("not UTF-8");
  });
});
