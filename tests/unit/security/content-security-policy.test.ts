import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, NON_DOCUMENT_POLICY } from "@/lib/security/content-security-policy";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split("; ").map((directive) => {
      const [name, ...values] = directive.split(" ");
      return [name!, values];
    }),
  );
}

describe("the pages' Content-Security-Policy", () => {
  it("is the policy the site documents, with the request's nonce", () => {
    expect(contentSecurityPolicy({ nonce: "abc123==", development: false })).toBe(
      "default-src 'self'; script-src 'self' 'nonce-abc123==' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: https:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
        "frame-ancestors 'none'; form-action 'self'",
    );
  });

  it("allows eval in development only, for React's dev tooling", () => {
    expect(directives(contentSecurityPolicy({ nonce: "n0", development: true })).get("script-src")).toContain(
      "'unsafe-eval'",
    );
    expect(contentSecurityPolicy({ nonce: "n0", development: false })).not.toContain("unsafe-eval");
  });

  it("never lets inline scripts run without the nonce", () => {
    const scripts = directives(contentSecurityPolicy({ nonce: "n0", development: true })).get("script-src")!;
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("data:");
    expect(scripts).not.toContain("https:");
  });

  it("refuses a nonce that could break out of the header", () => {
    expect(() => contentSecurityPolicy({ nonce: "x'; script-src *", development: false })).toThrow();
    expect(() => contentSecurityPolicy({ nonce: "", development: false })).toThrow();
  });

  it("gets a different, unguessable nonce for every request", () => {
    const nonces = new Set(Array.from({ length: 1000 }, () => createNonce()));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(() => contentSecurityPolicy({ nonce, development: false })).not.toThrow();
    }
  });
});

describe("the policy of responses that are not pages", () => {
  it("allows nothing to load and nobody to frame them", () => {
    expect(directives(NON_DOCUMENT_POLICY)).toEqual(
      new Map([
        ["default-src", ["'none'"]],
        ["frame-ancestors", ["'none'"]],
      ]),
    );
  });
});
