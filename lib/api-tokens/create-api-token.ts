import { and, count, eq, gt, isNull, or } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import { apiTokens } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { ValidationError } from "../errors";
import { createApiTokenSchema } from "../validation/api-schemas";
import { message } from "../validation/message";
import { parseInput } from "../validation/parse-input";
import { generateToken } from "./token-format";
import { tokenInfo, type ApiTokenInfo } from "./token-info";

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Working tokens one person may hold: enough for every script and tool they use, few enough that a
 * forgotten loop creating tokens stops quickly.
 */
export const MAX_ACTIVE_TOKENS = 20;

/**
 * Creates a personal access token for the signed-in user. The token is returned here and nowhere
 * else: only its hash is stored, so it cannot be shown again.
 */
export function createApiToken(
  db: Db,
  actor: Actor,
  rawInput: unknown,
  now: Date = new Date(),
): { token: string; info: ApiTokenInfo } {
  const input = parseInput(createApiTokenSchema, rawInput);
  const { token, tokenHash, prefix } = generateToken();
  return writeTransaction(db, (tx) => {
    assertCan(actor, "api-token:manage", { ownerId: actor.id });
    const active =
      tx
        .select({ count: count() })
        .from(apiTokens)
        .where(
          and(
            eq(apiTokens.userId, actor.id),
            isNull(apiTokens.revokedAt),
            or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
          ),
        )
        .get()?.count ?? 0;
    if (active >= MAX_ACTIVE_TOKENS) {
      throw new ValidationError({ form: message("api:tokens.errors.tooMany", { count: MAX_ACTIVE_TOKENS }) });
    }
    const expiresAt = input.expiresInDays === undefined ? null : new Date(now.getTime() + input.expiresInDays * DAY_MS);
    const row = tx
      .insert(apiTokens)
      .values({ userId: actor.id, name: input.name, tokenHash, prefix, scope: input.scope, createdAt: now, expiresAt })
      .returning()
      .get();
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "api_token.created",
      subjectType: "user",
      subjectId: actor.id,
      // Never the token: the log names it as its owner sees it in the list.
      data: { name: row.name, prefix, scope: row.scope, expiresAt: expiresAt?.toISOString() ?? null },
    });
    return { token, info: tokenInfo(row, now) };
  });
}
