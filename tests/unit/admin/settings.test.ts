import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { appSettings, jobs } from "@/db/schema";
import { defaultSettings, getSettingsOverview, offeredLanguages, readSettings } from "@/lib/admin/settings";
import { updateSettings } from "@/lib/admin/update-settings";
import { openArticleForLanguages } from "@/lib/articles/open-article";
import type { Actor } from "@/lib/auth/actor";
import { ValidationError, WorkflowError } from "@/lib/errors";
import { CONTENT_LANGUAGES } from "@/lib/languages";
import { claimJob } from "@/lib/workflow/claim-job";
import { CLAIM_MAX_DAYS, claimPolicy, DAY_MS } from "@/lib/workflow/claim-policy";
import { createTestDb } from "../support/test-db";
import { importJobs, T0 } from "../workflow/support";
import { adminUser, editorUser, eventsOf, thrownBy, volunteerUser } from "./support";

const db = createTestDb();
let admin: Actor;
let editor: Actor;

beforeAll(async () => {
  admin = await adminUser(db);
  editor = await editorUser(db);
});

const ALL = [...CONTENT_LANGUAGES];
const save = (input: Record<string, unknown>) => updateSettings(db, admin, { ...readSettings(db), ...input });

function fieldsOf(work: () => unknown): Record<string, string> {
  const error = thrownBy(work);
  expect(error).toBeInstanceOf(ValidationError);
  return Object.fromEntries(Object.entries((error as ValidationError).fields).map(([field, msg]) => [field, msg.key]));
}

describe("settings", () => {
  it("fall back to the environment and every content language while nothing is set", () => {
    expect(defaultSettings()).toMatchObject({ offeredLanguages: ALL });
    expect(readSettings(db)).toEqual(defaultSettings());
    expect(getSettingsOverview(db, admin)).toEqual({
      values: defaultSettings(),
      defaults: defaultSettings(),
      changes: {},
    });
  });

  it("refuse values out of range, not numbers, or no language at all, and change nothing", () => {
    const before = readSettings(db);
    expect(fieldsOf(() => save({ maxActiveClaims: "0", claimDays: "31", offeredLanguages: [] }))).toEqual({
      maxActiveClaims: "validation:tooSmall",
      claimDays: "validation:tooBig",
      offeredLanguages: "validation:chooseAtLeast",
    });
    expect(fieldsOf(() => save({ maxActiveClaims: "101" }))).toEqual({ maxActiveClaims: "validation:tooBig" });
    expect(fieldsOf(() => save({ claimDays: "two", offeredLanguages: ["xx"] }))).toEqual({
      claimDays: "validation:invalid",
      offeredLanguages: "validation:invalidChoice",
    });
    expect(fieldsOf(() => save({ maxActiveClaims: "2.5" }))).toEqual({ maxActiveClaims: "validation:invalid" });
    expect(readSettings(db)).toEqual(before);
    expect(eventsOf(db, "settings.changed")).toEqual([]);
  });

  it("record one audit event per changed setting, with its value before and after, and nothing for the rest", () => {
    expect(
      updateSettings(db, admin, { maxActiveClaims: "5", claimDays: "10", offeredLanguages: ["fr", "es"] }),
    ).toEqual({
      changed: ["maxActiveClaims", "claimDays", "offeredLanguages"],
    });
    expect(readSettings(db)).toEqual({ maxActiveClaims: 5, claimDays: 10, offeredLanguages: ["es", "fr"] });
    const defaults = defaultSettings();
    expect(
      eventsOf(db, "settings.changed").map(({ actorId, subjectType, data }) => ({ actorId, subjectType, data })),
    ).toEqual([
      {
        actorId: admin.id,
        subjectType: "settings",
        data: { setting: "maxActiveClaims", from: defaults.maxActiveClaims, to: 5 },
      },
      { actorId: admin.id, subjectType: "settings", data: { setting: "claimDays", from: defaults.claimDays, to: 10 } },
      {
        actorId: admin.id,
        subjectType: "settings",
        data: { setting: "offeredLanguages", from: ALL, to: ["es", "fr"] },
      },
    ]);

    // The same form saved again changes nothing and records nothing.
    expect(save({})).toEqual({ changed: [] });
    expect(save({ claimDays: 12 })).toEqual({ changed: ["claimDays"] });
    expect(eventsOf(db, "settings.changed")).toHaveLength(4);
    expect(getSettingsOverview(db, admin).changes.claimDays?.updatedByName).toBe(admin.displayName);
  });

  it("ignore a stored value that breaks the rules, using the default instead", () => {
    db.update(appSettings).set({ value: 1000 }).where(eq(appSettings.key, "maxActiveClaims")).run();
    db.update(appSettings).set({ value: [] }).where(eq(appSettings.key, "offeredLanguages")).run();
    db.insert(appSettings).values({ key: "somethingElse", value: "?" }).run();
    expect(readSettings(db)).toMatchObject({
      maxActiveClaims: defaultSettings().maxActiveClaims,
      claimDays: 12,
      offeredLanguages: ALL,
    });
  });
});

describe("the claim policy follows the settings", () => {
  it("applies a changed limit and duration to the very next claim", async () => {
    save({ maxActiveClaims: 1, claimDays: 4, offeredLanguages: ALL });
    expect(claimPolicy(db)).toEqual({ maxActiveClaims: 1, defaultDays: 4, maxDays: CLAIM_MAX_DAYS });
    const ana = await volunteerUser(db);
    const first = importJobs(db, editor).job("es");
    const second = importJobs(db, editor).job("es");

    expect(claimJob(db, ana, { jobId: first }, { now: T0 }).dueAt).toEqual(new Date(T0.getTime() + 4 * DAY_MS));
    const refused = thrownBy(() => claimJob(db, ana, { jobId: second }, { now: T0 }));
    expect(refused).toBeInstanceOf(WorkflowError);
    expect((refused as WorkflowError).reason).toEqual({ key: "workflow:claimLimit", values: { count: 1 } });

    save({ maxActiveClaims: 2 });
    claimJob(db, ana, { jobId: second }, { now: T0 });
    expect(db.select().from(jobs).where(eq(jobs.id, second)).get()).toMatchObject({
      status: "in_progress",
      assigneeId: ana.id,
    });
  });
});

describe("the languages offered", () => {
  it("refuse importing or opening an article for a language no longer offered", () => {
    save({ offeredLanguages: ["es", "fr"] });
    expect(offeredLanguages(db)).toEqual(["es", "fr"]);

    const importError = thrownBy(() => importJobs(db, editor, { targetLanguages: ["es", "de"] }));
    expect(importError).toBeInstanceOf(ValidationError);
    expect((importError as ValidationError).fields).toEqual({ targetLanguages: { key: "manage:languageNotOffered" } });

    const { articleId } = importJobs(db, editor, { targetLanguages: ["es"] });
    const openError = thrownBy(() => openArticleForLanguages(db, editor, { articleId, targetLanguages: ["de"] }));
    expect((openError as ValidationError).fields).toEqual({ targetLanguages: { key: "manage:languageNotOffered" } });
    expect(openArticleForLanguages(db, editor, { articleId, targetLanguages: ["fr"] }).jobIds).toHaveLength(1);
    expect(
      db
        .select({ language: jobs.targetLanguage })
        .from(jobs)
        .where(eq(jobs.articleId, articleId))
        .all()
        .map((row) => row.language)
        .sort(),
    ).toEqual(["es", "fr"]);
  });
});
