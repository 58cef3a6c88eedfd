// Unsaved text lives in localStorage until the server confirms it: a closed tab, a reload or a lost
// connection loses nothing. One entry per job and user.
import type { PendingChange } from "./types";

const key = (userId: number, jobId: number) => `tandem:pending:${userId}:${jobId}`;

export function loadPending(userId: number, jobId: number): Record<number, PendingChange> {
  try {
    const raw = window.localStorage.getItem(key(userId, jobId));
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<number, PendingChange>) : {};
  } catch {
    return {};
  }
}

export function storePending(userId: number, jobId: number, pending: Record<number, PendingChange>): void {
  try {
    if (Object.keys(pending).length === 0) window.localStorage.removeItem(key(userId, jobId));
    else window.localStorage.setItem(key(userId, jobId), JSON.stringify(pending));
  } catch {
    // Storage full or disabled: the server save still runs; the indicator shows what waits.
  }
}
