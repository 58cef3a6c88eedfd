import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";

/** Whether the person chose to make their volunteer profile public (settings, "Public profile"). */
export function isProfilePublic(db: Db, userId: number): boolean {
  return (
    db.select({ publicProfile: users.publicProfile }).from(users).where(eq(users.id, userId)).get()?.publicProfile ??
    false
  );
}
