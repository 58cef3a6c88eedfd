"use client";

import { useTranslation } from "react-i18next";
import { NAMESPACES } from "@/lib/i18n/namespaces";

/** `t` for client components, taking "namespace:key" like the server's getT. */
export function useT() {
  return useTranslation(NAMESPACES).t;
}
