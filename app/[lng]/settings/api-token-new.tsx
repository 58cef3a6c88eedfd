"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useT } from "@/app/_components/use-t";

/** A token just created: shown this once, selected on focus, with a copy button. */
export function NewToken({ token, name, onDone }: { token: string; name: string; onDone: () => void }) {
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
