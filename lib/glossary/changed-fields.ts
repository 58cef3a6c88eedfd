// What an edit changes, field by field: kept in the audit event so an overwritten value is never lost.
import type { GlossaryEntry } from "./entry";

type EditableFields = Omit<GlossaryEntry, "id">;

/** The fields whose value changes, with their values before and after: the audit trail of an edit. */
export function changedFields(
  before: EditableFields,
  after: EditableFields,
): { before: Partial<EditableFields>; after: Partial<EditableFields> } | null {
  const changes = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  for (const key of Object.keys(after) as (keyof EditableFields)[]) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    changes.before[key] = before[key];
    changes.after[key] = after[key];
  }
  return Object.keys(changes.after).length === 0 ? null : changes;
}
