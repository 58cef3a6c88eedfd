// `npm start`: the run command's second half. Checks the environment, builds the app when the
// build is missing or older than the sources, prepares the database once (migrate, seed), then
// serves the production build from several processes sharing the port (node:cluster), one per
// core: a Next.js server is one JavaScript thread, and on a 2-core machine a second process halves
// the time a save waits behind an editor page being rendered (docs/decisions/0011). SQLite in WAL
// mode lets the processes write the one database safely; immediate transactions queue on its lock.
import cluster, { type Worker } from "node:cluster";
import { availableParallelism } from "node:os";
import { createRequire } from "node:module";
import { envOrExit, publicUrl } from "../lib/env";
import { prepareDatabase } from "../lib/startup/prepare-database";
import { build, isBuildCurrent, nextBin } from "./build";

const MAX_DEFAULT_PROCESSES = 2;

async function primary() {
  const config = envOrExit();
  if (!isBuildCurrent()) {
    console.log("Tandem: building the app (first start or changed sources; this takes a minute or two)…");
    build();
  }
  // Once, before any server process opens the database: concurrent first starts would race to migrate.
  const { db } = await prepareDatabase(config);
  db.$client.close();

  const processes = config.TANDEM_SERVER_PROCESSES ?? Math.min(MAX_DEFAULT_PROCESSES, availableParallelism());
  const env = { ...process.env, NODE_ENV: "production", NEXTAUTH_URL: publicUrl(config) };
  const workers = new Map<Worker, string>();
  const fork = (slot: string) => workers.set(cluster.fork({ ...env, TANDEM_SERVER_PROCESS: slot }), slot);
  for (let slot = 1; slot <= processes; slot++) fork(String(slot));

  const listening = new Set<Worker>();
  cluster.on("listening", (worker) => listening.add(worker));

  let stopping: NodeJS.Signals | null = null;
  let exitCode = 0;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = signal;
      // Each server stops taking requests, finishes those in flight and checkpoints the database.
      for (const worker of workers.keys()) worker.process.kill(signal);
    });
  }
  cluster.on("exit", (worker, code, signal) => {
    const slot = workers.get(worker) ?? "?";
    workers.delete(worker);
    if (stopping) {
      if (code) exitCode = exitCode || code;
      if (workers.size === 0) process.exit(exitCode || (stopping === "SIGTERM" ? 143 : 130));
      return;
    }
    // One that never got to serve (bad configuration, port taken) would fail again: stop everything.
    if (!listening.has(worker)) {
      for (const other of workers.keys()) other.process.kill("SIGTERM");
      console.error(`Tandem: server process ${slot} could not start (${signal ?? code}).`);
      process.exit(code || 1);
    }
    listening.delete(worker);
    // A server process that died while serving is replaced; the others kept serving meanwhile.
    console.error(`Tandem: server process ${slot} exited (${signal ?? code}); starting another.`);
    fork(slot);
  });
}

/** A server process: `next start` in this process, listening on the port the primary shares. */
function server() {
  const config = envOrExit();
  process.argv = [process.execPath, nextBin, "start", "--port", String(config.PORT)];
  createRequire(__filename)(nextBin);
}

if (cluster.isPrimary) void primary();
else server();
