/**
 * The client's address from request headers: the first hop of x-forwarded-for (Next sets it to the
 * socket's address when no proxy did), else x-real-ip, else null. A client can write these headers
 * itself when no proxy overwrites them, so an address only ever selects a limit's counter; the
 * per-account limits do not depend on it.
 */
export function clientAddress(headers: { get(name: string): string | null }): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || null;
}
