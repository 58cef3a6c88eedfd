// Personal access tokens: created and shown once, stored only as a hash, listed and revoked by their
// owner alone, refused once expired, revoked or when the account is disabled.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { writeTransaction } from "@/db/client";
import { apiTokens, auditEvents } from "@/db/schema";
import { setUserDisabled } from "@/lib/admin/set-user-disabled";
import { authenticateApiToken, LAST_USED_PRECISION_MS } from "@/lib/api-tokens/authenticate-token";
import { createApiToken, MAX_ACTIVE_TOKENS } from "@/lib/api-tokens/create-api-token";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { revokeAllApiTokens } from "@/lib/api-tokens/revoke-all-api-tokens";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { hashToken } from "@/lib/api-tokens/token-format";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { makeUser } from "../support/factories";
import { createTestDb } from "../support/test-db";
import { at, T0, thrownBy } from "../workflow/support";

const db = createTestDb();
let ana: Actor;
let ben: Actor;
let admin: Actor;

beforeAll(async () => {
  ana = await makeUser(db, { role: "volunteer", translate: ["es", "fr"] });
  ben = await makeUser(db, { role: "reviewer", translate: [], review: ["es"] });
  admin = await makeUser(db, { role: "admin", translate: [], review: [] });
});

const rowsOf = (userId: number) => db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).all();
const bearer = (token: string) => `Bearer ${token}`;
const eventsOf = (action: string) =>
  db
    .select()
    .from(auditEvents)
    .all()
    .filter((event) => event.action === action);

describe("creating a token", () => {
  it("returns the token once and keeps only its SHA-256 and first characters", () => {
    const { token, info } = createApiToken(db, ana, { name: "  Sync script  ", scope: "write" }, T0);
    expect(token).toMatch(/^tdm_[A-Za-z0-9_-]{43}$/);
    const row = db.select().from(apiTokens).where(eq(apiTokens.id, info.id)).get()!;
    expect(row.tokenHash).toBe(hashToken(token));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.prefix).toBe(token.slice(0, 8));
    expect(row).toMatchObject({ name: "Sync script", scope: "write", expiresAt: null, revokedAt: null });
    // Nowhere in the database, the audit log included, is the token itself.
    const everything = JSON.stringify(
      db.$client
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .all()
        .flatMap((table) => db.$client.prepare(`SELECT * FROM "${(table as { name: string }).name}"`).all()),
    );
    expect(everything).not.toContain(token.slice(8));
    expect(info).not.toHaveProperty("tokenHash");
    expect(info).toMatchObject({ name: "Sync script", prefix: row.prefix, scope: "write", state: "active" });
  });

  it("makes a different token every time", () => {
    const first = createApiToken(db, ana, { name: "One", scope: "read" }).token;
    const second = createApiToken(db, ana, { name: "Two", scope: "read" }).token;
    expect(first).not.toBe(second);
  });

  it("sets the expiry that many days ahead, or none for 'never'", () => {
    const week = createApiToken(db, ana, { name: "A week", scope: "read", expiresInDays: "7" }, T0).info;
    expect(week.expiresAt).toEqual(at(7));
    const forever = createApiToken(db, ana, { name: "Forever", scope: "read", expiresInDays: "never" }, T0).info;
    expect(forever.expiresAt).toBeNull();
  });

  it("refuses a missing name, an unknown scope and an expiry beyond a year, creating nothing", () => {
    const before = rowsOf(ana.id).length;
    const error = thrownBy(() => createApiToken(db, ana, { name: " ", scope: "admin", expiresInDays: "366" }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual({
      name: { key: "validation:required" },
      scope: { key: "validation:invalidChoice" },
      expiresInDays: { key: "validation:tooBig", values: { count: 365 } },
    });
    expect(rowsOf(ana.id)).toHaveLength(before);
  });

  it("records who created which token in the audit log, without the token", () => {
    const { token } = createApiToken(db, ben, { name: "Audited", scope: "read" });
    const event = eventsOf("api_token.created").find((entry) => entry.actorId === ben.id)!;
    expect(event).toMatchObject({ subjectType: "user", subjectId: ben.id });
    expect(event.data).toMatchObject({ name: "Audited", prefix: token.slice(0, 8), scope: "read" });
    expect(JSON.stringify(event.data)).not.toContain(token.slice(8));
  });

  it(`stops at ${MAX_ACTIVE_TOKENS} working tokens; revoked and expired ones do not count`, async () => {
    const carl = await makeUser(db);
    const expired = createApiToken(db, carl, { name: "Old", scope: "read", expiresInDays: 1 }, at(-2)).info;
    const ids = Array.from(
      { length: MAX_ACTIVE_TOKENS },
      (_, index) => createApiToken(db, carl, { name: `T${index}`, scope: "read" }, T0).info.id,
    );
    const error = thrownBy(() => createApiToken(db, carl, { name: "One too many", scope: "read" }, T0));
    expect((error as ValidationError).fields.form).toEqual({
      key: "api:tokens.errors.tooMany",
      values: { count: MAX_ACTIVE_TOKENS },
    });
    revokeApiToken(db, carl, { tokenId: ids[0] }, T0);
    expect(createApiToken(db, carl, { name: "Room again", scope: "read" }, T0).info.state).toBe("active");
    expect(listApiTokens(db, carl, T0).find((token) => token.id === expired.id)?.state).toBe("expired");
  });
});

describe("listing and revoking", () => {
  it("lists only one's own tokens, newest first, with their state", async () => {
    const dora = await makeUser(db);
    const old = createApiToken(db, dora, { name: "Old", scope: "read" }, at(-1));
    const recent = createApiToken(db, dora, { name: "Recent", scope: "write" }, T0);
    createApiToken(db, ana, { name: "Not Dora's", scope: "read" });
    revokeApiToken(db, dora, { tokenId: old.info.id }, T0);
    const listed = listApiTokens(db, dora, T0);
    expect(listed.map((token) => [token.name, token.state])).toEqual([
      ["Recent", "active"],
      ["Old", "revoked"],
    ]);
    expect(listed[0]).toEqual(recent.info);
    expect(JSON.stringify(listed)).not.toMatch(/tokenHash|tdm_[A-Za-z0-9_-]{20}/);
  });

  it("revokes the owner's token: refused from the next request, and logged", () => {
    const { token, info } = createApiToken(db, ana, { name: "To revoke", scope: "read" });
    expect(authenticateApiToken(db, bearer(token)).ok).toBe(true);
    expect(revokeApiToken(db, ana, { tokenId: info.id }, T0)).toMatchObject({ state: "revoked", revokedAt: T0 });
    expect(authenticateApiToken(db, bearer(token))).toEqual({ ok: false, reason: "revoked" });
    expect(eventsOf("api_token.revoked").at(-1)).toMatchObject({ actorId: ana.id, data: { name: "To revoke" } });
    // Again: nothing more happens.
    const events = eventsOf("api_token.revoked").length;
    expect(revokeApiToken(db, ana, { tokenId: info.id }, at(1)).revokedAt).toEqual(T0);
    expect(eventsOf("api_token.revoked")).toHaveLength(events);
  });

  it("answers not found for someone else's token, even to an administrator, and leaves it working", () => {
    const { token, info } = createApiToken(db, ana, { name: "Ana's", scope: "write" });
    for (const other of [ben, admin]) {
      expect(() => revokeApiToken(db, other, { tokenId: info.id })).toThrow(NotFoundError);
    }
    expect(() => revokeApiToken(db, ben, { tokenId: 999_999 })).toThrow(NotFoundError);
    expect(authenticateApiToken(db, bearer(token)).ok).toBe(true);
  });
});

describe("authenticating a request", () => {
  it("gives the token's owner as an actor with their current languages and the token's scope", () => {
    const { token, info } = createApiToken(db, ana, { name: "Auth", scope: "write" });
    const result = authenticateApiToken(db, bearer(token));
    expect(result).toEqual({
      ok: true,
      actor: expect.objectContaining({ id: ana.id, role: "volunteer", translateLanguages: ["es", "fr"] }) as Actor,
      token: { id: info.id, scope: "write" },
    });
    expect(result.ok && "sessionVersion" in result.actor).toBe(false);
  });

  it.each([
    ["no header", null, "missing"],
    ["another scheme", "Basic dXNlcjpwYXNz", "missing"],
    ["a bearer that is no token", "Bearer abc", "invalid"],
    ["a well-formed unknown token", `Bearer tdm_${"A".repeat(43)}`, "invalid"],
  ])("refuses %s", (_label, header, reason) => {
    expect(authenticateApiToken(db, header)).toEqual({ ok: false, reason });
  });

  it("refuses a token from the moment it expires", () => {
    const { token } = createApiToken(db, ana, { name: "Short", scope: "read", expiresInDays: 7 }, T0);
    expect(authenticateApiToken(db, bearer(token), at(6.99)).ok).toBe(true);
    expect(authenticateApiToken(db, bearer(token), at(7))).toEqual({ ok: false, reason: "expired" });
  });

  it("refuses the token of a disabled account", async () => {
    const eve = await makeUser(db);
    const { token } = createApiToken(db, eve, { name: "Eve's", scope: "write" });
    // Disabling revokes every token (tokens-end-with-the-account.test.ts), so the refusal says so.
    setUserDisabled(db, admin, { userId: eve.id, disabled: true });
    expect(authenticateApiToken(db, bearer(token))).toEqual({ ok: false, reason: "revoked" });
  });

  it("notes the last use at most once a minute", () => {
    const { token, info } = createApiToken(db, ana, { name: "Used", scope: "read" }, T0);
    const lastUsed = () => db.select().from(apiTokens).where(eq(apiTokens.id, info.id)).get()!.lastUsedAt;
    expect(lastUsed()).toBeNull();
    authenticateApiToken(db, bearer(token), T0);
    expect(lastUsed()).toEqual(T0);
    const soon = new Date(T0.getTime() + LAST_USED_PRECISION_MS - 1);
    authenticateApiToken(db, bearer(token), soon);
    expect(lastUsed()).toEqual(T0);
    const later = new Date(T0.getTime() + LAST_USED_PRECISION_MS);
    authenticateApiToken(db, bearer(token), later);
    expect(lastUsed()).toEqual(later);
  });
});

describe("revoking every token of an account", () => {
  it("revokes the working ones, leaves expired ones as expired, and logs how many", async () => {
    const finn = await makeUser(db);
    const working = [
      createApiToken(db, finn, { name: "A", scope: "read" }, T0),
      createApiToken(db, finn, { name: "B", scope: "write" }, T0),
    ];
    createApiToken(db, finn, { name: "Expired", scope: "read", expiresInDays: 1 }, at(-3));
    const other = createApiToken(db, ana, { name: "Someone else's", scope: "read" });
    const count = writeTransaction(db, (tx) =>
      revokeAllApiTokens(tx, { userId: finn.id, actorId: finn.id, reason: "password_changed" }, T0),
    );
    expect(count).toBe(2);
    for (const { token } of working)
      expect(authenticateApiToken(db, bearer(token), T0)).toMatchObject({ reason: "revoked" });
    expect(listApiTokens(db, finn, T0).map((token) => token.state)).toEqual(["revoked", "revoked", "expired"]);
    expect(authenticateApiToken(db, bearer(other.token)).ok).toBe(true);
    expect(eventsOf("api_token.all_revoked").at(-1)).toMatchObject({
      subjectId: finn.id,
      data: { count: 2, reason: "password_changed" },
    });
    const events = eventsOf("api_token.all_revoked").length;
    writeTransaction(db, (tx) =>
      revokeAllApiTokens(tx, { userId: finn.id, actorId: finn.id, reason: "password_changed" }),
    );
    expect(eventsOf("api_token.all_revoked")).toHaveLength(events);
  });
});
