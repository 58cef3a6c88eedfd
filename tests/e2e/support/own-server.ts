// A production server of a test's own, which the test may stop and start again (the shared server of
// playwright.config.ts must keep running). Same build, its own database, the same demo password.
import { temporaryServer, type TemporaryServer } from "../../../scripts/temporary-server";
import { E2E_DEMO_PASSWORD } from "./constants";

export function ownServer(port: number, env: Record<string, string> = {}): TemporaryServer {
  return temporaryServer(port, { TANDEM_DEMO_PASSWORD: E2E_DEMO_PASSWORD, ...env });
}
