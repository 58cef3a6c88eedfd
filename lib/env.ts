// The process environment, parsed once with zod. A bad value stops start-up with a message that
// names the variable, instead of failing later somewhere far from the cause.
import { z } from "zod";

const optionalNonEmpty = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** SQLite database file. Created, with its folder, on first start. */
    DATABASE_PATH: z.string().trim().min(1).default("data/tandem.db"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Public address of the app; next-auth builds its callback URLs from it. */
    NEXTAUTH_URL: optionalNonEmpty(z.url({ protocol: /^https?$/ })),
    /** Signs session JWTs. When absent, one is generated and kept beside the database (lib/auth/secret.ts). */
    NEXTAUTH_SECRET: optionalNonEmpty(z.string().min(32, "must be at least 32 characters")),
    /** `demo` seeds an empty database with demo accounts and the sample article; `none` leaves it empty. */
    TANDEM_SEED: z.enum(["demo", "none"]).default("demo"),
    /** Fixes the demo accounts' password (tests use it); otherwise each seed draws random ones. */
    TANDEM_DEMO_PASSWORD: optionalNonEmpty(z.string().min(10).max(128)),
    /** How many jobs one volunteer may have claimed at once. */
    TANDEM_MAX_ACTIVE_CLAIMS: z.coerce.number().int().min(1).max(100).default(3),
    /** Days a claim lasts unless the volunteer picks another duration (at most 30). */
    TANDEM_CLAIM_DAYS: z.coerce.number().int().min(1).max(30).default(7),
    /** Server processes `npm start` runs (they share the port); default: one per core, at most 2. */
    TANDEM_SERVER_PROCESSES: optionalNonEmpty(z.coerce.number().int().min(1).max(16)),
    /** A session not used for this many days ends (each visit renews it). */
    TANDEM_SESSION_IDLE_DAYS: z.coerce.number().min(0.001).max(365).default(7),
    /** A session ends this many days after sign-in, however active. */
    TANDEM_SESSION_MAX_DAYS: z.coerce.number().min(0.001).max(365).default(30),
    /** Segment saves one user may make per minute (lib/auth/abuse-limits.ts has the default); benchmarks raise it. */
    TANDEM_SAVES_PER_MINUTE: optionalNonEmpty(z.coerce.number().int().min(1).max(1_000_000)),
    /** Seconds between two notification sweeps (expiring claims, daily digests, e-mails to retry). */
    /** "1" also serves the pseudo-locale /qps (lib/i18n/pseudo.ts reads it); only tests set it. */
    TANDEM_PSEUDO_LOCALE: z.enum(["0", "1"]).default("0"),
    /** Largest TMX file the web import accepts, in MB (lib/validation/tmx-schemas.ts reads it). */
    TANDEM_TMX_MAX_MB: z.coerce.number().int().min(1).max(10_000).default(200),
    TANDEM_NOTIFICATION_SWEEP_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
    /** SMTP server for notification e-mail; without it, e-mails are written to `outbox/` beside the database. */
    SMTP_HOST: optionalNonEmpty(z.string().trim().min(1)),
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
    /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. Default: true on port 465. */
    SMTP_SECURE: optionalNonEmpty(z.enum(["true", "false"]).transform((value) => value === "true")),
    SMTP_USER: optionalNonEmpty(z.string().min(1)),
    SMTP_PASSWORD: optionalNonEmpty(z.string().min(1)),
    /** The From of notification e-mail, e.g. `Tandem <tandem@example.org>`; default: no-reply at the public host. */
    MAIL_FROM: optionalNonEmpty(
      z
        .string()
        .trim()
        .max(320)
        .regex(
          /^(?:[^<>@]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/,
          "must be an address, e.g. Tandem <tandem@example.org>",
        ),
    ),
  })
  // A user without a password (or the reverse) is a typo that would only show at the first e-mail.
  .superRefine((config, context) => {
    if (config.SMTP_USER !== undefined && config.SMTP_PASSWORD === undefined) {
      context.addIssue({ code: "custom", path: ["SMTP_PASSWORD"], message: "is required when SMTP_USER is set" });
    }
    if (config.SMTP_PASSWORD !== undefined && config.SMTP_USER === undefined) {
      context.addIssue({ code: "custom", path: ["SMTP_USER"], message: "is required when SMTP_PASSWORD is set" });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: { variable: string; problem: string }[]) {
    super(`Invalid environment:\n${problems.map(({ variable, problem }) => `  ${variable}: ${problem}`).join("\n")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  throw new EnvError(
    result.error.issues.map((issue) => ({
      variable: issue.path.map(String).join(".") || "(environment)",
      problem: issue.message,
    })),
  );
}

let cached: Env | undefined;

/** The environment of this process, parsed on first use and then kept. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** For entry points (server, npm start, CLI): a bad environment prints what is wrong and exits. */
export function envOrExit(): Env {
  try {
    return env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`Tandem cannot start. ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

/** Where people reach the app: NEXTAUTH_URL, else this machine's port. */
export function publicUrl(config: Env): string {
  return config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`;
}
