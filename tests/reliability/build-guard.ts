// These tests start the production server again and again; a stale build would make every start
// rebuild it (minutes, and a shared .next/ rewritten mid-run). They refuse to run instead.
import { isBuildCurrent } from "../../scripts/build";

export function assertBuildCurrent(): void {
  if (!isBuildCurrent()) {
    throw new Error("the production build is missing or older than the sources: run `npm run build` first");
  }
}
