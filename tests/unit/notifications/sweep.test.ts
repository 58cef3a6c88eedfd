// What the sweep finds on its own: claims about to end, and the opt-in daily digest of new jobs.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { jobs } from "@/db/schema";
import { notifyExpiringClaims } from "@/lib/notifications/expiring-claims";
import { runNotificationSweep } from "@/lib/notifications/sweep";
import { sendOpenJobsDigests } from "@/lib/notifications/open-jobs-digest";
import { claimJob } from "@/lib/workflow/claim-job";
import { extendClaim } from "@/lib/workflow/extend-claim";
import { releaseClaim } from "@/lib/workflow/release-claim";
import { at, DAY_MS, importJobs, POLICY, T0, volunteerUser, workflowTestBed } from "../workflow/support";
import { BASE_URL, fakeSender, notificationsOf, setChannels } from "./support";

const bed = workflowTestBed();
const { db } = bed;
const HOUR_MS = 60 * 60 * 1000;
const hoursAfter = (date: Date, hours: number) => new Date(date.getTime() + hours * HOUR_MS);

describe("claims about to end", () => {
  it("warns the volunteer once, 24 hours before the due time, however many sweeps see it", async () => {
    const ana = await volunteerUser(db);
    const jobId = importJobs(db, bed.editor).job("es");
    claimJob(db, ana, { jobId, days: 2 }, { policy: POLICY, now: T0 });
    const dueAt = at(2);

    // 25 hours before: not yet.
    notifyExpiringClaims(db, hoursAfter(dueAt, -25));
    expect(notificationsOf(db, ana.id)).toEqual([]);

    // 23 hours before, then again in two later sweeps (as several processes would).
    notifyExpiringClaims(db, hoursAfter(dueAt, -23));
    notifyExpiringClaims(db, hoursAfter(dueAt, -23));
    notifyExpiringClaims(db, hoursAfter(dueAt, -1));
    const warnings = notificationsOf(db, ana.id, "claim-expiring");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      dedupeKey: `claim-expiring:${jobId}:${dueAt.getTime()}`,
      emailState: "pending",
      payload: { jobId, dueAt: dueAt.toISOString(), targetLanguage: "es" },
    });
  });

  it("warns again about an extended claim when its new due time comes near", async () => {
    const ana = await volunteerUser(db);
    const jobId = importJobs(db, bed.editor).job("es");
    claimJob(db, ana, { jobId, days: 1 }, { policy: POLICY, now: T0 });
    notifyExpiringClaims(db, hoursAfter(T0, 2));
    const { dueAt } = extendClaim(db, ana, { jobId, days: 3 }, { policy: POLICY, now: hoursAfter(T0, 3) });
    notifyExpiringClaims(db, hoursAfter(T0, 4));
    expect(notificationsOf(db, ana.id, "claim-expiring")).toHaveLength(1);

    notifyExpiringClaims(db, hoursAfter(dueAt, -12));
    const warnings = notificationsOf(db, ana.id, "claim-expiring");
    expect(warnings.map((row) => (row.payload as { dueAt: string }).dueAt)).toEqual([
      at(1).toISOString(),
      dueAt.toISOString(),
    ]);
  });

  it("says nothing about claims already past due, released, or switched off", async () => {
    const ana = await volunteerUser(db);
    const ben = await volunteerUser(db);
    const overdue = importJobs(db, bed.editor).job("es");
    claimJob(db, ana, { jobId: overdue, days: 1 }, { policy: POLICY, now: T0 });
    const released = importJobs(db, bed.editor).job("es");
    claimJob(db, ben, { jobId: released, days: 1 }, { policy: POLICY, now: T0 });
    releaseClaim(db, ben, { jobId: released }, hoursAfter(T0, 1));
    const quiet = await volunteerUser(db);
    setChannels(db, quiet.id, "claim-expiring", false, false);
    const quietJob = importJobs(db, bed.editor).job("es");
    claimJob(db, quiet, { jobId: quietJob, days: 1 }, { policy: POLICY, now: T0 });

    notifyExpiringClaims(db, hoursAfter(T0, 25));
    expect(notificationsOf(db, ana.id)).toEqual([]);
    notifyExpiringClaims(db, hoursAfter(T0, 2));
    expect(notificationsOf(db, ben.id)).toEqual([]);
    expect(notificationsOf(db, quiet.id)).toEqual([]);
    expect(notificationsOf(db, ana.id, "claim-expiring")).toHaveLength(1);
  });
});

describe("a sweep", () => {
  it("warns about a claim 23 hours before its due time and e-mails the warning, once across sweeps", async () => {
    const ana = await volunteerUser(db);
    const jobId = importJobs(db, bed.editor).job("es");
    claimJob(db, ana, { jobId, days: 3 }, { policy: POLICY, now: T0 });
    const sender = fakeSender();
    const sweepAt = hoursAfter(at(3), -23);

    // Other tests' claims and e-mails share this database: look at Ana's only.
    await runNotificationSweep(db, { sender, baseUrl: BASE_URL, now: () => sweepAt });
    await runNotificationSweep(db, { sender, baseUrl: BASE_URL, now: () => hoursAfter(sweepAt, 1) });

    expect(sender.sent.filter((message) => message.to === ana.email)).toEqual([
      expect.objectContaining({
        kind: "claim-expiring",
        text: expect.stringContaining(`${BASE_URL}/en/jobs/${jobId}`),
      }),
    ]);
    expect(notificationsOf(db, ana.id, "claim-expiring")).toEqual([expect.objectContaining({ emailState: "sent" })]);
  });
});

describe("the daily digest of new open jobs", () => {
  // Its own language, so the other tests' jobs never show in these digests.
  const LANGUAGE = "sw";
  const DAY1 = new Date("2026-04-10T00:00:00.000Z");
  const openedAt = (jobId: number, date: Date) =>
    db.update(jobs).set({ createdAt: date, updatedAt: date }).where(eq(jobs.id, jobId)).run();

  it("goes only to people who asked for it, once a day, and only when there is something new", async () => {
    const subscriber = await volunteerUser(db, [LANGUAGE]);
    const byMailOnly = await volunteerUser(db, [LANGUAGE]);
    const notSubscribed = await volunteerUser(db, [LANGUAGE]);
    const otherLanguage = await volunteerUser(db, ["ko"]);
    for (const person of [subscriber, otherLanguage]) setChannels(db, person.id, "open-jobs-digest", true, true);
    setChannels(db, byMailOnly.id, "open-jobs-digest", false, true);

    // Nothing opened the day before: no digest.
    expect(sendOpenJobsDigests(db, hoursAfter(DAY1, 1))).toBe(0);
    expect(notificationsOf(db, subscriber.id)).toEqual([]);

    // Two jobs open during day 1; day 2's first sweep tells about both, later sweeps add nothing.
    const { jobIds } = importJobs(db, bed.editor, { title: "Coral reefs", targetLanguages: [LANGUAGE] });
    const second = importJobs(db, bed.editor, { title: "Sea grass", targetLanguages: [LANGUAGE] }).jobIds;
    openedAt(jobIds[0]!, hoursAfter(DAY1, 3));
    openedAt(second[0]!, hoursAfter(DAY1, 20));
    // Opened during day 2: it waits for day 3's digest.
    const late = importJobs(db, bed.editor, { title: "Tide pools", targetLanguages: [LANGUAGE] }).jobIds[0]!;
    openedAt(late, hoursAfter(DAY1, 26));

    expect(sendOpenJobsDigests(db, hoursAfter(DAY1, 24.1))).toBe(2);
    expect(sendOpenJobsDigests(db, hoursAfter(DAY1, 30))).toBe(0);
    const digests = notificationsOf(db, subscriber.id, "open-jobs-digest");
    expect(digests).toHaveLength(1);
    expect(digests[0]).toMatchObject({
      dedupeKey: "open-jobs-digest:2026-04-11",
      emailState: "pending",
      readAt: null,
      payload: {
        since: DAY1.toISOString(),
        until: hoursAfter(DAY1, 24).toISOString(),
        total: 2,
        jobs: [
          { jobId: jobIds[0], title: "Coral reefs", targetLanguage: LANGUAGE },
          { jobId: second[0], title: "Sea grass", targetLanguage: LANGUAGE },
        ],
      },
    });
    expect(notificationsOf(db, byMailOnly.id, "open-jobs-digest")).toEqual([
      expect.objectContaining({ emailState: "pending", readAt: expect.any(Date) }),
    ]);
    expect(notificationsOf(db, notSubscribed.id)).toEqual([]);
    expect(notificationsOf(db, otherLanguage.id)).toEqual([]);

    // Day 3: only what opened since the previous digest, and not a job someone claimed meanwhile.
    const claimedMeanwhile = importJobs(db, bed.editor, { title: "Dunes", targetLanguages: [LANGUAGE] }).jobIds[0]!;
    openedAt(claimedMeanwhile, hoursAfter(DAY1, 30));
    claimJob(db, notSubscribed, { jobId: claimedMeanwhile }, { policy: POLICY, now: hoursAfter(DAY1, 31) });
    expect(sendOpenJobsDigests(db, hoursAfter(DAY1, 48.5))).toBe(2);
    const third = notificationsOf(db, subscriber.id, "open-jobs-digest")[1]!;
    expect(third.payload).toMatchObject({ total: 1, jobs: [{ jobId: late, title: "Tide pools" }] });

    // Day 4: nothing new.
    expect(sendOpenJobsDigests(db, hoursAfter(DAY1, 72.5))).toBe(0);
  });

  it("counts a job whose reservation for someone else ran out as newly open", async () => {
    const subscriber = await volunteerUser(db, ["tr"]);
    const keeper = await volunteerUser(db, ["tr"]);
    setChannels(db, subscriber.id, "open-jobs-digest", true, false);
    const jobId = importJobs(db, bed.editor, { title: "Salt marsh", targetLanguages: ["tr"] }).jobIds[0]!;
    const day = new Date("2026-05-01T00:00:00.000Z");
    db.update(jobs)
      .set({
        createdAt: new Date(day.getTime() - 10 * DAY_MS),
        updatedAt: new Date(day.getTime() - 5 * DAY_MS),
        reservedForId: keeper.id,
        reservedUntil: hoursAfter(day, 12),
      })
      .where(eq(jobs.id, jobId))
      .run();

    // Still kept for its last translator on May 1: not in May 1's digest.
    expect(sendOpenJobsDigests(db, hoursAfter(day, 1))).toBe(0);
    // Free for everyone from noon on May 1: in May 2's.
    expect(sendOpenJobsDigests(db, hoursAfter(day, 25))).toBe(1);
    expect(notificationsOf(db, subscriber.id, "open-jobs-digest")[0]!.payload).toMatchObject({
      jobs: [{ jobId, title: "Salt marsh" }],
    });
    expect(notificationsOf(db, keeper.id)).toEqual([]);
  });
});
