import "server-only";
import { getT } from "@/lib/i18n/server";
import { uiDirection, type UiLanguage } from "@/lib/i18n/settings";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escape = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);

/**
 * The answer to someone with nothing to certify yet: a plain page in their language (404, since
 * there is no certificate), saying why and leading back to the dashboard. A route handler answers
 * with a body of its own; Next's not-found page is for pages.
 */
export function noCertificateResponse(lng: UiLanguage): Response {
  const t = getT(lng);
  const title = escape(t("recognition:certificate.noneTitle"));
  const html = `<!doctype html>
<html lang="${lng}" dir="${uiDirection(lng)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body>
<main>
<h1>${title}</h1>
<p>${escape(t("recognition:certificate.noneBody"))}</p>
<p><a href="/${lng}/dashboard">${escape(t("recognition:certificate.noneBack"))}</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status: 404,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}
