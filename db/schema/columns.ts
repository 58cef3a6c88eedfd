// Column helpers shared by the schema files.
import { sql } from "drizzle-orm";
import { integer } from "drizzle-orm/sqlite-core";
import { sqlList } from "../enums";

export const id = () => integer("id").primaryKey({ autoIncrement: true });
export const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .$defaultFn(() => new Date());
export const updatedAt = () =>
  integer("updated_at", { mode: "timestamp_ms" })
    .notNull()
    .$defaultFn(() => new Date());
/** CHECK that a column holds one of our own constants. */
export const oneOf = (column: string, values: readonly string[]) => sql.raw(`"${column}" in ${sqlList(values)}`);
export const bool = (name: string) => integer(name, { mode: "boolean" });
