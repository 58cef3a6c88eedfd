"use client";

import { useT } from "@/app/_components/use-t";

/** Shown when a page fails to render; says plainly that saved work is safe and offers a retry. */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useT();
  return (
    <section className="page narrow" role="alert">
      <h1>{t("error.title")}</h1>
      <p>{t("error.body")}</p>
      <button type="button" className="button" onClick={reset}>
        {t("error.retry")}
      </button>
    </section>
  );
}
