// A notification as an e-mail in its recipient's language: the same sentence and link as the
// in-app list (render-notification.ts), plain text and simple HTML, with a way to stop them.
import type { NotificationKind } from "@/db/enums";
import { getT } from "../i18n/server";
import { UI_LANGUAGES, type OfferedUiLanguage } from "../i18n/settings";
import { textDirection } from "../languages";
import type { EmailMessage } from "./email/sender";
import { partsToText, renderNotification, type TextPart } from "./render-notification";

export type EmailRecipient = { email: string; displayName: string; uiLanguage: string | null };
export type StoredNotification = { id: number; kind: NotificationKind; payload: unknown };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** The recipient's chosen language when Tandem speaks it, else English. */
export function emailLanguage(uiLanguage: string | null): OfferedUiLanguage {
  return UI_LANGUAGES.find((language) => language === uiLanguage) ?? "en";
}

export function composeNotificationEmail(
  notification: StoredNotification,
  recipient: EmailRecipient,
  baseUrl: string,
): EmailMessage {
  const lng = emailLanguage(recipient.uiLanguage);
  const t = getT(lng);
  // Readers are anywhere: times carry their zone.
  const time = new Intl.DateTimeFormat(lng, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  });
  const formatTime = (date: Date) => time.format(date);
  const absolute = (href: string) => new URL(href, baseUrl).toString();
  const asHtml = (parts: readonly TextPart[]) =>
    parts
      .map((part) => {
        if (part.type === "time") return escapeHtml(formatTime(part.date));
        if (part.type === "data") {
          const lang = part.lang ? ` lang="${escapeHtml(part.lang)}" dir="${textDirection(part.lang)}"` : "";
          return `<span${lang}>${escapeHtml(part.text)}</span>`;
        }
        return escapeHtml(part.text);
      })
      .join("");

  const rendered = renderNotification(t, lng, notification);
  const link = absolute(rendered.href);
  const settings = absolute(`/${lng}/settings#notifications`);
  const sentence = partsToText(rendered.parts, formatTime);
  const greeting = t("notifications:email.greeting", { name: recipient.displayName });
  const items = rendered.items.map((item) => ({
    text: partsToText(item.parts, formatTime),
    html: asHtml(item.parts),
    href: absolute(item.href),
  }));
  const subject = partsToText(rendered.headline, formatTime);

  const text = [
    greeting,
    "",
    sentence,
    ...(items.length > 0 ? ["", ...items.map((item) => `- ${item.text}: ${item.href}`)] : []),
    "",
    t("notifications:email.open", { url: link }),
    "",
    "-- ",
    t("notifications:email.footer", { url: settings }),
    "",
  ].join("\n");

  const html = [
    `<!DOCTYPE html><html lang="${lng}" dir="${textDirection(lng)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>`,
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${asHtml(rendered.parts)}</p>`,
    items.length > 0
      ? `<ul>${items.map((item) => `<li><a href="${escapeHtml(item.href)}">${item.html}</a></li>`).join("")}</ul>`
      : "",
    `<p><a href="${escapeHtml(link)}">${escapeHtml(t("notifications:email.openLink"))}</a></p>`,
    `<hr><p><small>${escapeHtml(t("notifications:email.footerHtml"))} <a href="${escapeHtml(settings)}">${escapeHtml(t("notifications:email.settingsLink"))}</a></small></p>`,
    "</body></html>",
  ].join("\n");

  return {
    to: recipient.email,
    subject,
    text,
    html,
    language: lng,
    notificationId: notification.id,
    kind: notification.kind,
  };
}
