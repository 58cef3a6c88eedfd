// Serves the production build for Playwright on a database of its own, in a fresh temporary folder,
// so end-to-end tests can never touch data/tandem.db. Goes through `npm start`'s script, so the run
// path (build if needed, migrate, seed) is exercised too.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { E2E_DEMO_PASSWORD, E2E_PORT } from "./constants";

const dir = mkdtempSync(path.join(tmpdir(), "tandem-e2e-"));
const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(E2E_PORT),
    DATABASE_PATH: path.join(dir, "tandem.db"),
    NEXTAUTH_URL: `http://localhost:${E2E_PORT}`,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    TANDEM_SEED: "demo",
    TANDEM_DEMO_PASSWORD: E2E_DEMO_PASSWORD,
    // The specs share the demo volunteer; the limit itself is covered by the unit tests.
    TANDEM_MAX_ACTIVE_CLAIMS: "20",
  },
});

const cleanUp = () => rmSync(dir, { recursive: true, force: true });
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.kill(signal);
  });
}
server.on("exit", (code) => {
  cleanUp();
  process.exit(code ?? 0);
});
