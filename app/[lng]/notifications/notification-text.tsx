import { formatDue } from "@/app/_lib/format";
import type { UiLanguage } from "@/lib/i18n/settings";
import { textDirection } from "@/lib/languages";
import type { TextPart } from "@/lib/notifications/render-notification";

/**
 * A notification's sentence. Titles and names were typed by people: they keep their own language
 * (or, when it is unknown, are marked as not to be translated); times are the page's dates.
 */
export function NotificationText({ parts, lng }: { parts: readonly TextPart[]; lng: UiLanguage }) {
  return parts.map((part, index) => {
    if (part.type === "text") return part.text;
    if (part.type === "time") {
      return (
        <time key={index} dateTime={part.date.toISOString()}>
          {formatDue(part.date, lng)}
        </time>
      );
    }
    return part.lang ? (
      <span key={index} lang={part.lang} dir={textDirection(part.lang)}>
        {part.text}
      </span>
    ) : (
      <span key={index} translate="no">
        {part.text}
      </span>
    );
  });
}
