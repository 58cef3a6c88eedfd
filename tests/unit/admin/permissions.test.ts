import { beforeAll, describe, expect, it } from "vitest";
import { listUsers } from "@/lib/accounts/list-users";
import { changeRole } from "@/lib/admin/change-role";
import { getPerson } from "@/lib/admin/get-person";
import { listAuditEvents } from "@/lib/admin/list-audit-events";
import { permissionMatrix } from "@/lib/admin/permission-matrix";
import { setUserDisabled } from "@/lib/admin/set-user-disabled";
import { setUserLanguages } from "@/lib/admin/set-user-languages";
import { getSettingsOverview, readSettings } from "@/lib/admin/settings";
import { updateSettings } from "@/lib/admin/update-settings";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { permissionRows } from "@/lib/auth/permissions";
import { createTestDb } from "../support/test-db";
import { adminUser, editorUser, eventsAbout, expectNotFound, reviewerUser, volunteerUser } from "./support";

const db = createTestDb();
let admin: Actor;
let target: Actor;
const others: Record<string, Actor> = {};

beforeAll(async () => {
  admin = await adminUser(db);
  target = await volunteerUser(db);
  others.volunteer = await volunteerUser(db);
  others.reviewer = await reviewerUser(db);
  others.editor = await editorUser(db);
});

const useCases: [string, (actor: Actor) => unknown][] = [
  ["list people", (actor) => listUsers(db, actor, {})],
  ["open a person", (actor) => getPerson(db, actor, { userId: target.id })],
  ["change a role", (actor) => changeRole(db, actor, { userId: target.id, role: "admin" })],
  ["set languages", (actor) => setUserLanguages(db, actor, { userId: target.id, translate: ["fr"] })],
  ["disable", (actor) => setUserDisabled(db, actor, { userId: target.id, disabled: true })],
  ["read the settings", (actor) => getSettingsOverview(db, actor)],
  [
    "change the settings",
    (actor) => updateSettings(db, actor, { maxActiveClaims: 9, claimDays: 9, offeredLanguages: ["fr"] }),
  ],
  ["read the audit log", (actor) => listAuditEvents(db, actor, {})],
  ["read the permissions", (actor) => permissionMatrix(actor)],
];

describe("administration is for administrators only", () => {
  it.each(["volunteer", "reviewer", "editor"])("a %s gets not found from every administrators' use-case", (role) => {
    const before = { target: loadActor(db, target.id), settings: readSettings(db), events: eventsAbout(db, target.id) };
    for (const [, run] of useCases) expectNotFound(() => run(others[role]!));
    // Even with input that would be refused, the answer is "not found": nothing is revealed.
    expectNotFound(() => changeRole(db, others[role]!, { userId: "x", role: "nobody" }));
    expect({
      target: loadActor(db, target.id),
      settings: readSettings(db),
      events: eventsAbout(db, target.id),
    }).toEqual(before);
  });

  it("an administrator may use each of them", () => {
    for (const [, run] of useCases) expect(() => run(admin)).not.toThrow();
  });

  it("shows the permissions table as it is, for every role and action", () => {
    const matrix = permissionMatrix(admin);
    expect(matrix.roles).toEqual(["volunteer", "reviewer", "editor", "admin"]);
    const cells = matrix.rows.flatMap((row) =>
      matrix.roles.flatMap((role) => (row.scopes[role] ? [{ role, action: row.action, scope: row.scopes[role] }] : [])),
    );
    expect(cells).toEqual(expect.arrayContaining(permissionRows()));
    expect(cells).toHaveLength(permissionRows().length);
    expect(matrix.rows.find((row) => row.action === "audit:read")?.scopes).toEqual({
      volunteer: null,
      reviewer: null,
      editor: null,
      admin: "any",
    });
  });
});
