import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiTokens } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { tokenInfo, type ApiTokenInfo } from "./token-info";

/** The signed-in user's own tokens, newest first, revoked and expired ones included. */
export function listApiTokens(db: Db, actor: Actor, now: Date = new Date()): ApiTokenInfo[] {
  assertCan(actor, "api-token:manage", { ownerId: actor.id });
  return db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.userId, actor.id))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
    .all()
    .map((row) => tokenInfo(row, now));
}
