import type { Db } from "@/db/client";
import { signUpSchema } from "../validation/account-schemas";
import { parseInput } from "../validation/parse-input";
import { createUser } from "./create-user";

/** Self-service sign-up: always a volunteer, translating into the languages they chose. */
export async function signUp(db: Db, rawInput: unknown): Promise<{ id: number; email: string }> {
  const input = parseInput(signUpSchema, rawInput);
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
