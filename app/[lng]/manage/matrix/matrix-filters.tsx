import Link from "next/link";
import { SelectField, TextField } from "@/app/_components/text-field";
import { languageOptions } from "@/app/_lib/format";
import { JOB_STATUSES } from "@/db/enums";
import { getT } from "@/lib/i18n/server";
import type { UiLanguage } from "@/lib/i18n/settings";
import type { EditorMatrix } from "@/lib/insights/editor-matrix";
import { MATRIX_SEARCH_MAX } from "@/lib/insights/matrix-query";
import { AssigneeField } from "./assignee-field";

type Props = { lng: UiLanguage; matrix: EditorMatrix; filtered: boolean };

/** The matrix's filters as a GET form: the filtered view's address can be bookmarked and shared. */
export function MatrixFilters({ lng, matrix, filtered }: Props) {
  const t = getT(lng);
  const { query, choices } = matrix;
  return (
    <form
      method="get"
      action={`/${lng}/manage/matrix`}
      role="search"
      aria-label={t("manage:matrix.filters.label")}
      className="card"
    >
      <div className="matrix-filter-fields">
        <TextField
          name="q"
          label={t("manage:matrix.filters.q")}
          defaultValue={query.q ?? ""}
          maxLength={MATRIX_SEARCH_MAX}
          enterKeyHint="search"
        />
        <SelectField
          name="language"
          label={t("manage:matrix.filters.language")}
          defaultValue={query.language ?? ""}
          options={[
            { value: "", label: t("manage:matrix.filters.anyLanguage") },
            ...languageOptions(choices.languages, lng),
          ]}
        />
        <SelectField
          name="status"
          label={t("manage:matrix.filters.status")}
          defaultValue={query.status ?? ""}
          options={[
            { value: "", label: t("manage:matrix.filters.anyStatus") },
            ...JOB_STATUSES.map((status) => ({ value: status, label: t(`jobStatus.${status}`) })),
          ]}
        />
        <AssigneeField
          label={t("manage:matrix.filters.assignee")}
          anyone={t("manage:matrix.filters.anyone")}
          unassigned={t("manage:matrix.filters.unassigned")}
          people={choices.assignees}
          selected={query.assignee}
        />
      </div>
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            name="attention"
            value="1"
            defaultChecked={query.attention === true}
            aria-describedby="matrix-attention-hint"
          />
          <span>{t("manage:matrix.filters.attention")}</span>
        </label>
        <p id="matrix-attention-hint" className="field-hint">
          {t("manage:matrix.filters.attentionHint")}
        </p>
      </div>
      <p className="button-row">
        <button type="submit" className="button">
          {t("manage:matrix.filters.submit")}
        </button>
        {filtered && (
          <Link className="button button-quiet" href={`/${lng}/manage/matrix`}>
            {t("manage:matrix.filters.clear")}
          </Link>
        )}
      </p>
    </form>
  );
}
