import { createHmac } from "node:crypto";
import type { Role } from "@/db/enums";

/** One demo account per role. Names are people, not UI text; the volunteer is the sample's translator. */
export const DEMO_ACCOUNTS: {
  role: Role;
  email: string;
  displayName: string;
  translateLanguages: string[];
  reviewLanguages: string[];
}[] = [
  {
    role: "volunteer",
    email: "volunteer@example.org",
    displayName: "Christopher Clarke",
    translateLanguages: ["es", "fr"],
    reviewLanguages: [],
  },
  {
    role: "reviewer",
    email: "reviewer@example.org",
    displayName: "Lucía Fernández",
    translateLanguages: ["es"],
    reviewLanguages: ["es", "fr"],
  },
  {
    role: "editor",
    email: "editor@example.org",
    displayName: "Amara Okafor",
    translateLanguages: [],
    reviewLanguages: [],
  },
  {
    role: "admin",
    email: "admin@example.org",
    displayName: "Jonas Weber",
    translateLanguages: [],
    reviewLanguages: [],
  },
];

/**
 * A demo account's password: TANDEM_DEMO_PASSWORD when set (tests), else derived from this
 * installation's secret, so it can be printed again at every start without being stored anywhere.
 */
export function demoPassword(role: Role, secret: string, fixed?: string): string {
  if (fixed) return fixed;
  const digest = createHmac("sha256", secret).update(`tandem-demo-password:${role}`).digest("base64url");
  return `demo-${digest.slice(0, 16)}`;
}
