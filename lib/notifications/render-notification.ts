// A notification in words: kind + payload -> a sentence in the reader's language and where it
// leads. The in-app list and the e-mail both use it, so they always say the same thing.
import type { NotificationKind } from "@/db/enums";
import type { ServerT } from "../i18n/server";
import type { UiLanguage } from "../i18n/settings";
import { languageName } from "../languages";
import { translationPath } from "../publications/public-paths";
import { parsePayload, type JobRef } from "./payloads";

/**
 * A piece of a sentence. `data` is what people typed (titles, names): pages mark it as not to be
 * translated, in its own language when known. `time` is formatted by whoever shows it (the page
 * with its own date formats, the e-mail in the reader's language).
 */
export type TextPart =
  { type: "text"; text: string } | { type: "data"; text: string; lang?: string } | { type: "time"; date: Date };

export type RenderedNotification = {
  /** A few words saying what it is about (an e-mail's subject). */
  headline: TextPart[];
  /** The sentence itself. */
  parts: TextPart[];
  /** Where the notification leads, as a path in the reader's language (`/es/jobs/12`). */
  href: string;
  /** The jobs a digest lists, each with its own link. */
  items: { parts: TextPart[]; href: string }[];
};

type Value = string | number | { data: string; lang?: string } | { time: Date };

// Control characters never appear in translations: they mark where a value goes.
const OPEN = "\u0002";
const CLOSE = "\u0003";
const MARKER = new RegExp(`${OPEN}(\\w+)${CLOSE}`);

/**
 * A translated sentence cut into parts around its data and time values, so each can be marked up
 * on its own while the language decides where it goes.
 */
function sentence(t: ServerT, key: string, values: Record<string, Value>): TextPart[] {
  const interpolated: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) {
    interpolated[name] = typeof value === "object" ? `${OPEN}${name}${CLOSE}` : value;
  }
  const pieces = String(t(key as never, interpolated as never)).split(MARKER);
  const parts: TextPart[] = [];
  pieces.forEach((piece, index) => {
    if (index % 2 === 0) {
      if (piece !== "") parts.push({ type: "text", text: piece });
      return;
    }
    const value = values[piece];
    if (typeof value === "object" && "time" in value) parts.push({ type: "time", date: value.time });
    else if (typeof value === "object") parts.push({ type: "data", text: value.data, lang: value.lang });
  });
  return parts;
}

const title = (job: JobRef) => ({ data: job.title, lang: job.sourceLanguage });
const jobPath = (lng: UiLanguage, job: JobRef) => `/${lng}/jobs/${job.jobId}`;

/** The sentence and link of a notification, in `lng`. */
export function renderNotification(
  t: ServerT,
  lng: UiLanguage,
  notification: { kind: NotificationKind; payload: unknown },
): RenderedNotification {
  const language = (job: JobRef) => languageName(job.targetLanguage, lng);
  const kind = notification.kind;
  const rendered = (
    headlineValues: Record<string, Value>,
    parts: TextPart[],
    href: string,
    items: RenderedNotification["items"] = [],
  ): RenderedNotification => ({
    headline: sentence(t, `notifications:headline.${kind}`, headlineValues),
    parts,
    href,
    items,
  });
  // A payload of an older shape still says there is something, and leads somewhere useful.
  const unknown = (): RenderedNotification => ({
    headline: sentence(t, "notifications:headline.unknown", {}),
    parts: sentence(t, "notifications:text.unknown", {}),
    href: `/${lng}/dashboard`,
    items: [],
  });

  switch (notification.kind) {
    case "claim-expiring": {
      const job = parsePayload("claim-expiring", notification.payload);
      if (!job) return unknown();
      const values = { title: title(job), language: language(job), due: { time: new Date(job.dueAt) } };
      return rendered(values, sentence(t, "notifications:text.claim-expiring", values), jobPath(lng, job));
    }
    case "changes-requested": {
      const job = parsePayload("changes-requested", notification.payload);
      if (!job) return unknown();
      const values = {
        title: title(job),
        language: language(job),
        reviewer: { data: job.reviewerName },
        due: { time: new Date(job.dueAt) },
      };
      return rendered(values, sentence(t, "notifications:text.changes-requested", values), jobPath(lng, job));
    }
    case "job-approved": {
      const job = parsePayload("job-approved", notification.payload);
      if (!job) return unknown();
      const values = { title: title(job), language: language(job), reviewer: { data: job.reviewerName } };
      return rendered(values, sentence(t, "notifications:text.job-approved", values), jobPath(lng, job));
    }
    case "article-published": {
      const job = parsePayload("article-published", notification.payload);
      if (!job) return unknown();
      const values = { title: title(job), language: language(job) };
      return rendered(
        values,
        sentence(t, "notifications:text.article-published", values),
        translationPath(lng, job.slug, job.targetLanguage),
      );
    }
    case "source-updated": {
      const job = parsePayload("source-updated", notification.payload);
      if (!job) return unknown();
      const values = { title: title(job), language: language(job), count: job.changedSegments };
      const parts = sentence(t, "notifications:text.source-updated", values);
      if (job.reservedUntil) {
        const reserved = sentence(t, "notifications:text.sourceReserved", {
          until: { time: new Date(job.reservedUntil) },
        });
        parts.push({ type: "text", text: " " }, ...reserved);
      }
      return rendered(values, parts, jobPath(lng, job));
    }
    case "open-jobs-digest": {
      const digest = parsePayload("open-jobs-digest", notification.payload);
      if (!digest) return unknown();
      const values = { count: digest.total };
      const parts = sentence(t, "notifications:text.open-jobs-digest", values);
      const items = digest.jobs.map((job) => ({
        parts: sentence(t, "notifications:text.digestItem", { title: title(job), language: language(job) }),
        href: jobPath(lng, job),
      }));
      const more = digest.total - digest.jobs.length;
      if (more > 0) {
        items.push({ parts: sentence(t, "notifications:text.digestMore", { count: more }), href: `/${lng}/work` });
      }
      return rendered(values, parts, `/${lng}/work`, items);
    }
  }
}

/** The parts as plain text, with times written by `formatTime`. */
export function partsToText(parts: readonly TextPart[], formatTime: (date: Date) => string): string {
  return parts.map((part) => (part.type === "time" ? formatTime(part.date) : part.text)).join("");
}
