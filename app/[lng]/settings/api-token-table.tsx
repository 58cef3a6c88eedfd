"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useSyncExternalStore, useTransition } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { useT } from "@/app/_components/use-t";
import type { ApiTokenInfo } from "@/lib/api-tokens/token-info";
import { PSEUDO_LANGUAGE, pseudoize } from "@/lib/i18n/pseudo";
import { revokeApiTokenAction } from "./api-token-actions";
import { TableScroll } from "@/app/_components/table-scroll";

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

/** The person's tokens, each with its state and, while active, a revoke button that asks first. */
export function TokenTable({ lng, tokens, onRevoked }: { lng: string; tokens: ApiTokenInfo[]; onRevoked: () => void }) {
  const t = useT();
  return (
    <TableScroll label={t("api:tokens.list.caption")}>
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
    </TableScroll>
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
