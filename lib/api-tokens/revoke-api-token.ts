import { eq } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import { apiTokens } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { NotFoundError } from "../errors";
import { revokeApiTokenSchema } from "../validation/api-schemas";
import { parseInput } from "../validation/parse-input";
import { tokenInfo, type ApiTokenInfo } from "./token-info";

/**
 * The owner revokes one of their tokens: it is refused from the next request on. Someone else's
 * token answers "not found", like one that does not exist. Revoking a revoked token changes nothing.
 */
export function revokeApiToken(db: Db, actor: Actor, rawInput: unknown, now: Date = new Date()): ApiTokenInfo {
  const input = parseInput(revokeApiTokenSchema, rawInput);
  return writeTransaction(db, (tx) => {
    const row = tx.select().from(apiTokens).where(eq(apiTokens.id, input.tokenId)).get();
    if (!row) throw new NotFoundError("api token");
    assertCan(actor, "api-token:manage", { ownerId: row.userId });
    if (row.revokedAt !== null) return tokenInfo(row, now);
    const revoked = tx.update(apiTokens).set({ revokedAt: now }).where(eq(apiTokens.id, row.id)).returning().get();
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "api_token.revoked",
      subjectType: "user",
      subjectId: actor.id,
      data: { name: row.name, prefix: row.prefix, scope: row.scope },
    });
    return tokenInfo(revoked, now);
  });
}
