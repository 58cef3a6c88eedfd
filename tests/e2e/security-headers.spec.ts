// Every response carries the security headers; every page carries a nonce-based CSP whose nonce is
// on each of its scripts, and the page still works under it (hydrates, no CSP violation).
import { expect, test, type APIResponse } from "@playwright/test";
import { SECURITY_HEADERS } from "@/lib/security/response-headers";
import { signInAsDemo } from "./support/auth";

const PAGES = [
  { path: "/en", status: 200 },
  { path: "/es", status: 200 },
  { path: "/en/sign-in", status: 200 },
  { path: "/es/no-such-page", status: 404 },
  { path: "/en/articles/un-volunteers-gender-equality-latin-america", status: 200 },
];
const NOT_PAGES = [
  { path: "/sitemap.xml", type: /xml/ },
  { path: "/api/auth/session", type: /json/ },
];

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  for (const { key, value } of SECURITY_HEADERS) expect(headers[key.toLowerCase()], key).toBe(value);
}

/** The policy's nonce, after checking the policy is the strict one (production: no eval). */
function nonceOf(response: APIResponse): string {
  const policy = response.headers()["content-security-policy"] ?? "";
  expect(policy).toContain("script-src 'self' 'nonce-");
  expect(policy).toContain("'strict-dynamic'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toContain("unsafe-eval");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  return /'nonce-([^']+)'/.exec(policy)![1]!;
}

for (const { path, status } of PAGES) {
  test(`${path} has a fresh nonce on every script`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(status);
    expectSecurityHeaders(response);
    const nonce = nonceOf(response);
    const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

    const again = await request.get(path);
    expect(nonceOf(again)).not.toBe(nonce);
  });
}

test("the language redirect carries the headers and the policy too", async ({ request }) => {
  const response = await request.get("/", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expectSecurityHeaders(response);
  nonceOf(response);
});

for (const { path, type } of NOT_PAGES) {
  test(`${path} carries the headers and a policy that allows nothing`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.ok()).toBe(true);
    expect(response.headers()["content-type"]).toMatch(type);
    expectSecurityHeaders(response);
    expect(response.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  });
}

test("Next's own script files carry the headers and are served as scripts", async ({ request }) => {
  const html = await (await request.get("/en")).text();
  const src = /<script\b[^>]*\bsrc="(\/_next\/[^"]+)"/.exec(html)?.[1];
  expect(src).toBeDefined();
  const response = await request.get(src!.replaceAll("&amp;", "&"));
  expect(response.ok()).toBe(true);
  expect(response.headers()["content-type"]).toMatch(/javascript/);
  expectSecurityHeaders(response);
});

test("pages run under the policy: they hydrate and nothing is blocked", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on("pageerror", (error) => violations.push(error.message));

  await page.goto("/en/articles/un-volunteers-gender-equality-latin-america");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page.goto("/en/sign-in");
  // Only the hydrated form answers an empty submit with field messages (without script it would post).
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/This field is required\./);
  await expect(page).toHaveURL(/\/en\/sign-in$/);

  // A client-side navigation (RSC request) and the language switcher work too.
  await page
    .getByRole("navigation", { name: "Interface language" })
    .getByRole("link", { name: /^español$/i })
    .click();
  await expect(page).toHaveURL(/\/es\/sign-in$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Iniciar sesión");

  expect(violations).toEqual([]);
});

test("every page a signed-in administrator can open carries the headers and a nonce policy", async ({ page }) => {
  test.setTimeout(90_000);
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });
  await signInAsDemo(page, "admin");
  // An administrator may open every kind of page the app has (the queues are empty for them).
  const paths = [
    "/en/dashboard",
    "/en/work",
    "/en/review",
    "/en/manage",
    "/en/manage/import",
    "/en/manage/glossary",
    "/en/manage/articles/un-volunteers-gender-equality-latin-america",
    "/en/admin",
    "/en/admin/settings",
    "/en/admin/audit",
    "/en/admin/permissions",
    "/en/settings",
    "/es/dashboard",
  ];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    for (const { key, value } of SECURITY_HEADERS)
      expect(response?.headers()[key.toLowerCase()], `${path} ${key}`).toBe(value);
    expect(response?.headers()["content-security-policy"], path).toMatch(
      /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/,
    );
  }
  expect(violations).toEqual([]);
});
