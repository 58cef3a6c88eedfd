"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { SelectField, TextField } from "@/app/_components/text-field";
import { useActionForm } from "@/app/_components/use-action-form";
import { useT } from "@/app/_components/use-t";
import { API_TOKEN_SCOPES } from "@/db/enums";
import { API_TOKEN_DEFAULT_DAYS, API_TOKEN_EXPIRY_CHOICES } from "@/lib/api-tokens/expiry-choices";
import type { ApiTokenInfo } from "@/lib/api-tokens/token-info";
import { createApiTokenAction } from "./api-token-actions";
import { NewToken } from "./api-token-new";
import { TokenTable } from "./api-token-table";
import "./api-tokens.css";

type Props = {
  lng: string;
  /** The signed-in user's tokens, newest first (lib/api-tokens/list-api-tokens.ts, listApiTokens). */
  tokens: ApiTokenInfo[];
};

/** Where the API describes itself; linked for the developers who will use a token. */
const OPENAPI_PATH = "/api/v1/openapi.json";

/**
 * Settings → Personal access tokens: the person's tokens, a form to create one (shown once, with a
 * copy button), and revocation with a confirmation. A whole section of the settings page.
 */
export function ApiTokens({ lng, tokens }: Props) {
  const t = useT();
  const [created, setCreated] = useState<{ token: string; name: string } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  // A revoked token's buttons disappear: keyboard focus goes back to the list's heading.
  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  return (
    <section id="api-tokens" aria-labelledby="api-tokens-title" className="api-tokens">
      <h2 id="api-tokens-title">{t("api:tokens.title")}</h2>
      <p>{t("api:tokens.explain")}</p>
      <p>{t("api:tokens.endsWith")}</p>
      <p>
        <a href={OPENAPI_PATH}>{t("api:tokens.documentation")}</a>
      </p>
      {created && <NewToken token={created.token} name={created.name} onDone={() => setCreated(null)} />}
      <CreateTokenForm
        lng={lng}
        onCreated={(token) => {
          setAnnouncement("");
          setCreated(token);
        }}
      />
      <h3 ref={listHeadingRef} tabIndex={-1}>
        {t("api:tokens.list.title")}
      </h3>
      <p role="status" className="api-tokens-announcement">
        {announcement}
      </p>
      {tokens.length === 0 ? (
        <p>{t("api:tokens.list.empty")}</p>
      ) : (
        <TokenTable
          lng={lng}
          tokens={tokens}
          onRevoked={() => {
            setAnnouncement(t("api:tokens.revoke.done"));
            listHeadingRef.current?.focus();
          }}
        />
      )}
    </section>
  );
}

function CreateTokenForm({
  lng,
  onCreated,
}: {
  lng: string;
  onCreated: (token: { token: string; name: string }) => void;
}) {
  const t = useT();
  const router = useRouter();
  const scopeErrorId = useId();
  const { formRef, pending, fields, failed, hasErrors, onSubmit } = useActionForm(
    (formData) => createApiTokenAction(lng, formData),
    (value, form) => {
      form.reset();
      onCreated(value);
      router.refresh();
    },
  );
  const expiryOptions = [
    ...API_TOKEN_EXPIRY_CHOICES.map((days) => ({
      value: String(days),
      label: t("api:tokens.create.expiresIn", { count: days }),
    })),
    { value: "never", label: t("api:tokens.create.never") },
  ];
  return (
    <form ref={formRef} method="post" className="form api-token-form" onSubmit={onSubmit} noValidate>
      <h3>{t("api:tokens.create.title")}</h3>
      {hasErrors && <FormAlert>{fields.form ?? t("api:tokens.create.fixErrors")}</FormAlert>}
      {failed && <FormAlert>{t("api:tokens.failed")}</FormAlert>}
      <TextField
        name="name"
        label={t("api:tokens.create.name")}
        hint={t("api:tokens.create.nameHint")}
        error={fields.name}
        maxLength={100}
        autoComplete="off"
        required
      />
      <fieldset className="field" aria-describedby={fields.scope ? scopeErrorId : undefined}>
        <legend>{t("api:tokens.create.scope")}</legend>
        {fields.scope && (
          <p id={scopeErrorId} className="field-error">
            {fields.scope}
          </p>
        )}
        {API_TOKEN_SCOPES.map((scope) => (
          <label key={scope} className="checkbox">
            <input type="radio" name="scope" value={scope} defaultChecked={scope === "read"} />
            <span>{t(`api:tokens.scopes.${scope}`)}</span>
          </label>
        ))}
      </fieldset>
      <SelectField
        name="expiresInDays"
        label={t("api:tokens.create.expiry")}
        error={fields.expiresInDays}
        options={expiryOptions}
        defaultValue={String(API_TOKEN_DEFAULT_DAYS)}
      />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t("api:tokens.create.submitting") : t("api:tokens.create.submit")}
        </button>
      </div>
    </form>
  );
}

/** The token just created: shown this once, with a copy button, until the person is done with it. */
