import { defineConfig } from "drizzle-kit";

// Used only by `npm run db:generate` to write SQL migrations into db/migrations from db/schema/.
// The app applies those migrations itself when it opens the database (db/client.ts).
export default defineConfig({
  dialect: "sqlite",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  strict: true,
  verbose: true,
});
