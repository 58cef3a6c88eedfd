"use client";

import { useContext } from "react";
import { TContext } from "./i18n-provider";

/** `t` for client components, taking "namespace:key" like the server's getT. */
export function useT() {
  const t = useContext(TContext);
  if (!t) throw new Error("useT() needs the I18nProvider of app/[lng]/layout.tsx above it");
  return t;
}
