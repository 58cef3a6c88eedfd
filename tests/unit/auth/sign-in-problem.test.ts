import { describe, expect, it } from "vitest";
import { signInProblem } from "@/app/[lng]/sign-in/sign-in-problem";
import { getT } from "@/lib/i18n/server";

describe("what the sign-in form says", () => {
  it("tells a rate limit from a refused sign-in, rounding the wait up to whole minutes", () => {
    expect(signInProblem("rate-limited:840")).toEqual({ kind: "rateLimited", minutes: 14 });
    expect(signInProblem("rate-limited:841")).toEqual({ kind: "rateLimited", minutes: 15 });
    expect(signInProblem("rate-limited:5")).toEqual({ kind: "rateLimited", minutes: 1 });
    expect(signInProblem("CredentialsSignin")).toEqual({ kind: "invalid" });
    expect(signInProblem("rate-limited:soon")).toEqual({ kind: "failed" });
    expect(signInProblem(undefined)).toEqual({ kind: "failed" });
  });

  it("names the wait in the reader's language, one minute or several", () => {
    const en = getT("en");
    expect(en("auth:signIn.rateLimited", { count: 14 })).toBe(
      "Too many failed sign-ins. For your security, try again in 14 minutes.",
    );
    expect(en("auth:signIn.rateLimited", { count: 1 })).toBe(
      "Too many failed sign-ins. For your security, try again in 1 minute.",
    );
    expect(getT("es")("auth:signIn.rateLimited", { count: 1 })).toBe(
      "Demasiados inicios de sesión fallidos. Por tu seguridad, vuelve a intentarlo dentro de 1 minuto.",
    );
  });
});
