// A production server on a database of its own in a temporary folder, for tests and benchmarks that
// must start, kill and restart it. Runs `scripts/start.ts` (so the build must exist or is made).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, mkdtempSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type TemporaryServer = {
  url: string;
  databasePath: string;
  /** The process group of the running server (launcher and `next start`), for measuring its CPU. */
  readonly processGroupId: number | undefined;
  start(): Promise<void>;
  /** Kills the server at once (SIGKILL), as a crash or a pulled cable would. */
  stop(): Promise<void>;
  dispose(): Promise<void>;
};

export type TemporaryServerOptions = {
  /**
   * A file that receives the server's stdout and stderr (appended, across restarts), for callers
   * that look for errors in its log. Without it the output is discarded.
   */
  logFile?: string;
};

export function temporaryServer(
  port: number,
  env: Record<string, string> = {},
  options: TemporaryServerOptions = {},
): TemporaryServer {
  const dir = mkdtempSync(path.join(tmpdir(), "tandem-server-"));
  const url = `http://localhost:${port}`;
  const databasePath = path.join(dir, "tandem.db");
  const secret = randomBytes(32).toString("base64url");
  let child: ChildProcess | undefined;

  async function waitUntil(up: boolean) {
    for (let attempt = 0; attempt < 600; attempt++) {
      const answered = await fetch(`${url}/en`).then(
        () => true,
        () => false,
      );
      if (answered === up) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the server on ${url} did not ${up ? "start" : "stop"}`);
  }

  const server: TemporaryServer = {
    url,
    databasePath,
    get processGroupId() {
      return child?.pid;
    },
    async start() {
      // The child writes to the file itself, so its output never waits on this process reading a pipe.
      const log = options.logFile === undefined ? undefined : openSync(options.logFile, "a");
      child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
        // Its own process group, so stop() ends `next start` too, not only the launcher.
        detached: true,
        stdio: log === undefined ? "ignore" : ["ignore", log, log],
        env: {
          ...process.env,
          NODE_ENV: "production",
          NEXT_TELEMETRY_DISABLED: "1",
          PORT: String(port),
          DATABASE_PATH: databasePath,
          NEXTAUTH_URL: url,
          NEXTAUTH_SECRET: secret,
          TANDEM_SEED: "demo",
          ...env,
        },
      });
      if (log !== undefined) closeSync(log);
      await waitUntil(true);
    },
    async stop() {
      if (child?.pid) process.kill(-child.pid, "SIGKILL");
      child = undefined;
      await waitUntil(false);
    },
    async dispose() {
      if (child) await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}
