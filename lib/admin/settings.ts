// The settings administrators change at run time. Every reader (the workflow's claim policy, the
// article forms, the settings page) goes through readSettings, so a value is checked the same way
// wherever it is used, and a stored value that no longer fits the rules gives way to the default.
import { asc, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { appSettings, users } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { env } from "../env";
import { CONTENT_LANGUAGES, type ContentLanguage } from "../languages";
import { SETTING_KEYS, settingSchemas, type SettingKey } from "../validation/admin-schemas";

export type AppSettings = {
  /** How many jobs one person may have claimed at once. */
  maxActiveClaims: number;
  /** Days a claim lasts unless the volunteer picks another duration. */
  claimDays: number;
  /** The target languages articles may be opened for. */
  offeredLanguages: ContentLanguage[];
};

/** What applies while an administrator has set nothing: the environment, and every content language. */
export function defaultSettings(): AppSettings {
  const { TANDEM_MAX_ACTIVE_CLAIMS, TANDEM_CLAIM_DAYS } = env();
  return {
    maxActiveClaims: TANDEM_MAX_ACTIVE_CLAIMS,
    claimDays: TANDEM_CLAIM_DAYS,
    offeredLanguages: [...CONTENT_LANGUAGES],
  };
}

function isSettingKey(key: string): key is SettingKey {
  return (SETTING_KEYS as string[]).includes(key);
}

/** The settings in force. No permission: the workflow reads them for everyone's claims. */
export function readSettings(db: Db | Tx): AppSettings {
  const settings = defaultSettings();
  const stored = db.select({ key: appSettings.key, value: appSettings.value }).from(appSettings).all();
  const assign = <K extends SettingKey>(key: K, value: AppSettings[K]) => {
    settings[key] = value;
  };
  for (const row of stored) {
    if (!isSettingKey(row.key)) continue;
    const parsed = settingSchemas[row.key].safeParse(row.value);
    if (parsed.success) assign(row.key, parsed.data as AppSettings[typeof row.key]);
  }
  return settings;
}

/** The target languages articles may be opened for, in CONTENT_LANGUAGES order. */
export function offeredLanguages(db: Db | Tx): ContentLanguage[] {
  return readSettings(db).offeredLanguages;
}

export type SettingChange = { updatedAt: Date; updatedByName: string | null };

export type SettingsOverview = {
  values: AppSettings;
  defaults: AppSettings;
  /** When each setting an administrator has set was last changed, and by whom. */
  changes: Partial<Record<SettingKey, SettingChange>>;
};

/** The settings page's data: values in force, defaults, and who last changed what. Administrators only. */
export function getSettingsOverview(db: Db, actor: Actor): SettingsOverview {
  assertCan(actor, "settings:manage");
  const rows = db
    .select({ key: appSettings.key, updatedAt: appSettings.updatedAt, updatedByName: users.displayName })
    .from(appSettings)
    .leftJoin(users, eq(users.id, appSettings.updatedById))
    .orderBy(asc(appSettings.key))
    .all();
  const changes: SettingsOverview["changes"] = {};
  for (const row of rows) {
    if (isSettingKey(row.key)) changes[row.key] = { updatedAt: row.updatedAt, updatedByName: row.updatedByName };
  }
  return { values: readSettings(db), defaults: defaultSettings(), changes };
}
