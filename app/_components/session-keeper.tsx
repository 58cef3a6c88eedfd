"use client";

import { useEffect } from "react";

/** Renew at most this often: each renewal re-signs the session token and sets its cookie again. */
const RENEW_EVERY_MS = 60 * 60 * 1000;
const STORAGE_KEY = "tandem.session-renewed-at";

/**
 * Keeps an active volunteer's session alive: pages read the session without being able to set
 * cookies, so the token's idle expiry (lib/auth/auth-options.ts) would count from sign-in. Asking
 * next-auth's session endpoint re-issues the token with a fresh expiry, after checking it is
 * still current. A session left unused for the idle timeout, or older than the absolute lifetime,
 * is not renewed.
 */
export function SessionKeeper() {
  useEffect(() => {
    const last = Number(window.localStorage.getItem(STORAGE_KEY) ?? 0);
    if (Date.now() - last < RENEW_EVERY_MS) return;
    const controller = new AbortController();
    fetch("/api/auth/session", { signal: controller.signal, credentials: "same-origin" })
      .then((response) => {
        if (response.ok) window.localStorage.setItem(STORAGE_KEY, String(Date.now()));
      })
      // Offline or aborted: the next page tries again; the session itself is unaffected.
      .catch(() => undefined);
    return () => controller.abort();
  }, []);
  return null;
}
