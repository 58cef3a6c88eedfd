import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@/": root,
      // Marks Next server modules; outside Next it has nothing to guard.
      "server-only": `${root}tests/unit/support/server-only.ts`,
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // Each file gets its own process and its own temporary database (tests/unit/support/test-db.ts).
    pool: "forks",
    testTimeout: 20_000,
  },
});
