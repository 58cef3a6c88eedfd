import "server-only";
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { authOptions } from "@/lib/auth/current-user";
import { env, publicUrl } from "@/lib/env";

/** next-auth's cookie: the `__Secure-` prefix whenever the site is served over https. */
function sessionCookie() {
  const secure = publicUrl(env()).startsWith("https://");
  return { name: `${secure ? "__Secure-" : ""}next-auth.session-token`, secure };
}

/**
 * After a change that ends every session of a user (a new password), keeps this browser signed in:
 * its own token is re-issued with the new session version. The sign-in time stays, so the absolute
 * lifetime is not extended. Returns false when this request has no session of that user.
 * Only server actions and route handlers may call it (they can set cookies).
 */
export async function keepThisBrowserSignedIn(userId: number, sessionVersion: number): Promise<boolean> {
  const options = authOptions();
  const secret = options.secret!;
  const { name, secure } = sessionCookie();
  const store = await cookies();
  const current = store.get(name)?.value;
  const token = current ? await decode({ token: current, secret }) : null;
  if (!token || token.uid !== userId) return false;
  const maxAge = options.session!.maxAge!;
  const renewed = await encode({ token: { uid: userId, sv: sessionVersion, at: token.at }, secret, maxAge });
  store.set(name, renewed, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge });
  return true;
}
