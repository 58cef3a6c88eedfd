import { z } from "zod";
import { NOTIFICATION_KINDS } from "@/db/enums";
import { UI_LANGUAGES } from "../i18n/settings";

/** Notifications shown per page of the list. */
export const NOTIFICATIONS_PAGE_SIZE = 30;

const notificationId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const notificationIdSchema = z.object({ notificationId });

// A page number comes from an address people bookmark: one that no longer fits is page 1.
export const notificationListSchema = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1).default(1),
});
export type NotificationListQuery = z.output<typeof notificationListSchema>;

/** A form sends one value per ticked box, or none at all: an absent list means "none ticked". */
const kindList = z
  .preprocess(
    (value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.enum(NOTIFICATION_KINDS)),
  )
  .transform((kinds) => NOTIFICATION_KINDS.filter((kind) => kinds.includes(kind)));

export const notificationPreferencesSchema = z.object({
  /** Kinds shown in the app (the bell and the list). */
  inApp: kindList,
  /** Kinds e-mailed. */
  email: kindList,
  /** The language of the person's e-mails; left out, it stays as it is. */
  emailLanguage: z.enum(UI_LANGUAGES).optional(),
});
export type NotificationPreferencesInput = z.output<typeof notificationPreferencesSchema>;
