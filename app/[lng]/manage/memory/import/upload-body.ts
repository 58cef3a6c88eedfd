import "server-only";
import { TmxFileError } from "@/lib/formats/tmx/errors";
import { message } from "@/lib/validation/message";

/**
 * A request body as the chunks the TMX import reads, with the two things only the HTTP side knows:
 * a body that ends before its Content-Length (the browser gave up, or something on the way cut
 * it) is an incomplete upload, not a malformed file; and after a refusal, the rest of the body can
 * still be read and dropped, so the browser finishes sending and gets to read the answer.
 */
export class UploadBody {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private received = 0;

  constructor(
    body: ReadableStream<Uint8Array>,
    private readonly declaredBytes: number | null,
  ) {
    this.reader = body.getReader();
  }

  async *chunks(): AsyncGenerator<Uint8Array> {
    while (true) {
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await this.reader.read();
      } catch {
        throw new TmxFileError(message("tmx:errors.incomplete"));
      }
      if (result.done) break;
      this.received += result.value.byteLength;
      yield result.value;
    }
    if (this.declaredBytes !== null && this.received < this.declaredBytes) {
      throw new TmxFileError(message("tmx:errors.incomplete"));
    }
  }

  /** Reads and drops what is left, up to `limit` bytes in all; past it, stops reading instead. */
  async drain(limit: number): Promise<void> {
    try {
      while (this.received <= limit) {
        const { done, value } = await this.reader.read();
        if (done) return;
        this.received += value.byteLength;
      }
      await this.reader.cancel();
    } catch {
      // The browser went away: there is no one left to answer.
    }
  }
}
