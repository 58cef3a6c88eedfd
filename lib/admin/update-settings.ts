import { writeTransaction, type Db } from "@/db/client";
import { appSettings } from "@/db/schema";
import { recordAuditEvent } from "../audit/record-event";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { SETTING_KEYS, updateSettingsSchema, type SettingKey } from "../validation/admin-schemas";
import { parseInput } from "../validation/parse-input";
import { readSettings } from "./settings";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * An administrator saves the settings form. Only the settings whose value differs from the one in
 * force are written, each with its own `settings.changed` event; saving an unchanged form writes nothing.
 */
export function updateSettings(db: Db, actor: Actor, rawInput: unknown): { changed: SettingKey[] } {
  return writeTransaction(db, (tx) => {
    assertCan(actor, "settings:manage");
    // Parsed after the permission check: someone who may not see the settings learns nothing from errors.
    const input = parseInput(updateSettingsSchema, rawInput);
    const current = readSettings(tx);
    const changed = SETTING_KEYS.filter((key) => !same(current[key], input[key]));
    const now = new Date();
    for (const key of changed) {
      tx.insert(appSettings)
        .values({ key, value: input[key], updatedById: actor.id, updatedAt: now })
        .onConflictDoUpdate({
          target: appSettings.key,
          set: { value: input[key], updatedById: actor.id, updatedAt: now },
        })
        .run();
      recordAuditEvent(tx, {
        actorId: actor.id,
        action: "settings.changed",
        subjectType: "settings",
        data: { setting: key, from: current[key], to: input[key] },
      });
    }
    return { changed };
  });
}
