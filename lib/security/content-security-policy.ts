// The Content-Security-Policy of every HTML page. Pure, so proxy.ts (which adds a fresh nonce per
// request) and the tests build exactly the same string.

export type PolicyOptions = {
  /** Fresh for every request: Next.js reads it from the request's CSP header and puts it on its scripts. */
  nonce: string;
  /** `next dev` only: React rebuilds server error stacks in the browser with eval. */
  development: boolean;
};

/** A nonce a page's own scripts carry: 128 random bits, base64 (what a CSP nonce-source accepts). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy({ nonce, development }: PolicyOptions): string {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(nonce)) throw new Error("A CSP nonce must be base64.");
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // 'strict-dynamic': scripts that a nonced script loads (Next's chunks) run; host lists are ignored
    // by browsers that know it, so nothing else on 'self' can be injected as a script.
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // Not a nonce for styles: a nonce cannot be put on a style attribute (React's `style={{...}}`,
    // and what Next's client code and dev overlay write), and with a nonce present browsers ignore
    // 'unsafe-inline', so those would break. Inline CSS cannot run script; user content never carries
    // any (the render allowlist drops style attributes and elements), so only our own code writes it.
    ["style-src", "'self'", "'unsafe-inline'"],
    // Articles may show images from other sites (the allowlist keeps http/https `src`, e.g. a
    // partner's photo). Plain http images would be mixed content on the https site, so https only.
    ["img-src", "'self'", "data:", "https:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["frame-ancestors", "'none'"],
    ["form-action", "'self'"],
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/**
 * For responses that are not pages (JSON, CSV, the sitemap, files): they load nothing, and a browser
 * that renders one (a user opening a JSON URL) must run nothing in it nor frame it.
 */
export const NON_DOCUMENT_POLICY = "default-src 'none'; frame-ancestors 'none'";
