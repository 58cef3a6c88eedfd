"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition, type MouseEvent, type ReactNode } from "react";
import { openNotificationAction } from "./actions";

type Props = { lng: string; href: string; notificationId: number; unread: boolean; children: ReactNode };

/**
 * A notification's link. Following an unread one marks it read first: in this tab the page waits
 * for that (a fraction of a second) so the next page's bell is right; a new tab or window opens at
 * once while the mark goes on in the background.
 */
export function NotificationLink({ lng, href, notificationId, unread, children }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (!unread) return;
    const sameTab = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
    if (!sameTab) {
      void openNotificationAction(lng, notificationId).catch(() => undefined);
      return;
    }
    event.preventDefault();
    startTransition(async () => {
      await openNotificationAction(lng, notificationId).catch(() => undefined);
      router.push(href);
    });
  }

  return (
    <Link
      href={href}
      onClick={onClick}
      // The middle button opens a new tab; the right one only a menu.
      onAuxClick={(event) => event.button === 1 && onClick(event)}
      aria-busy={pending || undefined}
    >
      {children}
    </Link>
  );
}
