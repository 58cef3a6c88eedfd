import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/db/enums";
import type { Actor } from "@/lib/auth/actor";
import { can, PERMISSIONS, type Action } from "@/lib/auth/permissions";

const actor = (role: Role, languages: { translate?: string[]; review?: string[] } = {}): Actor => ({
  id: 1,
  email: "a@example.org",
  displayName: "A",
  role,
  translateLanguages: languages.translate ?? [],
  reviewLanguages: languages.review ?? [],
});

describe("permissions table", () => {
  it.each(Object.keys(PERMISSIONS) as Action[])(
    "%s is allowed from its minimum role up, and refused below",
    (action) => {
      const minimum = ROLES.indexOf(PERMISSIONS[action].minimumRole);
      for (const [index, role] of ROLES.entries()) {
        expect(can(actor(role), action), `${role} ${action}`).toBe(index >= minimum);
      }
    },
  );

  it("limits language-scoped actions to the actor's own languages", () => {
    const volunteer = actor("volunteer", { translate: ["es"] });
    expect(can(volunteer, "job:list-open", { language: "es" })).toBe(true);
    expect(can(volunteer, "job:list-open", { language: "fr" })).toBe(false);
    const reviewer = actor("reviewer", { translate: ["es"], review: ["fr"] });
    expect(can(reviewer, "job:list-review", { language: "fr" })).toBe(true);
    expect(can(reviewer, "job:list-review", { language: "es" })).toBe(false);
  });
});
