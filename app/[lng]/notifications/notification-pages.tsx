import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import type { UiLanguage } from "@/lib/i18n/settings";

type Props = { lng: UiLanguage; page: number; pageCount: number };

/** Newer and older pages of notifications; nothing when they fit on one. */
export function NotificationPages({ lng, page, pageCount }: Props) {
  if (pageCount <= 1) return null;
  const t = getT(lng);
  const href = (target: number) => (target === 1 ? `/${lng}/notifications` : `/${lng}/notifications?page=${target}`);
  const number = new Intl.NumberFormat(lng);
  return (
    <nav aria-label={t("notifications:pagination.label")} className="button-row">
      {page > 1 && (
        <Link className="button button-quiet" rel="prev" href={href(page - 1)}>
          {t("notifications:pagination.newer")}
        </Link>
      )}
      <span aria-current="page">
        {t("notifications:pagination.page", { page: number.format(page), total: number.format(pageCount) })}
      </span>
      {page < pageCount && (
        <Link className="button button-quiet" rel="next" href={href(page + 1)}>
          {t("notifications:pagination.older")}
        </Link>
      )}
    </nav>
  );
}
