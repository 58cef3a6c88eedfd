import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { changeRole } from "@/lib/admin/change-role";
import { getPerson } from "@/lib/admin/get-person";
import { setUserDisabled } from "@/lib/admin/set-user-disabled";
import { setUserLanguages } from "@/lib/admin/set-user-languages";
import { loadActor } from "@/lib/auth/actor";
import { isSessionCurrent, resolveSession } from "@/lib/auth/session-version";
import { ForbiddenError, ValidationError, WorkflowError } from "@/lib/errors";
import { createTestDb } from "../support/test-db";
import { adminUser, eventsAbout, expectNotFound, reviewerUser, thrownBy, volunteerUser } from "./support";

const db = createTestDb();

const sessionOf = (userId: number) => ({ userId, sessionVersion: loadActor(db, userId)!.sessionVersion });

describe("changing a role", () => {
  it("applies the new role, ends every session of the person and records who did it", async () => {
    const admin = await adminUser(db);
    const ana = await reviewerUser(db);
    const oldSession = sessionOf(ana.id);

    expect(changeRole(db, admin, { userId: ana.id, role: "volunteer" })).toEqual({ changed: true, role: "volunteer" });

    // The session she had is refused on her next request; a new sign-in gets the new role.
    expect(resolveSession(db, oldSession)).toBeNull();
    expect(isSessionCurrent(db, oldSession)).toBe(false);
    const fresh = resolveSession(db, sessionOf(ana.id));
    expect(fresh?.role).toBe("volunteer");

    const events = eventsAbout(db, ana.id).filter((event) => event.action === "user.role_changed");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: admin.id,
      subjectType: "user",
      subjectId: ana.id,
      data: { from: "reviewer", to: "volunteer" },
    });
  });

  it("accepts the role as a form sends it, and refuses an unknown role", async () => {
    const admin = await adminUser(db);
    const ben = await volunteerUser(db);
    changeRole(db, admin, { userId: String(ben.id), role: "editor" });
    expect(loadActor(db, ben.id)?.role).toBe("editor");

    const error = thrownBy(() => changeRole(db, admin, { userId: ben.id, role: "owner" }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields.role?.key).toBe("validation:invalidChoice");
  });

  it("changes and records nothing when the role is the same, and keeps the sessions", async () => {
    const admin = await adminUser(db);
    const cleo = await volunteerUser(db);
    const session = sessionOf(cleo.id);
    const before = eventsAbout(db, cleo.id).length;

    expect(changeRole(db, admin, { userId: cleo.id, role: "volunteer" })).toEqual({
      changed: false,
      role: "volunteer",
    });
    expect(eventsAbout(db, cleo.id)).toHaveLength(before);
    expect(resolveSession(db, session)?.id).toBe(cleo.id);
  });

  it("answers not found for an unknown person", async () => {
    const admin = await adminUser(db);
    expectNotFound(() => changeRole(db, admin, { userId: 999_999, role: "editor" }));
    expectNotFound(() => getPerson(db, admin, { userId: 999_999 }));
  });
});

describe("languages", () => {
  it("grants and then revokes languages, effective on the person's next request, without signing them out", async () => {
    const admin = await adminUser(db);
    const dora = await volunteerUser(db);
    const session = sessionOf(dora.id);

    expect(setUserLanguages(db, admin, { userId: dora.id, translate: ["fr", "es"], review: ["fr"] })).toEqual({
      changed: true,
    });
    expect(loadActor(db, dora.id)).toMatchObject({ translateLanguages: ["es", "fr"], reviewLanguages: ["fr"] });
    expect(resolveSession(db, session)).toMatchObject({ id: dora.id, translateLanguages: ["es", "fr"] });

    setUserLanguages(db, admin, { userId: dora.id, translate: ["es"], review: [] });
    expect(loadActor(db, dora.id)).toMatchObject({ translateLanguages: ["es"], reviewLanguages: [] });

    const events = eventsAbout(db, dora.id).filter((event) => event.action === "user.languages_changed");
    expect(events.map((event) => event.data)).toEqual([
      { from: { translate: ["es"], review: [] }, to: { translate: ["es", "fr"], review: ["fr"] } },
      { from: { translate: ["es", "fr"], review: ["fr"] }, to: { translate: ["es"], review: [] } },
    ]);
    expect(events.every((event) => event.actorId === admin.id)).toBe(true);
  });

  it("keeps a list left out, empties one sent empty, and records nothing when nothing changes", async () => {
    const admin = await adminUser(db);
    const eli = await volunteerUser(db);
    const before = eventsAbout(db, eli.id).length;
    expect(setUserLanguages(db, admin, { userId: eli.id, translate: ["es", "es"], review: [] })).toEqual({
      changed: false,
    });
    // A list left out is kept as it is.
    expect(setUserLanguages(db, admin, { userId: eli.id })).toEqual({ changed: false });
    expect(eventsAbout(db, eli.id)).toHaveLength(before);

    setUserLanguages(db, admin, { userId: eli.id, translate: [] });
    expect(loadActor(db, eli.id)).toMatchObject({ translateLanguages: [], reviewLanguages: [] });
  });

  it("refuses a language Tandem does not offer", async () => {
    const admin = await adminUser(db);
    const fay = await volunteerUser(db);
    const error = thrownBy(() => setUserLanguages(db, admin, { userId: fay.id, translate: ["xx"] }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fields)).toEqual(["translate"]);
  });
});

describe("disabling and enabling", () => {
  it("disables an account: signing in and every session are refused; enabling lets the person sign in again", async () => {
    const admin = await adminUser(db);
    const gus = await volunteerUser(db);
    const session = sessionOf(gus.id);

    expect(setUserDisabled(db, admin, { userId: gus.id, disabled: "true" })).toEqual({
      changed: true,
      disabled: true,
    });
    expect(resolveSession(db, session)).toBeNull();
    expect(loadActor(db, gus.id)).toBeNull();
    expect(getPerson(db, admin, { userId: gus.id }).disabled).toBe(true);

    setUserDisabled(db, admin, { userId: gus.id, disabled: false });
    // The old session stays dead: the person signs in again and gets a new one.
    expect(resolveSession(db, session)).toBeNull();
    expect(resolveSession(db, sessionOf(gus.id))?.id).toBe(gus.id);

    const events = eventsAbout(db, gus.id)
      .filter((event) => event.action.startsWith("user."))
      .slice(-2);
    expect(events.map(({ action, actorId, data }) => ({ action, actorId, data }))).toEqual([
      { action: "user.disabled", actorId: admin.id, data: { from: "active", to: "disabled" } },
      { action: "user.enabled", actorId: admin.id, data: { from: "disabled", to: "active" } },
    ]);
  });

  it("records nothing when the account already has that status", async () => {
    const admin = await adminUser(db);
    const hal = await volunteerUser(db);
    const before = eventsAbout(db, hal.id).length;
    expect(setUserDisabled(db, admin, { userId: hal.id, disabled: false })).toEqual({
      changed: false,
      disabled: false,
    });
    expect(eventsAbout(db, hal.id)).toHaveLength(before);
  });
});

describe("guards that keep administrators in", () => {
  it("refuses an administrator changing their own role or disabling themselves", async () => {
    const admin = await adminUser(db);
    await adminUser(db);
    const ownRole = thrownBy(() => changeRole(db, admin, { userId: admin.id, role: "volunteer" }));
    expect(ownRole).toBeInstanceOf(ForbiddenError);
    expect((ownRole as ForbiddenError).reason.key).toBe("admin:errors.ownRole");

    const disableSelf = thrownBy(() => setUserDisabled(db, admin, { userId: admin.id, disabled: true }));
    expect(disableSelf).toBeInstanceOf(ForbiddenError);
    expect((disableSelf as ForbiddenError).reason.key).toBe("admin:errors.disableSelf");

    expect(loadActor(db, admin.id)).toMatchObject({ role: "admin", sessionVersion: 1 });
  });
});

describe("the last enabled administrator", () => {
  // A database of its own: here the number of administrators is the point.
  const lonely = createTestDb();

  it("cannot be demoted or disabled, even by an administrator whose own rights were just taken", async () => {
    const ada = await adminUser(lonely);
    const bob = await adminUser(lonely);
    // Bob's page was open when Ada demoted him: his stale actor still says "admin".
    changeRole(lonely, ada, { userId: bob.id, role: "editor" });

    const demote = thrownBy(() => changeRole(lonely, bob, { userId: ada.id, role: "volunteer" }));
    expect(demote).toBeInstanceOf(WorkflowError);
    expect((demote as WorkflowError).reason.key).toBe("admin:errors.lastAdminRole");

    const disable = thrownBy(() => setUserDisabled(lonely, bob, { userId: ada.id, disabled: true }));
    expect(disable).toBeInstanceOf(WorkflowError);
    expect((disable as WorkflowError).reason.key).toBe("admin:errors.lastAdminDisable");

    const adaNow = lonely.select().from(users).where(eq(users.id, ada.id)).get();
    expect(adaNow).toMatchObject({ role: "admin", disabled: false });
  });
});

describe("counting administrators", () => {
  const fresh = createTestDb();

  it("counts only enabled administrators", async () => {
    const ada = await adminUser(fresh);
    const carl = await adminUser(fresh);
    const dana = await adminUser(fresh);
    setUserDisabled(fresh, carl, { userId: dana.id, disabled: true });
    // Ada and Carl are the enabled administrators: one may demote the other...
    expect(changeRole(fresh, ada, { userId: carl.id, role: "reviewer" }).changed).toBe(true);
    // ...and then Ada is the last one, however many disabled administrators there are.
    expect(thrownBy(() => setUserDisabled(fresh, carl, { userId: ada.id, disabled: true }))).toBeInstanceOf(
      WorkflowError,
    );
    expect(fresh.select().from(users).where(eq(users.id, ada.id)).get()).toMatchObject({ disabled: false });
  });
});
