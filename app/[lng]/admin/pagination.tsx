import Link from "next/link";
import type { ServerT } from "@/lib/i18n/server";

type Props = {
  t: ServerT;
  path: string;
  /** The list's other GET parameters, kept from page to page. */
  params: Record<string, string | number | undefined>;
  page: number;
  pageCount: number;
};

function pageHref(path: string, params: Props["params"], page: number): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== "") search.set(key, String(value));
  if (page > 1) search.set("page", String(page));
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** Previous and next links under a long list; nothing when it fits on one page. */
export function Pagination({ t, path, params, page, pageCount }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t("admin:pagination.label")} className="button-row">
      {page > 1 && (
        <Link className="button button-quiet" rel="prev" href={pageHref(path, params, page - 1)}>
          {t("admin:pagination.previous")}
        </Link>
      )}
      <span aria-current="page">{t("admin:pagination.page", { page, total: pageCount })}</span>
      {page < pageCount && (
        <Link className="button button-quiet" rel="next" href={pageHref(path, params, page + 1)}>
          {t("admin:pagination.next")}
        </Link>
      )}
    </nav>
  );
}
