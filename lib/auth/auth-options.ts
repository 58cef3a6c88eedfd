// next-auth configuration: Credentials sign-in, JWT sessions that carry only the user id, the
// session version and the sign-in time, and a database check of that version on every read.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { JWT } from "next-auth/jwt";
import type { Db } from "@/db/client";
import { authenticate } from "./authenticate";
import { clientAddress } from "./client-address";
import { isSessionCurrent, SessionRevokedError, type SessionClaims } from "./session-version";

/**
 * How long sessions live. `idleSeconds` is the token's own expiry, pushed forward whenever the
 * browser renews it (app/_components/session-keeper.tsx), so an unused session ends after it;
 * `maxSeconds` counts from sign-in and nothing extends it.
 */
export type SessionLifetime = { idleSeconds: number; maxSeconds: number };

const DAY_SECONDS = 24 * 60 * 60;
export const DEFAULT_SESSION_LIFETIME: SessionLifetime = { idleSeconds: 7 * DAY_SECONDS, maxSeconds: 30 * DAY_SECONDS };

export function sessionLifetimeFromDays(idleDays: number, maxDays: number): SessionLifetime {
  return { idleSeconds: Math.round(idleDays * DAY_SECONDS), maxSeconds: Math.round(maxDays * DAY_SECONDS) };
}

/** What our session token holds: user id, session version, and when its user signed in (epoch seconds). */
export type SessionToken = { uid: number; sv: number; at: number };

export function claimsOf(token: JWT): SessionClaims | null {
  return typeof token.uid === "number" && typeof token.sv === "number"
    ? { userId: token.uid, sessionVersion: token.sv }
    : null;
}

type Deps = {
  db: () => Db;
  secret: string;
  lifetime?: SessionLifetime;
  /** Seconds since the epoch; tests move it. */
  now?: () => number;
};

export function buildAuthOptions(deps: Deps): NextAuthOptions {
  const lifetime = deps.lifetime ?? DEFAULT_SESSION_LIFETIME;
  const now = deps.now ?? (() => Math.floor(Date.now() / 1000));
  return {
    secret: deps.secret,
    session: { strategy: "jwt", maxAge: Math.min(lifetime.idleSeconds, lifetime.maxSeconds) },
    // Not localized here: proxy.ts sends /sign-in to the reader's language.
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const ip = clientAddress({
            get: (name) => {
              const value: unknown = req?.headers?.[name];
              const first: unknown = Array.isArray(value) ? value[0] : value;
              return typeof first === "string" ? first : null;
            },
          });
          const user = await authenticate(deps.db(), credentials, { ip });
          // next-auth hands a thrown message to signIn(..., { redirect: false }) as `error`.
          if (user && "rateLimited" in user) throw new Error(`rate-limited:${user.retryAfterSeconds}`);
          return user ? { id: String(user.id), sessionVersion: user.sessionVersion } : null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) return { uid: Number(user.id), sv: user.sessionVersion, at: now() } satisfies SessionToken;
        const claims = claimsOf(token);
        // A token without a sign-in time predates lifetimes: it is refused rather than trusted forever.
        const signedInAt = typeof token.at === "number" ? token.at : null;
        if (!claims || signedInAt === null || now() - signedInAt >= lifetime.maxSeconds) {
          throw new SessionRevokedError();
        }
        if (!isSessionCurrent(deps.db(), claims)) throw new SessionRevokedError();
        return token;
      },
      session({ session, token }) {
        return { expires: session.expires, claims: claimsOf(token) ?? undefined };
      },
    },
    logger: {
      error(code, metadata) {
        // A revoked or expired session is expected, not an error worth a stack trace.
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
