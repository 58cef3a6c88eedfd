import { beforeAll, describe, expect, it } from "vitest";
import { actionLabel, detailsText, subjectHref, subjectText } from "@/app/[lng]/admin/audit/event-text";
import { writeTransaction } from "@/db/client";
import { changeRole } from "@/lib/admin/change-role";
import { listAuditEvents } from "@/lib/admin/list-audit-events";
import { recordAuditEvent } from "@/lib/audit/record-event";
import type { Actor } from "@/lib/auth/actor";
import { getT } from "@/lib/i18n/server";
import { claimJob } from "@/lib/workflow/claim-job";
import { expireClaims } from "@/lib/workflow/expire-claims";
import { createTestDb } from "../support/test-db";
import { importJobs, POLICY, T0 } from "../workflow/support";
import { adminUser, editorUser, reviewerUser, volunteerUser } from "./support";

const db = createTestDb();
let admin: Actor;
let editor: Actor;
let ana: Actor;
let rita: Actor;
let jobId: number;
let otherJobId: number;

beforeAll(async () => {
  admin = await adminUser(db);
  editor = await editorUser(db);
  ana = await volunteerUser(db);
  rita = await reviewerUser(db);
  const article = importJobs(db, editor, { title: "Mangroves <b>in</b> Fiji", targetLanguages: ["es"] });
  jobId = article.job("es");
  otherJobId = importJobs(db, editor, { targetLanguages: ["es"] }).job("es");
  claimJob(db, ana, { jobId }, { policy: POLICY, now: T0 });
  // The claim runs out: the system, not a person, gives the job back.
  expireClaims(db, new Date(T0.getTime() + 30 * 24 * 3600 * 1000));
  claimJob(db, ana, { jobId: otherJobId }, { policy: POLICY, now: new Date() });
  changeRole(db, admin, { userId: rita.id, role: "volunteer" });
});

const actionsOf = (query: unknown) => listAuditEvents(db, admin, query).events.map((event) => event.action);

describe("the audit log", () => {
  it("lists events newest first, naming who did each and what it was about", () => {
    const log = listAuditEvents(db, admin, {});
    expect(log.events[0]).toMatchObject({
      action: "user.role_changed",
      actor: { id: admin.id, name: admin.displayName },
      subject: { type: "user", id: rita.id, name: rita.displayName },
      data: { from: "reviewer", to: "volunteer" },
    });
    const ids = log.events.map((event) => event.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(log.actions).toEqual(expect.arrayContaining(["job.claimed", "job.claim_expired", "user.role_changed"]));
    expect(log.actors.map((actor) => actor.id)).toEqual(expect.arrayContaining([admin.id, editor.id, ana.id]));
  });

  it("filters by the person who acted, or the system", () => {
    expect(actionsOf({ actor: String(ana.id) })).toEqual(["job.claimed", "job.claimed", "test.user_created"]);
    expect(actionsOf({ actor: "system" })).toEqual(["job.claim_expired"]);
    expect(listAuditEvents(db, admin, { actor: "system" }).events[0]?.actor).toBeNull();
  });

  it("filters by job and by action, and combines filters", () => {
    expect(actionsOf({ job: String(jobId) })).toEqual(["job.claim_expired", "job.claimed"]);
    const claimed = listAuditEvents(db, admin, { action: "job.claimed", job: String(otherJobId) }).events;
    expect(claimed).toHaveLength(1);
    expect(claimed[0]).toMatchObject({
      actor: { id: ana.id },
      subject: { type: "job", id: otherJobId, targetLanguage: "es" },
    });
    expect(actionsOf({ action: "job.claimed", actor: String(admin.id) })).toEqual([]);
    // A value that does not fit is ignored rather than failing the page.
    expect(listAuditEvents(db, admin, { job: "abc", actor: "nobody" }).matching).toBe(
      listAuditEvents(db, admin, {}).matching,
    );
  });

  it("shows 50 events a page", () => {
    writeTransaction(db, (tx) => {
      for (let index = 0; index < 60; index += 1) {
        recordAuditEvent(tx, { actorId: null, action: "test.bulk", subjectType: "test", data: { index } });
      }
    });
    const first = listAuditEvents(db, admin, { action: "test.bulk" });
    expect(first).toMatchObject({ matching: 60, page: 1, pageCount: 2 });
    expect(first.events).toHaveLength(50);
    expect(first.events[0]?.data).toEqual({ index: 59 });
    const second = listAuditEvents(db, admin, { action: "test.bulk", page: "2" });
    expect(second.events.map((event) => event.data.index)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
  });
});

describe("events in words", () => {
  const en = getT("en");
  const es = getT("es");

  it("labels known actions in the reader's language and shows unknown ones as recorded", () => {
    expect(actionLabel(en, "user.role_changed")).toBe("Role changed");
    expect(actionLabel(es, "job.claimed")).toBe("Trabajo reservado");
    expect(actionLabel(en, "test.bulk")).toBe("test.bulk");
  });

  it("describes changes and subjects as plain text, keeping what users typed as it is", () => {
    const [roleChange] = listAuditEvents(db, admin, { action: "user.role_changed" }).events;
    expect(detailsText(roleChange!, en, "en")).toBe("Reviewer → Volunteer");
    expect(detailsText(roleChange!, es, "es")).toBe("Revisor → Voluntario");
    expect(subjectHref(roleChange!, "en")).toBe(`/en/admin/people/${rita.id}`);

    const [claim] = listAuditEvents(db, admin, { action: "job.claimed", job: String(jobId) }).events;
    expect(subjectText(claim!, en, "en")).toBe(`Job ${jobId}: Mangroves <b>in</b> Fiji into Spanish`);
    expect(subjectHref(claim!, "es")).toBe(`/es/jobs/${jobId}`);
    expect(detailsText(claim!, en, "en")).toMatch(/^dueAt: .+; days: 7$/);
  });
});
