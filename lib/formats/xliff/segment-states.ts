// How Tandem's segment statuses travel in XLIFF, and back.
//
// Export:
//
// | Tandem     | XLIFF 2.0 state (subState)  | XLIFF 1.2 <target state> (other)                    |
// |------------|-----------------------------|-----------------------------------------------------|
// | empty      | initial (tandem:empty)      | new, empty target                                   |
// | draft      | initial (tandem:draft)      | needs-translation                                   |
// | translated | translated                  | translated                                          |
// | approved   | reviewed, or final once the | signed-off, or final once the job is approved;      |
// |            | job is approved / published | approved="yes" on the trans-unit                    |
// | rejected   | initial (tandem:rejected)   | needs-review-translation; the reviewer's comment    |
// |            |                             | travels as a note                                   |
// | outdated   | initial (tandem:outdated)   | needs-translation, state-qualifier x-outdated; the  |
// |            |                             | old translation is kept as the target               |
//
// Import: a changed target is saved as a confirmed translation ("translated", which runs QA) when
// the file says it is finished (2.0: translated, reviewed or final; 1.2: translated, signed-off or
// final, or approved="yes"), and as a draft otherwise. Only the translator's two statuses can come
// in: approving is a reviewer's act in Tandem, never a file's claim.
import type { JobStatus, SegmentStatus } from "@/db/enums";

export type Xliff20State = "initial" | "translated" | "reviewed" | "final";

/** Jobs whose approved segments are final: nothing is left to change in them. */
const FINISHED_JOBS: readonly JobStatus[] = ["approved", "published"];

export function xliff20State(status: SegmentStatus, job: JobStatus): { state: Xliff20State; subState?: string } {
  switch (status) {
    case "translated":
      return { state: "translated" };
    case "approved":
      return { state: FINISHED_JOBS.includes(job) ? "final" : "reviewed" };
    default:
      return { state: "initial", subState: `tandem:${status}` };
  }
}

export function xliff12State(status: SegmentStatus, job: JobStatus): { state: string; qualifier?: string } {
  switch (status) {
    case "empty":
      return { state: "new" };
    case "draft":
      return { state: "needs-translation" };
    case "translated":
      return { state: "translated" };
    case "approved":
      return { state: FINISHED_JOBS.includes(job) ? "final" : "signed-off" };
    case "rejected":
      return { state: "needs-review-translation" };
    case "outdated":
      return { state: "needs-translation", qualifier: "x-outdated" };
  }
}

const CONFIRMED_20 = new Set(["translated", "reviewed", "final"]);
const CONFIRMED_12 = new Set(["translated", "signed-off", "final"]);

/** Whether a 2.0 segment's state says its target is finished. The schema's default state is initial. */
export function confirmedIn20(state: string | undefined): boolean {
  return state !== undefined && CONFIRMED_20.has(state);
}

/** Whether a 1.2 unit's target is finished: by its state, or by the unit's approved flag. */
export function confirmedIn12(state: string | undefined, approved: string | undefined): boolean {
  return approved === "yes" || (state !== undefined && CONFIRMED_12.has(state));
}

/** The statuses that hold a translation the translator confirmed (or a reviewer approved). */
export function isConfirmed(status: SegmentStatus): boolean {
  return status === "translated" || status === "approved";
}
