"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useSyncExternalStore, useTransition } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { SelectField, TextField } from "@/app/_components/text-field";
import { useActionForm } from "@/app/_components/use-action-form";
import { useT } from "@/app/_components/use-t";
import { API_TOKEN_SCOPES } from "@/db/enums";
import { API_TOKEN_DEFAULT_DAYS, API_TOKEN_EXPIRY_CHOICES } from "@/lib/api-tokens/expiry-choices";
import type { ApiTokenInfo } from "@/lib/api-tokens/token-info";
import { PSEUDO_LANGUAGE, pseudoize } from "@/lib/i18n/pseudo";
import { createApiTokenAction, revokeApiTokenAction } from "./api-token-actions";
import "./api-tokens.css";

type Props = {
  lng: string;
  /** The signed-in user's tokens, newest first (lib/api-tokens/list-api-tokens.ts, listApiTokens). */
  tokens: ApiTokenInfo[];
};

/** Where the API describes itself; linked for the developers who will use a token. */
const OPENAPI_PATH = "/api/v1/openapi.json";

const noSubscription = () => () => {};

/**
 * Dates in the reader's language. Until hydrated they are in UTC, which server and browser agree
 * on; then in the browser's own time zone. Intl knows no pseudo-locale: it gets English, pseudoized.
 */
function useFormatDate(lng: string): (date: Date) => string {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return (date) => {
    const locale = lng === PSEUDO_LANGUAGE ? "en" : lng;
    const text = new Intl.DateTimeFormat(locale, {
      dateStyle: "medium",
      ...(hydrated ? {} : { timeZone: "UTC" }),
    }).format(date);
    return lng === PSEUDO_LANGUAGE ? pseudoize(text) : text;
  };
}

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
function NewToken({ token, name, onDone }: { token: string; name: string; onDone: () => void }) {
  const t = useT();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");

  // Keyboard and screen reader users land on the token they have to copy now.
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [token]);

  async function copyToken() {
    try {
      await navigator.clipboard.writeText(token);
      setCopy("copied");
    } catch {
      inputRef.current?.select();
      setCopy("failed");
    }
  }

  return (
    <div className="api-token-new alert alert-warning">
      <h3>
        {t("api:tokens.created.title")} <span translate="no">{name}</span>
      </h3>
      <p>
        <strong>{t("api:tokens.created.warning")}</strong>
      </p>
      <label htmlFor={inputId}>{t("api:tokens.created.label")}</label>
      <div className="api-token-copy">
        <input
          ref={inputRef}
          id={inputId}
          className="api-token-value"
          type="text"
          value={token}
          readOnly
          translate="no"
          dir="ltr"
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button" onClick={() => void copyToken()}>
          {t("api:tokens.created.copy")}
        </button>
      </div>
      <p role="status">
        {copy === "copied" && t("api:tokens.created.copied")}
        {copy === "failed" && t("api:tokens.created.copyFailed")}
      </p>
      <button type="button" className="button button-quiet" onClick={onDone}>
        {t("api:tokens.created.done")}
      </button>
    </div>
  );
}

function TokenTable({ lng, tokens, onRevoked }: { lng: string; tokens: ApiTokenInfo[]; onRevoked: () => void }) {
  const t = useT();
  return (
    <div className="table-scroll">
      <table className="api-token-table">
        <caption>{t("api:tokens.list.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("api:tokens.list.name")}</th>
            <th scope="col">{t("api:tokens.list.token")}</th>
            <th scope="col">{t("api:tokens.list.scope")}</th>
            <th scope="col">{t("api:tokens.list.created")}</th>
            <th scope="col">{t("api:tokens.list.lastUsed")}</th>
            <th scope="col">{t("api:tokens.list.expires")}</th>
            <th scope="col">{t("api:tokens.list.state")}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <TokenRow key={token.id} lng={lng} token={token} onRevoked={onRevoked} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DateCell({ date, lng, otherwise }: { date: Date | null; lng: string; otherwise: string }) {
  const format = useFormatDate(lng);
  return <td>{date ? <time dateTime={date.toISOString()}>{format(date)}</time> : otherwise}</td>;
}

function TokenRow({ lng, token, onRevoked }: { lng: string; token: ApiTokenInfo; onRevoked: () => void }) {
  const t = useT();
  const router = useRouter();
  const format = useFormatDate(lng);
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  const [pending, startTransition] = useTransition();
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  function revoke() {
    startTransition(async () => {
      setFailed(false);
      try {
        const result = await revokeApiTokenAction(lng, token.id);
        if (result.ok) {
          setConfirming(false);
          onRevoked();
          router.refresh();
        } else setFailed(true);
      } catch {
        setFailed(true);
      }
    });
  }

  return (
    <tr>
      <td translate="no">{token.name}</td>
      <td>
        <code translate="no" dir="ltr">
          {token.prefix}…
        </code>
      </td>
      <td>{t(`api:tokens.scopeNames.${token.scope}`)}</td>
      <DateCell date={token.createdAt} lng={lng} otherwise="" />
      <DateCell date={token.lastUsedAt} lng={lng} otherwise={t("api:tokens.list.notUsed")} />
      <DateCell date={token.expiresAt} lng={lng} otherwise={t("api:tokens.list.never")} />
      <td>
        {token.state === "revoked" && token.revokedAt ? (
          <>
            {t("api:tokens.states.revoked")}{" "}
            <time dateTime={token.revokedAt.toISOString()}>{format(token.revokedAt)}</time>
          </>
        ) : (
          t(`api:tokens.states.${token.state}`)
        )}
        {token.state === "active" &&
          (confirming ? (
            <div
              role="group"
              aria-label={t("api:tokens.revoke.label", { name: token.name })}
              className="api-token-confirm"
            >
              <p>{t("api:tokens.revoke.confirm")}</p>
              {failed && <FormAlert>{t("api:tokens.failed")}</FormAlert>}
              <div className="button-row">
                <button ref={confirmRef} type="button" className="button" disabled={pending} onClick={revoke}>
                  {pending ? t("api:tokens.revoke.revoking") : t("api:tokens.revoke.yes")}
                </button>
                <button type="button" className="button button-quiet" onClick={() => setConfirming(false)}>
                  {t("api:tokens.revoke.cancel")}
                </button>
              </div>
            </div>
          ) : (
            <div className="button-row">
              <button
                type="button"
                className="button button-quiet"
                aria-label={t("api:tokens.revoke.label", { name: token.name })}
                onClick={() => setConfirming(true)}
              >
                {t("api:tokens.revoke.button")}
              </button>
            </div>
          ))}
      </td>
    </tr>
  );
}
