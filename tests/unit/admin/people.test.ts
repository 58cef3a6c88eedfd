import { beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { listUsers } from "@/lib/accounts/list-users";
import type { Actor } from "@/lib/auth/actor";
import { createTestDb } from "../support/test-db";
import { adminUser } from "./support";

const db = createTestDb();
let admin: Actor;

/** People inserted directly (no password hashing): only their listing matters here. */
function addPeople(
  rows: { email: string; displayName: string; role?: "volunteer" | "reviewer" | "editor"; disabled?: boolean }[],
) {
  db.insert(users)
    .values(rows.map((row) => ({ passwordHash: "not-a-hash", ...row })))
    .run();
}

beforeAll(async () => {
  admin = await adminUser(db);
  addPeople([
    { email: "angela.ruiz@people.test", displayName: "Ángela Ruiz", role: "reviewer" },
    { email: "bruno@people.test", displayName: "Bruno Costa", role: "editor" },
    { email: "chen@example.net", displayName: "Chen Wei", disabled: true },
  ]);
  addPeople(
    Array.from({ length: 55 }, (_, index) => ({
      email: `pager${String(index).padStart(2, "0")}@paging.test`,
      displayName: `Pager ${String(index).padStart(2, "0")}`,
    })),
  );
});

const names = (query: unknown) => listUsers(db, admin, query).people.map((person) => person.displayName);

describe("finding people", () => {
  it("searches names and e-mail addresses as a substring, in any case and with or without accents", () => {
    expect(names({ q: "ANGELA" })).toEqual(["Ángela Ruiz"]);
    expect(names({ q: "ruiz" })).toEqual(["Ángela Ruiz"]);
    expect(names({ q: "@EXAMPLE.NET" })).toEqual(["Chen Wei"]);
    expect(names({ q: "costa" })).toEqual(["Bruno Costa"]);
    expect(names({ q: "nobody-has-this" })).toEqual([]);
  });

  it("filters by role and by status, and combines them with the search", () => {
    expect(names({ role: "reviewer" })).toEqual(["Ángela Ruiz"]);
    expect(names({ role: "admin" })).toEqual([admin.displayName]);
    expect(names({ status: "disabled" })).toEqual(["Chen Wei"]);
    expect(names({ q: "PEOPLE.test", status: "active" })).toEqual(["Ángela Ruiz", "Bruno Costa"]);
    expect(names({ q: "people.test", role: "editor" })).toEqual(["Bruno Costa"]);
  });

  it("shows 50 people a page, with the count of everyone matching", () => {
    const first = listUsers(db, admin, { q: "paging.test" });
    expect(first).toMatchObject({ matching: 55, page: 1, pageCount: 2 });
    expect(first.people).toHaveLength(50);
    expect(first.people[0]?.displayName).toBe("Pager 00");

    const second = listUsers(db, admin, { q: "paging.test", page: "2" });
    expect(second.page).toBe(2);
    expect(second.people.map((person) => person.displayName)).toEqual([
      "Pager 50",
      "Pager 51",
      "Pager 52",
      "Pager 53",
      "Pager 54",
    ]);
    // A page past the end (people disabled since the link was made) shows the last one.
    expect(listUsers(db, admin, { q: "paging.test", page: "9" }).page).toBe(2);
  });

  it("ignores parameters that do not fit, as a hand-edited address may carry", () => {
    const everyone = listUsers(db, admin, {}).matching;
    expect(listUsers(db, admin, { role: "owner", status: "gone", page: "-3" })).toMatchObject({
      matching: everyone,
      page: 1,
      query: { role: undefined, status: undefined },
    });
    expect(listUsers(db, admin, { q: ["a", "b"] }).matching).toBe(everyone);
  });

  it("lists each person's languages and never their password hash", () => {
    const [me] = listUsers(db, admin, { role: "admin" }).people;
    expect(me).toMatchObject({ translateLanguages: [], reviewLanguages: [], disabled: false });
    expect(JSON.stringify(listUsers(db, admin, {}))).not.toContain("not-a-hash");
  });
});
