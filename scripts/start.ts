// `npm start`: the run command's second half. Checks the environment, builds the app when the
// build is missing or older than the sources, then serves the production build. The server itself
// migrates and seeds the database on start (instrumentation.ts) and prints how to sign in.
import { spawn } from "node:child_process";
import { env, EnvError } from "../lib/env";
import { build, isBuildCurrent, nextBin } from "./build";

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
  if (!isBuildCurrent()) {
    console.log("Tandem: building the app (first start or changed sources; this takes a minute or two)…");
    build();
  }
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
