// Volunteers active per month: distinct authors of translation history, per UTC calendar month.
import { describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { volunteersActivePerMonth } from "@/lib/insights/volunteers-per-month";
import { makeUser } from "../support/factories";
import { editorUser, importJobs, reviewerUser, volunteerUser, workflowTestBed } from "../workflow/support";
import { historyRow } from "./support";

const bed = workflowTestBed();
const { db } = bed;

const NOW = new Date("2026-04-15T10:00:00.000Z");

describe("volunteers active per month", () => {
  it("counts each author once a month, shows the quiet months as 0, and keeps to the last 12 months", async () => {
    const admin = await makeUser(db, { role: "admin", translate: [], review: [] });
    const [ana, ben] = [await volunteerUser(db), await volunteerUser(db)];
    const jobId = importJobs(db, bed.editor).job("es");
    // March: Ana three times, Ben once, and a row nobody wrote (a source update outdating it).
    historyRow(db, jobId, ana, new Date("2026-03-01T00:00:00.000Z"));
    historyRow(db, jobId, ana, new Date("2026-03-10T12:00:00.000Z"));
    historyRow(db, jobId, ana, new Date("2026-03-31T23:59:59.999Z"));
    historyRow(db, jobId, ben, new Date("2026-03-20T08:00:00.000Z"));
    historyRow(db, jobId, null, new Date("2026-03-21T08:00:00.000Z"));
    // April: Ben only.
    historyRow(db, jobId, ben, new Date("2026-04-01T00:00:00.000Z"));
    // Thirteen months back, and next month: outside the window.
    historyRow(db, jobId, ana, new Date("2025-04-30T23:59:59.999Z"));
    historyRow(db, jobId, ana, new Date("2026-05-01T00:00:00.000Z"));

    const months = volunteersActivePerMonth(db, admin, NOW);

    expect(months.map((month) => month.month)).toEqual([
      "2025-05",
      "2025-06",
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
    ]);
    expect(months.map((month) => month.volunteers)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 1]);
  });

  it("counts a reviewer's approvals and edits as activity too", async () => {
    const admin = await makeUser(db, { role: "admin", translate: [], review: [] });
    const marta = await reviewerUser(db);
    const jobId = importJobs(db, bed.editor).job("es");
    historyRow(db, jobId, marta, new Date("2024-06-03T09:00:00.000Z"));

    const june = volunteersActivePerMonth(db, admin, new Date("2024-06-30T00:00:00.000Z")).at(-1)!;

    expect(june).toEqual({ month: "2024-06", volunteers: 1 });
  });

  it("is for administrators only: anyone else is told it does not exist", async () => {
    for (const actor of [await volunteerUser(db), await reviewerUser(db), await editorUser(db)]) {
      expect(() => volunteersActivePerMonth(db, actor, NOW)).toThrow(NotFoundError);
    }
  });
});
