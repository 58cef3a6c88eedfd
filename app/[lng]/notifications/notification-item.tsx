import { formatDateTime, formatRelativeTime } from "@/app/_lib/format";
import { getT } from "@/lib/i18n/server";
import type { UiLanguage } from "@/lib/i18n/settings";
import type { NotificationEntry } from "@/lib/notifications/list-notifications";
import { renderNotification } from "@/lib/notifications/render-notification";
import { markNotificationReadAction } from "./actions";
import { NotificationLink } from "./notification-link";
import { NotificationText } from "./notification-text";
import { PendingButton } from "./pending-button";

type Props = { lng: UiLanguage; entry: NotificationEntry; now: Date };

/** One notification: its sentence as a link to the work, when it came, and "mark as read". */
export function NotificationItem({ lng, entry, now }: Props) {
  const t = getT(lng);
  const textId = `notification-${entry.id}`;
  const unread = entry.readAt === null;
  const rendered = renderNotification(t, lng, entry);
  const link = { lng, notificationId: entry.id, unread };
  return (
    <li className={unread ? "notification notification-unread" : "notification"}>
      <div className="notification-body">
        <p className="notification-text" id={textId}>
          {unread && (
            <>
              <span className="notification-new" aria-hidden="true">
                {t("notifications:newBadge")}
              </span>
              <span className="visually-hidden">{t("notifications:unread")} </span>
            </>
          )}
          <NotificationLink {...link} href={rendered.href}>
            <NotificationText parts={rendered.parts} lng={lng} />
          </NotificationLink>
        </p>
        {rendered.items.length > 0 && (
          <ul className="notification-items">
            {rendered.items.map((item, index) => (
              <li key={index}>
                <NotificationLink {...link} href={item.href}>
                  <NotificationText parts={item.parts} lng={lng} />
                </NotificationLink>
              </li>
            ))}
          </ul>
        )}
        <p className="notification-time">
          <time dateTime={entry.createdAt.toISOString()} title={formatDateTime(entry.createdAt, lng)}>
            {formatRelativeTime(entry.createdAt, now, lng)}
          </time>
        </p>
      </div>
      {unread && (
        <form action={markNotificationReadAction.bind(null, lng)} className="notification-actions">
          <input type="hidden" name="notificationId" value={entry.id} />
          <PendingButton className="button button-quiet button-small" aria-describedby={textId}>
            {t("notifications:markRead")}
          </PendingButton>
        </form>
      )}
    </li>
  );
}
