// Who a request to /api/v1 acts for: the person behind its bearer token, with the permissions they
// have now (the same Actor the pages use), or why the token is refused.
import { and, eq, isNull, lte, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { ApiTokenScope } from "@/db/enums";
import { apiTokens } from "@/db/schema";
import { loadActor, type Actor } from "../auth/actor";
import { hashToken, looksLikeToken } from "./token-format";
import { tokenState } from "./token-info";

/**
 * `lastUsedAt` is refreshed at most this often: the list only needs "used today" precision, and a
 * write per request would turn every read of the API into a write.
 */
export const LAST_USED_PRECISION_MS = 60_000;

export type TokenRefusal =
  /** No Authorization header, or not a Bearer one. */
  | "missing"
  /** Not a token, an unknown one, or one whose account is disabled. */
  | "invalid"
  | "expired"
  | "revoked";

export type TokenAuthentication =
  { ok: true; actor: Actor; token: { id: number; scope: ApiTokenScope } } | { ok: false; reason: TokenRefusal };

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | null): string | null {
  return header ? (BEARER.exec(header)?.[1] ?? null) : null;
}

/**
 * Checks the request's bearer token. A disabled account is refused like an unknown token (it is
 * also revoked when disabled, see revoke-all-api-tokens.ts); the person's role and languages are
 * read afresh, so a change made by an administrator applies to the very next request.
 */
export function authenticateApiToken(
  db: Db,
  authorization: string | null,
  now: Date = new Date(),
): TokenAuthentication {
  const token = bearerToken(authorization);
  if (token === null) return { ok: false, reason: "missing" };
  if (!looksLikeToken(token)) return { ok: false, reason: "invalid" };
  const row = db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.tokenHash, hashToken(token)))
    .get();
  if (!row) return { ok: false, reason: "invalid" };
  const state = tokenState(row, now);
  if (state !== "active") return { ok: false, reason: state };
  const loaded = loadActor(db, row.userId);
  if (!loaded) return { ok: false, reason: "invalid" };
  const { sessionVersion: _version, ...actor } = loaded;
  if (row.lastUsedAt === null || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_PRECISION_MS) {
    // Conditional, so two processes answering the same token at once write once between them.
    db.update(apiTokens)
      .set({ lastUsedAt: now })
      .where(
        and(
          eq(apiTokens.id, row.id),
          or(isNull(apiTokens.lastUsedAt), lte(apiTokens.lastUsedAt, new Date(now.getTime() - LAST_USED_PRECISION_MS))),
        ),
      )
      .run();
  }
  return { ok: true, actor, token: { id: row.id, scope: row.scope } };
}
