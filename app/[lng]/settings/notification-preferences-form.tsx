"use client";

import { useState } from "react";
import { FieldFrame } from "@/app/_components/field-frame";
import { FormAlert } from "@/app/_components/form-alert";
import { useActionForm } from "@/app/_components/use-action-form";
import { useT } from "@/app/_components/use-t";
import type { NotificationKind } from "@/db/enums";
import { UI_LANGUAGES, type OfferedUiLanguage } from "@/lib/i18n/settings";
import { languageName } from "@/lib/languages";
import { saveNotificationSettingsAction } from "./notification-actions";
import "./notification-preferences.css";

type Props = {
  lng: string;
  kinds: { kind: NotificationKind; inApp: boolean; email: boolean }[];
  emailLanguage: OfferedUiLanguage;
};

const CHANNELS = ["inApp", "email"] as const;

/** Every kind of notification, with a box for the app and one for e-mail, and the e-mails' language. */
export function NotificationPreferencesForm({ lng, kinds, emailLanguage }: Props) {
  const t = useT();
  const [done, setDone] = useState(false);
  const { formRef, pending, fields, failed, hasErrors, onSubmit } = useActionForm(
    (formData) => {
      setDone(false);
      return saveNotificationSettingsAction(lng, formData);
    },
    () => setDone(true),
  );
  const columnId = (channel: (typeof CHANNELS)[number]) => `notification-channel-${channel}`;
  return (
    <form ref={formRef} method="post" className="form" onSubmit={onSubmit} noValidate>
      {hasErrors && <FormAlert>{t("notifications:preferences.fixErrors")}</FormAlert>}
      {failed && <FormAlert>{t("notifications:preferences.failed")}</FormAlert>}
      {done && (
        <p role="status" className="alert alert-success">
          {t("notifications:preferences.saved")}
        </p>
      )}
      <div className="table-scroll">
        <table className="notification-preferences">
          <caption className="visually-hidden">{t("notifications:preferences.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("notifications:preferences.kindColumn")}</th>
              {CHANNELS.map((channel) => (
                <th key={channel} scope="col" id={columnId(channel)} className="notification-channel">
                  {t(`notifications:preferences.${channel}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {kinds.map((row) => (
              <tr key={row.kind}>
                <th scope="row">
                  <span id={`notification-kind-${row.kind}`} className="notification-kind">
                    {t(`notifications:kinds.${row.kind}.label`)}
                  </span>
                  <span id={`notification-kind-${row.kind}-hint`} className="field-hint">
                    {t(`notifications:kinds.${row.kind}.hint`)}
                  </span>
                </th>
                {CHANNELS.map((channel) => (
                  <td key={channel} className="notification-channel">
                    {/* Named "<channel> <kind>" from the column and row headers, e.g. "By e-mail Changes requested". */}
                    <input
                      type="checkbox"
                      name={channel}
                      value={row.kind}
                      defaultChecked={row[channel]}
                      aria-labelledby={`${columnId(channel)} notification-kind-${row.kind}`}
                      aria-describedby={`notification-kind-${row.kind}-hint`}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FieldFrame
        label={t("notifications:preferences.emailLanguage")}
        hint={t("notifications:preferences.emailLanguageHint")}
        error={fields.emailLanguage}
      >
        {(control) => (
          <select {...control} name="emailLanguage" defaultValue={emailLanguage}>
            {UI_LANGUAGES.map((code) => (
              // Each language named in itself, so everyone finds their own.
              <option key={code} value={code} lang={code}>
                {languageName(code, code)}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("notifications:preferences.submitting") : t("notifications:preferences.submit")}
      </button>
    </form>
  );
}
