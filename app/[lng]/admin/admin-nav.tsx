import Link from "next/link";
import type { ServerT } from "@/lib/i18n/server";
import type { UiLanguage } from "@/lib/i18n/settings";

export type AdminSection = "people" | "settings" | "audit" | "permissions" | "insights";

const SECTIONS: { section: AdminSection; path: string }[] = [
  { section: "people", path: "admin" },
  { section: "settings", path: "admin/settings" },
  { section: "audit", path: "admin/audit" },
  { section: "permissions", path: "admin/permissions" },
  { section: "insights", path: "admin/insights" },
];

/**
 * The administrators' sub-navigation. Each page renders it after its permission check, so someone
 * who gets a 404 never sees where the administration pages are.
 */
export function AdminNav({ lng, t, current }: { lng: UiLanguage; t: ServerT; current: AdminSection }) {
  return (
    <nav aria-label={t("admin:nav.label")} className="content-languages admin-nav">
      <ul>
        {SECTIONS.map(({ section, path }) => (
          <li key={section}>
            <Link href={`/${lng}/${path}`} aria-current={section === current ? "page" : undefined}>
              {t(`admin:nav.${section}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
