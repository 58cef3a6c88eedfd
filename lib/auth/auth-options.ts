// next-auth configuration: Credentials sign-in, JWT sessions that carry only the user id and the
// session version, and a database check of that version on every read of the session.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { JWT } from "next-auth/jwt";
import type { Db } from "@/db/client";
import { authenticate } from "./authenticate";
import { isSessionCurrent, SessionRevokedError, type SessionClaims } from "./session-version";

/** Longest a session lives without signing in again (issue #7 makes it configurable). */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export function claimsOf(token: JWT): SessionClaims | null {
  return typeof token.uid === "number" && typeof token.sv === "number"
    ? { userId: token.uid, sessionVersion: token.sv }
    : null;
}

export function buildAuthOptions(deps: { db: () => Db; secret: string }): NextAuthOptions {
  return {
    secret: deps.secret,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    // Not localized here: proxy.ts sends /sign-in to the reader's language.
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials) {
          const user = await authenticate(deps.db(), credentials);
          return user ? { id: String(user.id), sessionVersion: user.sessionVersion } : null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) return { uid: Number(user.id), sv: user.sessionVersion };
        const claims = claimsOf(token);
        if (!claims || !isSessionCurrent(deps.db(), claims)) throw new SessionRevokedError();
        return token;
      },
      session({ session, token }) {
        return { expires: session.expires, claims: claimsOf(token) ?? undefined };
      },
    },
    logger: {
      error(code, metadata) {
        // A revoked session is expected, not an error worth a stack trace.
        if (metadata instanceof SessionRevokedError) return;
        console.error(`[next-auth] ${code}`, metadata);
      },
      warn(code) {
        console.warn(`[next-auth] ${code}`);
      },
      debug() {},
    },
  };
}
