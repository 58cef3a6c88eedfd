import "server-only";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { UiLanguage } from "@/lib/i18n/settings";

/** The signed-in user, or a redirect to sign-in that comes back to `returnTo` afterwards. */
export async function requireUser(lng: UiLanguage, returnTo: string): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user) redirect(`/${lng}/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
