// Picks the UI language and sets each page's Content-Security-Policy. Every page lives under
// /<lng>/; a path without one is redirected to the reader's language (cookie, then Accept-Language,
// then English). Visiting a language remembers it.
import { NextResponse, type NextRequest } from "next/server";
import { negotiateLanguage } from "@/lib/i18n/negotiate";
import { isUiLanguage, LANGUAGE_COOKIE } from "@/lib/i18n/settings";
import { contentSecurityPolicy, createNonce, NON_DOCUMENT_POLICY } from "@/lib/security/content-security-policy";
import { changesState, isSameOrigin } from "@/lib/security/same-origin";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export function proxy(request: NextRequest) {
  // A POST to a page is a server action. Next.js refuses one whose Origin is not this host, but lets
  // one without any Origin through (with a warning); refuse that here too, as apiCall does for the API.
  if (changesState(request.method) && !isSameOrigin(request.headers.get("origin"), request.headers.get("host"))) {
    return new NextResponse("Cross-origin request refused", {
      status: 403,
      headers: { "Content-Security-Policy": NON_DOCUMENT_POLICY, "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  // A fresh nonce per request. Next.js reads it from the request's CSP header while rendering and
  // puts it on its own scripts; the browser reads the response's. Pages must therefore render per
  // request, never from a build-time prerender: app/[lng]/layout.tsx reads the session cookie, which
  // makes every page under it dynamic.
  const policy = contentSecurityPolicy({ nonce: createNonce(), development: process.env.NODE_ENV === "development" });
  const { pathname, search } = request.nextUrl;
  const first = pathname.split("/")[1];
  if (isUiLanguage(first)) {
    const requestHeaders = new Headers(request.headers);
    // Pages without params (not-found) read the language from this header.
    requestHeaders.set("x-tandem-lng", first);
    requestHeaders.set("Content-Security-Policy", policy);
    const response = NextResponse.next({ request: { headers: requestHeaders } });
    response.headers.set("Content-Security-Policy", policy);
    if (request.cookies.get(LANGUAGE_COOKIE)?.value !== first) {
      response.cookies.set(LANGUAGE_COOKIE, first, { path: "/", maxAge: ONE_YEAR_SECONDS, sameSite: "lax" });
    }
    return response;
  }
  const lng = negotiateLanguage(request.cookies.get(LANGUAGE_COOKIE)?.value, request.headers.get("accept-language"));
  const url = request.nextUrl.clone();
  url.pathname = `/${lng}${pathname === "/" ? "" : pathname}`;
  url.search = search;
  const response = NextResponse.redirect(url);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Everything but the API, Next's own files and files with an extension (favicon, robots.txt,
  // sitemap.xml): next.config.ts gives those their headers. Nor the TMX import: a proxied request
  // body is held whole in memory and cut at 10 MB, and that route reads a large file as it arrives
  // (it checks the Origin itself).
  matcher: ["/((?!api/|_next/|[a-z]{2,3}/manage/memory/import$|.*\\.[a-zA-Z0-9]+$).*)"],
};
