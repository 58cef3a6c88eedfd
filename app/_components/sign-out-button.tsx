"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { useT } from "@/app/_components/use-t";

export function SignOutButton({ lng }: { lng: string }) {
  const t = useT();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="button button-quiet"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: `/${lng}` });
      }}
    >
      {pending ? t("nav.signingOut") : t("nav.signOut")}
    </button>
  );
}
