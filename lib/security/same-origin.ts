// Whether a state-changing request comes from a page of this site, by its Origin header.

/** Methods that may change something: they must come from this site. */
export function changesState(method: string): boolean {
  return !["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase());
}

/**
 * True when `origin` names the host the request was sent to. A missing Origin is refused: every
 * browser sends one with a POST, so only a hand-made request lacks it, and `"null"` (sandboxed or
 * privacy-stripped) says nothing about where the request came from.
 */
export function isSameOrigin(origin: string | null, host: string | null): boolean {
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
