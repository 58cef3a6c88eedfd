// The production server as `npm start` runs it (scripts/start.ts, which passes SIGTERM on to
// `next start`), on a database of its own, for a test that stops it with a signal and watches it
// exit. Same environment as scripts/temporary-server.ts, whose stop() only knows SIGKILL.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, mkdtempSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as pause } from "node:timers/promises";

export type ServerExit = { code: number | null; signal: NodeJS.Signals | null };

export type SignalledServer = {
  url: string;
  databasePath: string;
  logFile: string;
  start(): Promise<void>;
  /** Sends `signal` to the launcher, as a service manager or Ctrl+C would. */
  signal(signal: NodeJS.Signals): void;
  /** Resolves when the launcher has exited (it exits when `next start` has). */
  exited(): Promise<ServerExit>;
  /** Ends whatever is left of the process group (SIGKILL) and deletes the folder. */
  dispose(): void;
};

export function signalledServer(port: number, env: Record<string, string>): SignalledServer {
  const dir = mkdtempSync(path.join(tmpdir(), "tandem-signalled-"));
  const url = `http://localhost:${port}`;
  const logFile = path.join(dir, "server.log");
  const databasePath = path.join(dir, "tandem.db");
  let child: ChildProcess | undefined;
  let exit: Promise<ServerExit> | undefined;

  const server: SignalledServer = {
    url,
    databasePath,
    logFile,
    async start() {
      const log = openSync(logFile, "a");
      child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
        // Its own process group, so dispose() can end `next start` too if a test fails halfway.
        detached: true,
        stdio: ["ignore", log, log],
        env: {
          ...process.env,
          NODE_ENV: "production",
          NEXT_TELEMETRY_DISABLED: "1",
          PORT: String(port),
          DATABASE_PATH: databasePath,
          NEXTAUTH_URL: url,
          NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
          TANDEM_SEED: "demo",
          ...env,
        },
      });
      closeSync(log);
      const launched = child;
      exit = new Promise((resolve) => launched.once("exit", (code, signal) => resolve({ code, signal })));
      let gone = false;
      void exit.then(() => (gone = true));
      for (let attempt = 0; attempt < 600 && !gone; attempt++) {
        if (
          await fetch(`${url}/en`).then(
            () => true,
            () => false,
          )
        )
          return;
        await pause(100);
      }
      throw new Error(`the server on ${url} did not start (${gone ? "it exited" : "no answer in 60 s"})`);
    },
    signal(signal) {
      if (!child?.pid) throw new Error("the server is not running");
      process.kill(child.pid, signal);
    },
    exited() {
      if (!exit) throw new Error("the server was never started");
      return exit;
    },
    dispose() {
      try {
        if (child?.pid) process.kill(-child.pid, "SIGKILL");
      } catch (error) {
        // ESRCH: the whole group has exited already, as it should after a graceful stop.
        if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
      }
      child = undefined;
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}
