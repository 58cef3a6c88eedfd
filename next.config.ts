import type { NextConfig } from "next";
import { NON_DOCUMENT_POLICY } from "./lib/security/content-security-policy";
import { SECURITY_HEADERS } from "./lib/security/response-headers";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon, and pdfkit reads its own data files (fonts' metrics, colour
  // profiles) from beside its code: both load from node_modules at run time, never bundled.
  serverExternalPackages: ["better-sqlite3", "pdfkit"],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      { source: "/:path*", headers: [...SECURITY_HEADERS] },
      // What proxy.ts does not see (its matcher skips these) gets a policy that allows nothing: JSON,
      // CSV, the sitemap and static files load nothing themselves. A CSP header on a script or a
      // stylesheet does not apply to the page that uses it, so Next's own files are unaffected.
      ...["/api/:path*", "/_next/:path*", "/:path*\\.:extension([a-zA-Z0-9]+)"].map((source) => ({
        source,
        headers: [{ key: "Content-Security-Policy", value: NON_DOCUMENT_POLICY }],
      })),
    ];
  },
};

export default nextConfig;
