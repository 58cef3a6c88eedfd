// Median time from claim to publication, per calendar month of the first publication and overall.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { claimToPublishTimes } from "@/lib/insights/claim-to-publish";
import { median } from "@/lib/insights/median";
import { makeUser } from "../support/factories";
import { editorUser, importJobs, reviewerUser, volunteerUser, workflowTestBed } from "../workflow/support";
import { DAY_MS, HOUR_MS, publishedAt, setJob } from "./support";

const bed = workflowTestBed();
const { db } = bed;

const NOW = new Date("2026-04-15T10:00:00.000Z");

/** A published Spanish job: claimed at `claimed`, then published at each of `published` in turn. */
function publishedJob(translator: Actor, claimed: Date, published: Date[]) {
  const jobId = importJobs(db, bed.editor, { targetLanguages: ["es"] }).job("es");
  setJob(db, jobId, { status: "published", assigneeId: translator.id, claimedAt: claimed });
  published.forEach((at, index) => publishedAt(db, jobId, bed.editor, at, published[index + 1] ?? null));
  return jobId;
}

describe("the median", () => {
  it("is the middle value, or the mean of the two middle values of an even count", () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([10, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 100])).toBe(3.5);
  });
});

describe("time from claim to publication", () => {
  it("takes the median of each month's first publications, and of all twelve months together", async () => {
    const admin = await makeUser(db, { role: "admin", translate: [], review: [] });
    const ana = await volunteerUser(db);
    const march = (day: number) => new Date(Date.UTC(2026, 2, day, 12));
    // March: 2, 4, 6 and 12 days (even count: the median is 5 days).
    publishedJob(ana, march(1), [march(3)]);
    publishedJob(ana, march(1), [march(5)]);
    publishedJob(ana, march(2), [march(8)]);
    publishedJob(ana, march(10), [march(22)]);
    // April: 6 hours. Republishing later changes nothing: only the first publication counts.
    publishedJob(ana, new Date("2026-04-02T08:00:00.000Z"), [
      new Date("2026-04-02T14:00:00.000Z"),
      new Date("2026-04-10T14:00:00.000Z"),
    ]);
    // Published before the window (counted nowhere), and a claim never published.
    publishedJob(ana, new Date("2025-03-01T00:00:00.000Z"), [new Date("2025-03-03T00:00:00.000Z")]);
    const unpublished = importJobs(db, bed.editor, { targetLanguages: ["es"] }).job("es");
    setJob(db, unpublished, { status: "in_progress", assigneeId: ana.id, claimedAt: march(1), dueAt: march(8) });

    const times = claimToPublishTimes(db, admin, NOW);

    expect(times.months).toHaveLength(12);
    expect(times.months.at(-2)).toEqual({ month: "2026-03", medianMs: 5 * DAY_MS, translations: 4 });
    expect(times.months.at(-1)).toEqual({ month: "2026-04", medianMs: 6 * HOUR_MS, translations: 1 });
    expect(times.months.slice(0, 10).every((month) => month.medianMs === null && month.translations === 0)).toBe(true);
    // 6 h, 2 d, 4 d, 6 d, 12 d: the middle one, not a median of the monthly medians.
    expect(times.overall).toEqual({ medianMs: 4 * DAY_MS, translations: 5 });
  });

  it("counts a translation republished after a source update from its new claim", async () => {
    const admin = await makeUser(db, { role: "admin", translate: [], review: [] });
    const ana = await volunteerUser(db);
    // First published in 2022; reclaimed on 1 June 2023 and published again three days later.
    publishedJob(ana, new Date("2023-06-01T00:00:00.000Z"), [
      new Date("2022-01-10T00:00:00.000Z"),
      new Date("2023-06-04T00:00:00.000Z"),
    ]);

    const june = claimToPublishTimes(db, admin, new Date("2023-06-30T00:00:00.000Z")).months.at(-1)!;

    expect(june).toEqual({ month: "2023-06", medianMs: 3 * DAY_MS, translations: 1 });
  });

  it("is for administrators only", async () => {
    for (const actor of [await volunteerUser(db), await reviewerUser(db), await editorUser(db)]) {
      expect(() => claimToPublishTimes(db, actor, NOW)).toThrow(NotFoundError);
    }
  });
});
