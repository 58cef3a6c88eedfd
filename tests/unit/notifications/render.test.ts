// Every kind of notification reads as a sentence in every UI language, with people's words kept
// apart (so pages can mark them) and a link to where the work is.
import { describe, expect, it } from "vitest";
import { NOTIFICATION_KINDS, type NotificationKind } from "@/db/enums";
import { getT } from "@/lib/i18n/server";
import { UI_LANGUAGES } from "@/lib/i18n/settings";
import type { NotificationPayloads } from "@/lib/notifications/payloads";
import { partsToText, renderNotification } from "@/lib/notifications/render-notification";

const job = { jobId: 7, title: "Mangroves <b>in</b> Fiji", sourceLanguage: "en", targetLanguage: "ar" };
const DUE = "2026-03-03T09:00:00.000Z";

const PAYLOADS: NotificationPayloads = {
  "claim-expiring": { ...job, dueAt: DUE },
  "changes-requested": { ...job, reviewerName: "Lucía Fernández", dueAt: DUE },
  "job-approved": { ...job, reviewerName: "Lucía Fernández" },
  "article-published": { ...job, slug: "mangroves-in-fiji" },
  "source-updated": { ...job, changedSegments: 3, reservedUntil: DUE },
  "open-jobs-digest": {
    since: "2026-03-01T00:00:00.000Z",
    until: "2026-03-02T00:00:00.000Z",
    total: 25,
    jobs: [job, { ...job, jobId: 8, title: "Coral reefs" }],
  },
};

const LINKS: Record<NotificationKind, string> = {
  "claim-expiring": "/jobs/7",
  "changes-requested": "/jobs/7",
  "job-approved": "/jobs/7",
  "article-published": "/a/mangroves-in-fiji/ar",
  "source-updated": "/jobs/7",
  "open-jobs-digest": "/work",
};

const iso = (date: Date) => date.toISOString();

describe("notifications in words", () => {
  it.each(UI_LANGUAGES)("every kind reads as a whole sentence in %s", (lng) => {
    const t = getT(lng);
    for (const kind of NOTIFICATION_KINDS) {
      const rendered = renderNotification(t, lng, { kind, payload: PAYLOADS[kind] });
      const text = partsToText(rendered.parts, iso);
      const headline = partsToText(rendered.headline, iso);
      for (const written of [text, headline]) {
        expect(written, `${lng} ${kind}`).not.toMatch(/notifications:|\{\{|\u0002|\u0003/);
        expect(written.length, `${lng} ${kind}`).toBeGreaterThan(10);
      }
      expect(rendered.href).toBe(`/${lng}${LINKS[kind]}`);
    }
  });

  it("keeps titles and names as data, in their own language, and times as times", () => {
    const rendered = renderNotification(getT("fr"), "fr", {
      kind: "changes-requested",
      payload: PAYLOADS["changes-requested"],
    });
    expect(rendered.parts.filter((part) => part.type !== "text")).toEqual([
      { type: "data", text: "Lucía Fernández", lang: undefined },
      { type: "data", text: "Mangroves <b>in</b> Fiji", lang: "en" },
      { type: "time", date: new Date(DUE) },
    ]);
    expect(partsToText(rendered.parts, iso)).toBe(
      `Lucía Fernández demande des modifications à votre traduction en arabe de « Mangroves <b>in</b> Fiji ». Les phrases renvoyées portent ses commentaires. Nouvelle échéance : ${DUE}.`,
    );
  });

  it("lists a digest's jobs, each with its link, and counts the ones it leaves out", () => {
    const rendered = renderNotification(getT("en"), "en", {
      kind: "open-jobs-digest",
      payload: PAYLOADS["open-jobs-digest"],
    });
    expect(partsToText(rendered.parts, iso)).toBe("25 new jobs are open in the languages you translate into:");
    expect(rendered.items.map((item) => [partsToText(item.parts, iso), item.href])).toEqual([
      ["“Mangroves <b>in</b> Fiji” into Arabic", "/en/jobs/7"],
      ["“Coral reefs” into Arabic", "/en/jobs/8"],
      ["and 23 more", "/en/work"],
    ]);
  });

  it("still says something, and leads to the dashboard, when a stored payload no longer fits", () => {
    const rendered = renderNotification(getT("es"), "es", { kind: "job-approved", payload: { jobId: "seven" } });
    expect(rendered.href).toBe("/es/dashboard");
    expect(partsToText(rendered.parts, iso)).toMatch(/^Ha pasado algo/);
  });
});
