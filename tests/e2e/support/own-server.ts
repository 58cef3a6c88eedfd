// A production server of a test's own, which the test may stop and start again (the shared server of
// playwright.config.ts must keep running). Same build, its own database, the same demo password.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { E2E_DEMO_PASSWORD } from "./constants";

export type OwnServer = { url: string; start(): Promise<void>; stop(): Promise<void>; dispose(): Promise<void> };

export function ownServer(port: number): OwnServer {
  const dir = mkdtempSync(path.join(tmpdir(), "tandem-e2e-own-"));
  const url = `http://localhost:${port}`;
  const secret = randomBytes(32).toString("base64url");
  let child: ChildProcess | undefined;

  async function waitUntil(up: boolean) {
    for (let attempt = 0; attempt < 300; attempt++) {
      const answered = await fetch(`${url}/en`).then(
        () => true,
        () => false,
      );
      if (answered === up) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the server on ${url} did not ${up ? "start" : "stop"}`);
  }

  return {
    url,
    async start() {
      child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
        // Its own process group, so stop() ends `next start` too, not only the launcher.
        detached: true,
        stdio: "ignore",
        env: {
          ...process.env,
          NODE_ENV: "production",
          NEXT_TELEMETRY_DISABLED: "1",
          PORT: String(port),
          DATABASE_PATH: path.join(dir, "tandem.db"),
          NEXTAUTH_URL: url,
          NEXTAUTH_SECRET: secret,
          TANDEM_SEED: "demo",
          TANDEM_DEMO_PASSWORD: E2E_DEMO_PASSWORD,
        },
      });
      await waitUntil(true);
    },
    /** Kills the server at once (SIGKILL), as a crash or a pulled cable would. */
    async stop() {
      if (child?.pid) process.kill(-child.pid, "SIGKILL");
      child = undefined;
      await waitUntil(false);
    },
    async dispose() {
      if (child) await this.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
