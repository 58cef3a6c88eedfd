// What proxy.ts does to every page request: a fresh nonce-based CSP on the request (Next.js reads
// the nonce from there) and on the response, redirects included; and no page POST (a server
// action) from another site, or without an Origin, gets through.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { changesState, isSameOrigin } from "@/lib/security/same-origin";

const SITE = "localhost:3000";

function call(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return proxy(new NextRequest(`http://${SITE}${path}`, { ...init, headers: { host: SITE, ...init.headers } }));
}

/** The request headers proxy.ts hands on to the page (NextResponse.next encodes them this way). */
const forwarded = (response: Response, name: string) => response.headers.get(`x-middleware-request-${name}`);

describe("the page proxy", () => {
  it("gives a page the same fresh nonce policy on the request and the response", () => {
    const first = call("/en/sign-in");
    const policy = first.headers.get("content-security-policy")!;
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+=*' 'strict-dynamic'/);
    expect(forwarded(first, "content-security-policy")).toBe(policy);
    expect(call("/en/sign-in").headers.get("content-security-policy")).not.toBe(policy);
  });

  it("puts the policy on the language redirect too", () => {
    const response = call("/work", { headers: { "accept-language": "es" } });
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe(`http://${SITE}/es/work`);
    expect(response.headers.get("content-security-policy")).toContain("'strict-dynamic'");
  });

  it.each([
    ["another site", { origin: "https://evil.example" }],
    ["no Origin", {}],
    ["an opaque Origin", { origin: "null" }],
  ])("refuses a server action (page POST) from %s", (_label, headers: Record<string, string>) => {
    const response = call("/en/manage/import", { method: "POST", headers: { "next-action": "abc", ...headers } });
    expect(response.status).toBe(403);
    expect(forwarded(response, "content-security-policy")).toBeNull();
  });

  it("lets a server action from its own pages through", () => {
    const response = call("/en/manage/import", {
      method: "POST",
      headers: { "next-action": "abc", origin: `http://${SITE}` },
    });
    expect(response.status).toBe(200);
    expect(forwarded(response, "content-security-policy")).toContain("'nonce-");
  });
});

describe("same-origin checks", () => {
  it("treat reads as harmless and everything else as a change", () => {
    expect(["GET", "HEAD", "OPTIONS", "get"].map(changesState)).toEqual([false, false, false, false]);
    expect(["POST", "PUT", "PATCH", "DELETE"].map(changesState)).toEqual([true, true, true, true]);
  });

  it.each([
    [`http://${SITE}`, SITE, true],
    [`https://${SITE}`, SITE, true],
    ["http://localhost:3001", SITE, false],
    [`http://${SITE}.evil.example`, SITE, false],
    ["http://evil.example", SITE, false],
    ["null", SITE, false],
    [null, SITE, false],
    [`http://${SITE}`, null, false],
  ])("Origin %s for Host %s: %s", (origin, host, expected) => {
    expect(isSameOrigin(origin, host)).toBe(expected);
  });
});
