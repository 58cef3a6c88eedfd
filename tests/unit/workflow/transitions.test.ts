// The job state machine as data: every transition leaves only the states it lists.
import { describe, expect, it } from "vitest";
import { JOB_STATUSES, type JobStatus } from "@/db/enums";
import { WorkflowError } from "@/lib/errors";
import { assertTransition, canTransition, TRANSITIONS, type Transition } from "@/lib/workflow/transitions";
import englishWorkflow from "@/locales/en/workflow.json";
import { thrownBy } from "./support";

const transitions = Object.keys(TRANSITIONS) as Transition[];

describe("job transitions", () => {
  it("lists the documented workflow", () => {
    expect(TRANSITIONS).toEqual({
      claim: { from: ["open"], to: "in_progress" },
      extend: { from: ["in_progress"], to: "in_progress" },
      release: { from: ["in_progress"], to: "open" },
      expire: { from: ["in_progress"], to: "open" },
      submit: { from: ["in_progress"], to: "in_review" },
      "take-review": { from: ["in_review"], to: "in_review" },
      "release-review": { from: ["in_review"], to: "in_review" },
      "request-changes": { from: ["in_review"], to: "in_progress" },
      approve: { from: ["in_review"], to: "approved" },
      publish: { from: ["approved"], to: "published" },
      unpublish: { from: ["published"], to: "approved" },
      "source-update": { from: ["in_review", "approved", "published"], to: "open" },
    });
  });

  it.each(transitions)("%s is refused from every state outside its `from` list", (transition) => {
    const from = TRANSITIONS[transition].from as readonly JobStatus[];
    const refused = JOB_STATUSES.filter((status) => !from.includes(status));
    expect(refused.length).toBeGreaterThan(0);
    for (const status of refused) {
      expect(canTransition(status, transition), `${transition} from ${status}`).toBe(false);
      const error = thrownBy(() => assertTransition(status, transition));
      expect(error, `${transition} from ${status}`).toBeInstanceOf(WorkflowError);
      expect((error as WorkflowError).reason).toEqual({ key: `workflow:cannot.${transition}`, values: { status } });
    }
  });

  it.each(transitions)("%s is allowed from its `from` states and leads to its `to` state", (transition) => {
    for (const status of TRANSITIONS[transition].from) {
      expect(canTransition(status, transition)).toBe(true);
      expect(assertTransition(status, transition)).toBe(TRANSITIONS[transition].to);
    }
  });

  it("has a user-facing message for every refusal", () => {
    const cannot: Record<string, string> = englishWorkflow.cannot;
    for (const transition of transitions) expect(cannot[transition], transition).toEqual(expect.any(String));
  });
});
