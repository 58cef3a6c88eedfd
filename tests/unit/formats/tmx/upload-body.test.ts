// The web import reads the request body as it arrives: a body cut short of its Content-Length is
// an incomplete upload (not a malformed file), and after a refusal the rest is read and dropped so
// the browser can finish sending and read the answer.
import { describe, expect, it } from "vitest";
import { UploadBody } from "@/app/[lng]/manage/memory/import/upload-body";
import { TmxFileError } from "@/lib/formats/tmx/errors";

function body(parts: string[], failAtEnd = false): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let index = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (index < parts.length) controller.enqueue(encoder.encode(parts[index++]));
      else if (failAtEnd) controller.error(new Error("connection reset"));
      else controller.close();
    },
  });
}

async function read(upload: UploadBody): Promise<string> {
  let text = "";
  for await (const chunk of upload.chunks()) text += new TextDecoder().decode(chunk);
  return text;
}

describe("an uploaded TMX body", () => {
  it("yields the body as it comes when it is as long as announced", async () => {
    expect(await read(new UploadBody(body(["<tmx>", "</tmx>"]), 11))).toBe("<tmx></tmx>");
    expect(await read(new UploadBody(body(["<tmx/>"]), null))).toBe("<tmx/>");
  });

  it("calls a body shorter than announced, or a broken connection, an incomplete upload", async () => {
    for (const upload of [new UploadBody(body(["<tmx>"]), 500), new UploadBody(body(["<tmx>"], true), null)]) {
      const error = await read(upload).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(TmxFileError);
      expect((error as TmxFileError).reason.key).toBe("tmx:errors.incomplete");
    }
  });

  it("drops the rest of the body after a refusal, and stops reading past the limit", async () => {
    const upload = new UploadBody(body(["<tmx>", "a".repeat(10), "b".repeat(10)]), 25);
    const chunks = upload.chunks();
    await chunks.next();
    await chunks.return(undefined);
    await upload.drain(1_000);
    expect(await upload.chunks().next()).toEqual({ done: true, value: undefined });

    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(100));
      },
    });
    await new UploadBody(endless, null).drain(1_000);
    expect(pulled).toBeLessThan(20);
  });
});
