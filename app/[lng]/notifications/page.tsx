import type { Metadata } from "next";
import Link from "next/link";
import { forPage } from "@/app/_lib/domain-errors";
import { pageLanguage } from "@/app/_lib/page-language";
import { requireUser } from "@/app/_lib/require-user";
import { getDb } from "@/db/client";
import { getT } from "@/lib/i18n/server";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { markAllNotificationsReadAction } from "./actions";
import { NotificationItem } from "./notification-item";
import { NotificationPages } from "./notification-pages";
import { PendingButton } from "./pending-button";
import "./notifications.css";

type Props = {
  params: Promise<{ lng: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await pageLanguage(params))("notifications:metaTitle") };
}

/** The signed-in person's notifications, newest first, unread ones marked. */
export default async function NotificationsPage({ params, searchParams }: Props) {
  const lng = await pageLanguage(params);
  const user = await requireUser(lng, `/${lng}/notifications`);
  const t = getT(lng);
  const query = await searchParams;
  const list = forPage(() => listNotifications(getDb(), user, query));
  const now = new Date();

  return (
    <div className="page narrow">
      <h1>{t("notifications:title")}</h1>
      <p className="lead">{t("notifications:lead")}</p>
      <div className="notifications-toolbar">
        <p>{list.unread > 0 ? t("notifications:unreadSummary", { count: list.unread }) : t("notifications:allRead")}</p>
        {list.unread > 0 && (
          <form action={markAllNotificationsReadAction.bind(null, lng)}>
            <PendingButton className="button button-quiet">{t("notifications:markAllRead")}</PendingButton>
          </form>
        )}
      </div>

      {list.entries.length === 0 ? (
        <p className="empty">{t("notifications:empty")}</p>
      ) : (
        <ol className="notification-list" aria-label={t("notifications:listLabel")}>
          {list.entries.map((entry) => (
            <NotificationItem key={entry.id} lng={lng} entry={entry} now={now} />
          ))}
        </ol>
      )}
      <NotificationPages lng={lng} page={list.page} pageCount={list.pageCount} />
      <p>
        <Link href={`/${lng}/settings#notifications`}>{t("notifications:settingsLink")}</Link>
      </p>
    </div>
  );
}
