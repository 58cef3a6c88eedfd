import type { Db } from "@/db/client";
import { rateLimitKeys, SIGN_UPS_PER_ADDRESS } from "../auth/abuse-limits";
import { assertPasswordAllowed } from "../auth/password-policy";
import { consumeRateLimits, minutesToWait } from "../auth/rate-limit";
import { ValidationError } from "../errors";
import { signUpSchema } from "../validation/account-schemas";
import { message } from "../validation/message";
import { parseInput } from "../validation/parse-input";
import { createUser } from "./create-user";

/** Where a sign-up comes from: the client's address (null when unknown) and, for tests, the time. */
export type SignUpContext = { ip: string | null; now?: Date };

/**
 * Self-service sign-up: always a volunteer, translating into the languages they chose. Every valid
 * form counts against its address (a taken e-mail too: it costs the same hashing), and one over the
 * limit is refused as a form error naming the wait, before any hashing.
 */
export async function signUp(
  db: Db,
  rawInput: unknown,
  context: SignUpContext = { ip: null },
): Promise<{ id: number; email: string }> {
  const input = parseInput(signUpSchema, rawInput);
  assertPasswordAllowed(input.password, "password");
  // Next always supplies an address; only callers outside HTTP (tests, scripts) have none.
  if (context.ip) {
    const verdict = consumeRateLimits(
      db,
      [{ key: rateLimitKeys.signUpAddress(context.ip), limit: SIGN_UPS_PER_ADDRESS }],
      context.now,
    );
    if (!verdict.allowed) {
      throw new ValidationError({
        form: message("auth:signUp.rateLimited", { count: minutesToWait(verdict.retryAfterMs) }),
      });
    }
  }
  const { id } = await createUser(
    db,
    {
      email: input.email,
      displayName: input.displayName,
      password: input.password,
      role: "volunteer",
      translateLanguages: input.languages,
    },
    { actorId: null, action: "user.signed_up" },
  );
  return { id, email: input.email };
}
