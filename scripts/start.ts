// `npm start`: the run command's second half. Checks the environment, builds the app when the
// build is missing or older than the sources, then serves the production build. The server itself
// migrates and seeds the database on start (instrumentation.ts) and prints how to sign in.
import { spawn } from "node:child_process";
import { envOrExit, publicUrl } from "../lib/env";
import { build, isBuildCurrent, nextBin } from "./build";

function main() {
  const config = envOrExit();
  if (!isBuildCurrent()) {
    console.log("Tandem: building the app (first start or changed sources; this takes a minute or two)…");
    build();
  }
  const server = spawn(process.execPath, [nextBin, "start", "--port", String(config.PORT)], {
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXTAUTH_URL: publicUrl(config),
    },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main();
