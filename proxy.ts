// Picks the UI language. Every page lives under /<lng>/; a path without one is redirected to the
// reader's language (cookie, then Accept-Language, then English). Visiting a language remembers it.
import { NextResponse, type NextRequest } from "next/server";
import { negotiateLanguage } from "@/lib/i18n/negotiate";
import { isUiLanguage, LANGUAGE_COOKIE } from "@/lib/i18n/settings";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const first = pathname.split("/")[1];
  if (isUiLanguage(first)) {
    // Pages without params (not-found) read the language from this header.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-tandem-lng", first);
    const response = NextResponse.next({ request: { headers: requestHeaders } });
    if (request.cookies.get(LANGUAGE_COOKIE)?.value !== first) {
      response.cookies.set(LANGUAGE_COOKIE, first, { path: "/", maxAge: ONE_YEAR_SECONDS, sameSite: "lax" });
    }
    return response;
  }
  const lng = negotiateLanguage(request.cookies.get(LANGUAGE_COOKIE)?.value, request.headers.get("accept-language"));
  const url = request.nextUrl.clone();
  url.pathname = `/${lng}${pathname === "/" ? "" : pathname}`;
  url.search = search;
  return NextResponse.redirect(url);
}

export const config = {
  // Everything but the auth API, Next's own files and files with an extension (favicon, robots.txt).
  matcher: ["/((?!api/|_next/|.*\\.[a-zA-Z0-9]+$).*)"],
};
