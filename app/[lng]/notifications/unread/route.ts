import { apiQuery } from "@/app/_lib/api-response";
import { getDb } from "@/db/client";
import { countUnreadNotifications } from "@/lib/notifications/list-notifications";

/** The number on the bell, for the bell to refresh itself (notification-bell.tsx). */
export async function GET() {
  return apiQuery((actor) => ({ count: countUnreadNotifications(getDb(), actor) }));
}
