// The whole domain model (docs/architecture.md, "Domain model") as a drizzle schema, one file per
// area. drizzle-kit turns it into the SQL migrations in db/migrations; never edit those by hand.
export * from "./users";
export * from "./articles";
export * from "./work";
export * from "./memory";
export * from "./publishing";
export * from "./activity";
export * from "./settings";
