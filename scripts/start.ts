// `npm start`: the run command's second half. Checks the environment, builds the app when the
// build is missing or older than the sources, then serves the production build. The server itself
// migrates and seeds the database on start (instrumentation.ts) and prints how to sign in.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import path from "node:path";
import { env, EnvError } from "../lib/env";

const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const STAMP = path.join(root, ".next", "tandem-source-stamp");
const SOURCES = [
  "app",
  "lib",
  "db",
  "locales",
  "types",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "package-lock.json",
];

/** A fingerprint of every source file's path, size and modification time. */
function sourceStamp(): string {
  const hash = createHash("sha256");
  const visit = (entry: string) => {
    const full = path.join(root, entry);
    if (!existsSync(full)) return;
    const stat = statSync(full);
    if (stat.isDirectory()) {
      for (const child of readdirSync(full).sort()) visit(path.join(entry, child));
    } else {
      hash.update(`${entry}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  };
  SOURCES.forEach(visit);
  return hash.digest("hex");
}

function buildIfNeeded() {
  const stamp = sourceStamp();
  const built = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(STAMP);
  if (built && readFileSync(STAMP, "utf8") === stamp) return;
  console.log("Tandem: building the app (first start or changed sources; this takes a few minutes)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error("Tandem: the build failed; see the messages above.");
    process.exit(result.status ?? 1);
  }
  writeFileSync(STAMP, stamp);
}

function main() {
  let config;
  try {
    config = env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`Tandem cannot start. ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  buildIfNeeded();
  const server = spawn(process.execPath, [nextBin, "start", "--port", String(config.PORT)], {
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXTAUTH_URL: config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`,
    },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main();
