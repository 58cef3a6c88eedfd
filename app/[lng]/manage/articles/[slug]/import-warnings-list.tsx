import type { ImportWarning } from "@/db/json-shapes";
import { getT } from "@/lib/i18n/server";
import type { UiLanguage } from "@/lib/i18n/settings";

/** What the importer left out of the source, so an editor can fix the original if it mattered. */
export function ImportWarningsList({ lng, warnings }: { lng: UiLanguage; warnings: ImportWarning[] }) {
  const t = getT(lng);
  return (
    <section aria-labelledby="warnings-title" className="alert alert-warning">
      <h2 id="warnings-title">{t("manage:warnings.title")}</h2>
      <p>{t("manage:warnings.lead")}</p>
      <ul>
        {warnings.map((warning) => (
          <li key={`${warning.code}-${warning.element}-${warning.attribute ?? ""}`}>
            {t(`manage:warnings.${warning.code}`, {
              element: warning.element,
              attribute: warning.attribute ?? "",
              count: warning.count,
            })}{" "}
            <code>{warning.example}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
