// What went wrong with a sign-in, from next-auth's `error` value (the answer to signIn(...,
// { redirect: false }), or ?error= after a form post sent before the page's script loaded).

export type SignInProblem = { kind: "invalid" } | { kind: "failed" } | { kind: "rateLimited"; minutes: number };

const RATE_LIMITED = /^rate-limited:(\d+)$/;

/** "rate-limited:<seconds>" comes from lib/auth/auth-options.ts; anything else is a refused sign-in. */
export function signInProblem(error: string | null | undefined): SignInProblem {
  const limited = RATE_LIMITED.exec(error ?? "");
  if (limited) return { kind: "rateLimited", minutes: Math.max(1, Math.ceil(Number(limited[1]) / 60)) };
  return error === "CredentialsSignin" ? { kind: "invalid" } : { kind: "failed" };
}
