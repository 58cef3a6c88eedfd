import { z } from "zod";
import { ROLES } from "@/db/enums";
import { CONTENT_LANGUAGES } from "../languages";

/** People and audit events shown per page of the administrators' lists. */
export const ADMIN_PAGE_SIZE = 50;
export const PEOPLE_SEARCH_MAX = 100;
export const ACCOUNT_STATUSES = ["active", "disabled"] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** Bounds of the run-time settings; the claim duration's matches the workflow's hard ceiling (30 days). */
export const SETTING_BOUNDS = {
  maxActiveClaims: { min: 1, max: 100 },
  claimDays: { min: 1, max: 30 },
} as const;

const userId = z.coerce.number().int().positive();
const languageList = (min: number) =>
  z
    .array(z.enum(CONTENT_LANGUAGES))
    .min(min)
    .max(CONTENT_LANGUAGES.length)
    // Kept in one order and once each, so "the same choice" compares equal and audits nothing.
    .transform((codes) => CONTENT_LANGUAGES.filter((code) => codes.includes(code)));

// GET parameters come from addresses people bookmark and share: a value that no longer fits (a
// role renamed, a page past the end) is ignored rather than answered with an error page.
const ignoreInvalid = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const queryPage = z.coerce.number().int().min(1).max(1_000_000).catch(1).default(1);

export const peopleQuerySchema = z.object({
  q: ignoreInvalid(
    z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .transform((text) => text.slice(0, PEOPLE_SEARCH_MAX)),
    ),
  ),
  role: ignoreInvalid(z.preprocess(blankToUndefined, z.enum(ROLES))),
  status: ignoreInvalid(z.preprocess(blankToUndefined, z.enum(ACCOUNT_STATUSES))),
  page: queryPage,
});
export type PeopleQuery = z.output<typeof peopleQuerySchema>;

/** "system" selects the events no person did (claim expiry, sign-ups). */
export const SYSTEM_ACTOR = "system";

export const auditQuerySchema = z.object({
  actor: ignoreInvalid(
    z.preprocess(blankToUndefined, z.union([z.literal(SYSTEM_ACTOR), z.coerce.number().int().positive()])),
  ),
  job: ignoreInvalid(z.preprocess(blankToUndefined, z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER))),
  action: ignoreInvalid(z.preprocess(blankToUndefined, z.string().trim().min(1).max(64))),
  page: queryPage,
});
export type AuditQuery = z.output<typeof auditQuerySchema>;

export const personIdSchema = z.object({ userId });

export const changeRoleSchema = z.object({ userId, role: z.enum(ROLES) });

export const setUserLanguagesSchema = z.object({
  userId,
  // A list left out keeps the person's languages of that kind; an empty list removes them all
  // (the form always sends both lists, empty when no box is ticked).
  translate: languageList(0).optional(),
  review: languageList(0).optional(),
});

/** A boolean, or the "true"/"false" a form button sends. */
const flag = z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]);

export const setUserDisabledSchema = z.object({ userId, disabled: flag });

/** Each setting as it is stored: read back with the same rules it was written with. */
export const settingSchemas = {
  maxActiveClaims: z.number().int().min(SETTING_BOUNDS.maxActiveClaims.min).max(SETTING_BOUNDS.maxActiveClaims.max),
  claimDays: z.number().int().min(SETTING_BOUNDS.claimDays.min).max(SETTING_BOUNDS.claimDays.max),
  offeredLanguages: languageList(1),
};
export type SettingKey = keyof typeof settingSchemas;
export const SETTING_KEYS = Object.keys(settingSchemas) as SettingKey[];

/** The settings form: numbers arrive as text, and no ticked language means an empty list. */
export const updateSettingsSchema = z.object({
  maxActiveClaims: z.coerce.number().pipe(settingSchemas.maxActiveClaims),
  claimDays: z.coerce.number().pipe(settingSchemas.claimDays),
  offeredLanguages: z.preprocess((value) => value ?? [], settingSchemas.offeredLanguages),
});
export type UpdateSettingsInput = z.input<typeof updateSettingsSchema>;
