// Builds the production app and records a fingerprint of the sources it was built from, so
// `npm start` rebuilds only when something changed. `npm run build` always builds.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
export const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
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
  "tsconfig.json",
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

export function isBuildCurrent(): boolean {
  return (
    existsSync(path.join(root, ".next", "BUILD_ID")) &&
    existsSync(STAMP) &&
    readFileSync(STAMP, "utf8") === sourceStamp()
  );
}

export function build(): void {
  const stamp = sourceStamp();
  const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error("Tandem: the build failed; see the messages above.");
    process.exit(result.status ?? 1);
  }
  writeFileSync(STAMP, stamp);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) build();
