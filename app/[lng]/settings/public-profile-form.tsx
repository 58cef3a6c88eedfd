"use client";

import Link from "next/link";
import { useState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { useActionForm } from "@/app/_components/use-action-form";
import { useT } from "@/app/_components/use-t";
import { setPublicProfileAction } from "./profile-actions";

type Props = {
  lng: string;
  userId: number;
  /** Whether the profile is public now (lib/recognition/profile-visibility.ts, isProfilePublic). */
  publicProfile: boolean;
  /** Where the profile lives (lib/recognition/paths.ts, volunteerProfilePath). */
  profilePath: string;
};

/** Private or public, as two choices: the state is always visible, and a click never changes it by itself. */
export function PublicProfileForm({ lng, userId, publicProfile, profilePath }: Props) {
  const t = useT();
  const [saved, setSaved] = useState<boolean | null>(null);
  const isPublic = saved ?? publicProfile;
  const { formRef, pending, fields, failed, hasErrors, onSubmit } = useActionForm(
    (formData) => {
      setSaved(null);
      return setPublicProfileAction(lng, formData);
    },
    (value) => setSaved(value.publicProfile),
  );
  return (
    <form ref={formRef} method="post" className="form" onSubmit={onSubmit} noValidate>
      {hasErrors && <FormAlert>{fields.visibility ?? fields.form ?? t("recognition:settings.failed")}</FormAlert>}
      {failed && <FormAlert>{t("recognition:settings.failed")}</FormAlert>}
      {saved !== null && (
        <p role="status" className="alert alert-success">
          {saved ? t("recognition:settings.savedPublic") : t("recognition:settings.savedPrivate")}
        </p>
      )}
      <input type="hidden" name="userId" value={userId} />
      <fieldset className="field">
        <legend>{t("recognition:settings.legend")}</legend>
        {(["private", "public"] as const).map((visibility) => (
          <label key={visibility} className="checkbox">
            <input
              type="radio"
              name="visibility"
              value={visibility}
              defaultChecked={(visibility === "public") === publicProfile}
            />
            <span>{t(`recognition:settings.${visibility}`)}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("recognition:settings.submitting") : t("recognition:settings.submit")}
      </button>
      {isPublic && (
        <p>
          <Link href={profilePath}>{t("recognition:settings.view")}</Link>
        </p>
      )}
    </form>
  );
}
