import { defineConfig } from "@playwright/test";
import { E2E_PORT } from "./tests/e2e/support/constants";

export default defineConfig({
  testDir: "tests/e2e",
  // One worker: the server and the browser share this machine's two cores, and scrypt is CPU-bound.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // The HTML report keeps what specs attach (the Arabic screenshots, the certificate) for every test,
  // not only failed ones; `npx playwright show-report` opens it.
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    browserName: "chromium",
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download is not reachable from here.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    // The production build on its own temporary database (see the file for details).
    command: "npx tsx tests/e2e/support/server.ts",
    url: `http://localhost:${E2E_PORT}/en`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
