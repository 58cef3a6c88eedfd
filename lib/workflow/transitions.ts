// The job workflow as data (docs/architecture.md, "Job states"): which transition leaves which state
// and where it goes. Use-cases call assertTransition; the tests read the same table.
import type { JobStatus } from "@/db/enums";
import { WorkflowError } from "../errors";
import { message } from "../validation/message";

export const TRANSITIONS = {
  claim: { from: ["open"], to: "in_progress" },
  extend: { from: ["in_progress"], to: "in_progress" },
  release: { from: ["in_progress"], to: "open" },
  expire: { from: ["in_progress"], to: "open" },
  submit: { from: ["in_progress"], to: "in_review" },
  /** A reviewer takes a submitted job (the job stays in review, now theirs), or gives it back. */
  "take-review": { from: ["in_review"], to: "in_review" },
  "release-review": { from: ["in_review"], to: "in_review" },
  /** Rejected segments go back to the same translator; approved ones stay approved. */
  "request-changes": { from: ["in_review"], to: "in_progress" },
  approve: { from: ["in_review"], to: "approved" },
  publish: { from: ["approved"], to: "published" },
  unpublish: { from: ["published"], to: "approved" },
  /** A newer source changed segments of finished work: back to the pool (its last translator first). */
  "source-update": { from: ["in_review", "approved", "published"], to: "open" },
} as const satisfies Record<string, { from: readonly JobStatus[]; to: JobStatus }>;

export type Transition = keyof typeof TRANSITIONS;

export function canTransition(status: JobStatus, transition: Transition): boolean {
  return (TRANSITIONS[transition].from as readonly JobStatus[]).includes(status);
}

/** Throws a WorkflowError naming the job's state when `transition` cannot leave it. */
export function assertTransition(status: JobStatus, transition: Transition): JobStatus {
  if (!canTransition(status, transition)) {
    throw new WorkflowError(message(`workflow:cannot.${transition}`, { status }));
  }
  return TRANSITIONS[transition].to;
}
