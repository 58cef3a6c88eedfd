// Audit events in words, as plain strings: names and data inside them were typed by users, so they
// are only ever rendered as React text, never as HTML.
import type { AuditEntry } from "@/lib/admin/list-audit-events";
import type { ServerT } from "@/lib/i18n/server";
import type { UiLanguage } from "@/lib/i18n/settings";
import { isContentLanguage, languageName } from "@/lib/languages";
import { ROLES } from "@/db/enums";
import { formatLanguageList } from "@/app/_lib/format";

/** A details text longer than this is cut: the log is for finding events, not for reading documents. */
const DETAILS_MAX = 400;

/** The action's label in the reader's language, or the recorded action when it has none. */
export function actionLabel(t: ServerT, action: string): string {
  // Dotted actions ("user.role_changed") are flat keys: i18next finds them whole.
  return t(`admin:audit.actions.${action}` as "admin:audit.actions.job.claimed", { defaultValue: action });
}

function isRole(value: unknown): value is (typeof ROLES)[number] {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

const isLanguageList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string" && isContentLanguage(item));

function plain(value: unknown, t: ServerT, lng: UiLanguage): string {
  if (value === null || value === undefined) return t("notSet");
  if (isLanguageList(value)) return value.length === 0 ? t("notSet") : formatLanguageList(value, lng);
  if (isRole(value)) return t(`roles.${value}`);
  if (value === "active" || value === "disabled") return t(`admin:${value}`);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value)
      .map(([key, inner]) => `${key}: ${plain(inner, t, lng)}`)
      .join(", ");
  }
  return JSON.stringify(value);
}

const SETTING_LABELS = {
  maxActiveClaims: "admin:settings.maxActiveClaims",
  claimDays: "admin:settings.claimDays",
  offeredLanguages: "admin:settings.offeredLanguages",
} as const;

/** The event's data as one line: "before → after" for changes, "key: value; …" for the rest. */
export function detailsText(event: AuditEntry, t: ServerT, lng: UiLanguage): string {
  const { from, to, setting, ...rest } = event.data;
  const parts: string[] = [];
  if (typeof setting === "string") {
    parts.push(setting in SETTING_LABELS ? t(SETTING_LABELS[setting as keyof typeof SETTING_LABELS]) : setting);
  }
  if ("from" in event.data || "to" in event.data) {
    if (event.action === "user.languages_changed" && from && to && typeof from === "object" && typeof to === "object") {
      const before = from as Record<string, unknown>;
      const after = to as Record<string, unknown>;
      const skills = [
        ["translate", t("admin:columns.translates")],
        ["review", t("admin:columns.reviews")],
      ] as const;
      for (const [skill, label] of skills) {
        if (JSON.stringify(before[skill]) === JSON.stringify(after[skill])) continue;
        parts.push(
          `${label}: ${t("admin:audit.change", { from: plain(before[skill], t, lng), to: plain(after[skill], t, lng) })}`,
        );
      }
    } else {
      parts.push(t("admin:audit.change", { from: plain(from, t, lng), to: plain(to, t, lng) }));
    }
  }
  for (const [key, value] of Object.entries(rest)) parts.push(`${key}: ${plain(value, t, lng)}`);
  const text = parts.join("; ");
  return text.length > DETAILS_MAX ? `${text.slice(0, DETAILS_MAX - 1)}…` : text;
}

/** The subject's name: the job's article and language, the article's title, the person's name. */
export function subjectText(event: AuditEntry, t: ServerT, lng: UiLanguage): string {
  const { subject } = event;
  const id = subject.id ?? "";
  if ("articleTitle" in subject && subject.articleTitle && subject.targetLanguage) {
    return t("admin:audit.subjects.jobOf", {
      id,
      title: subject.articleTitle,
      language: languageName(subject.targetLanguage, lng),
    });
  }
  if ("title" in subject && subject.title) return subject.title;
  if ("name" in subject && subject.name) return subject.name;
  switch (subject.type) {
    case "job":
    case "article":
    case "user":
    case "glossary_term":
      return t(`admin:audit.subjects.${subject.type}`, { id });
    case "settings":
    case "glossary":
    case "translation_memory":
      return t(`admin:audit.subjects.${subject.type}`);
    default:
      return t("admin:audit.subjects.other", { type: subject.type, id });
  }
}

/** Where the administrator can open the subject, when it still exists and has a page. */
export function subjectHref(event: AuditEntry, lng: UiLanguage): string | null {
  const { subject } = event;
  if (subject.id === null) return subject.type === "settings" ? `/${lng}/admin/settings` : null;
  if ("articleTitle" in subject) return subject.articleTitle ? `/${lng}/jobs/${subject.id}` : null;
  if ("slug" in subject) return subject.slug ? `/${lng}/manage/articles/${subject.slug}` : null;
  if ("name" in subject) return subject.name !== null ? `/${lng}/admin/people/${subject.id}` : null;
  return null;
}
