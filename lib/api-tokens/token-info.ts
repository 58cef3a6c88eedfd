import type { ApiTokenScope } from "@/db/enums";
import type { ApiToken } from "@/db/schema";

/** Whether a token still opens the API, or why not. */
export type ApiTokenState = "active" | "expired" | "revoked";

/** A token as its owner sees it in the settings list: never the token, nor its hash. */
export type ApiTokenInfo = {
  id: number;
  name: string;
  /** The token's first characters ("tdm_Ab3x"), to recognise it. */
  prefix: string;
  scope: ApiTokenScope;
  state: ApiTokenState;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
};

export function tokenState(row: Pick<ApiToken, "revokedAt" | "expiresAt">, now: Date): ApiTokenState {
  if (row.revokedAt !== null) return "revoked";
  return row.expiresAt !== null && row.expiresAt <= now ? "expired" : "active";
}

export function tokenInfo(row: ApiToken, now: Date): ApiTokenInfo {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scope: row.scope,
    state: tokenState(row, now),
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
  };
}
