"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useT } from "@/app/_components/use-t";
import type { UiLanguage } from "@/lib/i18n/settings";
import "./notification-bell.css";

type Props = { lng: UiLanguage; unread: number };

/**
 * The bell in the header: a link to the notifications with the unread count. The header is part
 * of the layout, which moving between pages does not render again, so the bell asks for the count
 * itself after each move and when the window comes back into view.
 */
export function NotificationBell({ lng, unread }: Props) {
  const t = useT();
  const pathname = usePathname();
  const [count, setCount] = useState(unread);
  const [rendered, setRendered] = useState(unread);
  // A new count from the server (the layout rendered again, e.g. after "mark all as read") wins.
  if (unread !== rendered) {
    setRendered(unread);
    setCount(unread);
  }
  const first = useRef(true);

  useEffect(() => {
    const controller = new AbortController();
    const refresh = () => {
      fetch(`/${lng}/notifications/unread`, { signal: controller.signal, cache: "no-store" })
        .then((response) => (response.ok ? (response.json() as Promise<{ count: number }>) : null))
        .then((body) => {
          if (body && typeof body.count === "number") setCount(body.count);
        })
        // Offline or signed out: the last count stays until the next page.
        .catch(() => undefined);
    };
    // The server has just counted for this page.
    if (first.current) first.current = false;
    else refresh();
    const onVisible = () => {
      if (document.visibilityState === "visible") refresh();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      controller.abort();
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [lng, pathname]);

  const label = count > 0 ? t("notifications:bell.labelUnread", { count }) : t("notifications:bell.label");
  return (
    <Link
      href={`/${lng}/notifications`}
      className="notification-bell"
      aria-label={label}
      title={label}
      aria-current={pathname === `/${lng}/notifications` ? "page" : undefined}
    >
      <svg className="notification-bell-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" />
      </svg>
      {count > 0 && (
        <span className="notification-bell-count" aria-hidden="true">
          {new Intl.NumberFormat(lng).format(count)}
        </span>
      )}
    </Link>
  );
}
