// Who can see a volunteer's public profile, and who can make it public.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, users } from "@/db/schema";
import { setPublicProfile } from "@/lib/accounts/set-public-profile";
import { setUserDisabled } from "@/lib/admin/set-user-disabled";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { publicProfilesCredited } from "@/lib/recognition/credited-profiles";
import { getPublicProfile } from "@/lib/recognition/public-profile";
import { isProfilePublic } from "@/lib/recognition/profile-visibility";
import { makeUser } from "../support/factories";
import { thrownBy, workflowTestBed } from "../workflow/support";
import { ARTICLE_WORDS, twoVolunteersOneArticle, WORDS } from "./support";

const bed = workflowTestBed();
const { db } = bed;
let story: Awaited<ReturnType<typeof twoVolunteersOneArticle>>;

beforeAll(async () => {
  story = await twoVolunteersOneArticle(db, bed.editor);
});

const makePublic = (actor: Actor) => setPublicProfile(db, actor, { userId: actor.id, visibility: "public" });
const profileEvents = (userId: number) =>
  db
    .select({ action: auditEvents.action, actorId: auditEvents.actorId })
    .from(auditEvents)
    .where(eq(auditEvents.subjectId, userId))
    .all()
    .filter((event) => event.action.startsWith("user.profile_made_"));

describe("the public profile", () => {
  it("is not found while the volunteer has not made it public, exactly like an unknown id", () => {
    expect(isProfilePublic(db, story.ana.id)).toBe(false);
    for (const id of [String(story.ana.id), "999999", "0", "-1", "abc", "1e3", ""]) {
      expect(thrownBy(() => getPublicProfile(db, { id }))).toBeInstanceOf(NotFoundError);
    }
  });

  it("shows the name, languages, words donated, hours and published translations once public", () => {
    makePublic(story.ana);
    const profile = getPublicProfile(db, { id: String(story.ana.id) });
    expect(profile).toMatchObject({
      id: story.ana.id,
      name: "Ana López",
      translateLanguages: ["ar", "es"],
      wordsTranslated: WORDS.title + WORDS.met + ARTICLE_WORDS,
      publications: [{ slug: story.published.slug, targetLanguage: "es", title: "Manglares en Fiyi" }],
    });
    expect(profile.languagePairs.map((pair) => pair.targetLanguage)).toEqual(["ar", "es"]);
    expect(profile.volunteeringSince).toBeInstanceOf(Date);
    // Nothing private leaves: no e-mail, no feedback, no unpublished work by title.
    expect(Object.keys(profile).sort()).toEqual(
      [
        "estimatedHours",
        "id",
        "languagePairs",
        "name",
        "publications",
        "translateLanguages",
        "volunteeringSince",
        "wordsTranslated",
      ].sort(),
    );
  });

  it("is not found again once the volunteer makes it private", () => {
    makePublic(story.bruno);
    expect(getPublicProfile(db, { id: String(story.bruno.id) }).name).toBe("Bruno Díaz");
    setPublicProfile(db, story.bruno, { userId: story.bruno.id, visibility: "private" });
    expect(thrownBy(() => getPublicProfile(db, { id: String(story.bruno.id) }))).toBeInstanceOf(NotFoundError);
  });

  it("is not found for a disabled account, even one that chose to be public", async () => {
    const admin = await makeUser(db, { role: "admin", translate: [], review: [] });
    const gil = await makeUser(db);
    makePublic(gil);
    setUserDisabled(db, admin, { userId: gil.id, disabled: true });
    expect(db.select().from(users).where(eq(users.id, gil.id)).get()!.publicProfile).toBe(true);
    expect(thrownBy(() => getPublicProfile(db, { id: String(gil.id) }))).toBeInstanceOf(NotFoundError);
  });

  it("uses the day they joined as 'volunteering since' before any contribution", async () => {
    const hana = await makeUser(db);
    makePublic(hana);
    const joinedAt = db.select().from(users).where(eq(users.id, hana.id)).get()!.createdAt;
    expect(getPublicProfile(db, { id: String(hana.id) })).toMatchObject({
      volunteeringSince: joinedAt,
      wordsTranslated: 0,
      estimatedHours: 0,
      publications: [],
    });
  });
});

describe("profile links for a published translation", () => {
  it("names the credited volunteers whose profile is public, in the order they contributed", () => {
    const { slug } = story.published;
    makePublic(story.bruno);
    makePublic(story.marta);
    expect(publicProfilesCredited(db, slug, "es")).toEqual([
      { id: story.ana.id, name: "Ana López" },
      { id: story.bruno.id, name: "Bruno Díaz" },
    ]);
    setPublicProfile(db, story.bruno, { userId: story.bruno.id, visibility: "private" });
    // Marta reviewed it: the credit line thanks her as reviewer, not as a volunteer.
    expect(publicProfilesCredited(db, slug, "es")).toEqual([{ id: story.ana.id, name: "Ana López" }]);
    expect(publicProfilesCredited(db, slug, "ar")).toEqual([]);
  });
});

describe("making one's profile public", () => {
  it("is only for one's own account, even for an administrator", async () => {
    const admin = await makeUser(db, { role: "admin", translate: [], review: [] });
    const ivan = await makeUser(db);
    for (const actor of [admin, story.bruno]) {
      expect(thrownBy(() => setPublicProfile(db, actor, { userId: ivan.id, visibility: "public" }))).toBeInstanceOf(
        NotFoundError,
      );
    }
    expect(isProfilePublic(db, ivan.id)).toBe(false);
    expect(profileEvents(ivan.id)).toEqual([]);
  });

  it("records who changed it, once per change", async () => {
    const jo = await makeUser(db);
    makePublic(jo);
    makePublic(jo);
    setPublicProfile(db, jo, { userId: String(jo.id), visibility: "private" });
    expect(profileEvents(jo.id)).toEqual([
      { action: "user.profile_made_public", actorId: jo.id },
      { action: "user.profile_made_private", actorId: jo.id },
    ]);
  });

  it("refuses a choice other than public or private, naming the field", async () => {
    const kim = await makeUser(db);
    const error = thrownBy(() => setPublicProfile(db, kim, { userId: kim.id, visibility: "friends" }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual({ visibility: { key: "validation:invalidChoice" } });
    expect(isProfilePublic(db, kim.id)).toBe(false);
  });
});
