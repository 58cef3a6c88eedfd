// A save that is provably in the server's hands but not finished: it is sent with
// `Expect: 100-continue`, so the server answers "100 Continue" once it has read the request's
// headers (the request is then active on its connection, not an idle connection that a shutdown
// may drop), and the body follows only when the test says so.
import http from "node:http";
import type { SaveAnswer, SaveRecord } from "./save-ledger";
import { describeError, parseJson, saveBody, saveHeaders, saveUrl } from "./save-transport";

export type HeldSave = {
  /** Resolves when the server has read the headers (100 Continue); rejects if it never does. */
  accepted: Promise<void>;
  /** Sends the body; the answer follows. */
  finish(): Promise<SaveAnswer>;
};

export function holdSave(baseUrl: string, cookie: string, record: SaveRecord): HeldSave {
  const payload = Buffer.from(saveBody(record));
  const request = http.request(saveUrl(baseUrl, record), {
    method: "PUT",
    agent: false, // a connection of its own, closed after the answer
    headers: { ...saveHeaders(baseUrl, cookie), "content-length": String(payload.length), expect: "100-continue" },
  });
  const answer = new Promise<SaveAnswer>((resolve) => {
    request.once("error", (error) => resolve({ kind: "no-answer", error: describeError(error) }));
    request.once("response", (response) => {
      let raw = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (raw += chunk));
      response.once("end", () =>
        resolve({ kind: "answered", httpStatus: response.statusCode ?? 0, body: parseJson(raw) }),
      );
      response.once("aborted", () => resolve({ kind: "no-answer", error: "answer cut off" }));
    });
  });
  const accepted = new Promise<void>((resolve, reject) => {
    request.once("continue", () => resolve());
    void answer.then((early) => reject(new Error(`no 100 Continue: ${JSON.stringify(early)}`)));
  });
  request.flushHeaders();
  return {
    accepted,
    finish() {
      request.end(payload);
      return answer;
    },
  };
}
