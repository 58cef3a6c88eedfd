"use client";

// Saving that never loses work: every keystroke goes to localStorage at once and to the server
// after about a second of idle; a save that fails waits and retries; a save based on an old version
// comes back as a conflict showing both texts; a save refused for too many saves (429) pauses all
// sending for the server's Retry-After, then sends what waits. Nothing here overwrites anything silently.
import { useCallback, useEffect, useRef, useState } from "react";
import { loadPending, storePending } from "./pending-store";
import type { Conflict, PendingChange, ServerSegment, TranslationState } from "./types";

const IDLE_MS = 1000;
const RETRY_MIN_MS = 2000;
const RETRY_MAX_MS = 15000;

/** Seconds to pause after a 429: the Retry-After header, else the body's figure, else the longest retry delay. */
function pauseSeconds(header: string | null, fromBody: unknown): number {
  const seconds = header !== null && /^\d+$/.test(header.trim()) ? Number(header) : fromBody;
  return typeof seconds === "number" && Number.isFinite(seconds) && seconds > 0
    ? Math.ceil(seconds)
    : RETRY_MAX_MS / 1000;
}

export type SaveState = {
  /** The last attempt could not reach the server. */
  offline: boolean;
  saving: boolean;
  /** Changes not yet confirmed by the server. */
  waiting: number;
  /** The session ended: nothing is sent until the user signs in again (the text stays here). */
  signedOut: boolean;
  /** The server refused further changes (the job was submitted, released or reassigned). */
  locked: string | null;
  /** Too many saves: nothing is sent for this many seconds (the text stays here), then all that waits. */
  pausedSeconds: number | null;
};

/** A copy of `map` with `key` set to `value`, or removed when `value` is undefined. */
function withEntry<V>(map: Map<number, V>, key: number, value: V | undefined): Map<number, V> {
  if (value === undefined && !map.has(key)) return map;
  const copy = new Map(map);
  if (value === undefined) copy.delete(key);
  else copy.set(key, value);
  return copy;
}

type Options = {
  jobId: number;
  userId: number;
  initial: Map<number, TranslationState>;
  /** Segment ids of the previous source revision -> the segments that continue them now. */
  successors: Map<number, number>;
  enabled: boolean;
  /**
   * Why a text may not be confirmed (the first quality-check error, in the user's language), or
   * null. Checked before anything is sent; the server checks again and answers 422 with its own.
   */
  refuse?: (segmentId: number, text: string) => string | null;
};

/** What a confirmation did: sent, refused by the checks (the reason is in `errors`), or nothing to confirm. */
export type ConfirmOutcome = "confirmed" | "refused" | "empty";

export function useSegmentSaver({ jobId, userId, initial, successors, enabled, refuse }: Options) {
  const [translations, setTranslations] = useState(initial);
  const [conflicts, setConflicts] = useState<Map<number, Conflict>>(new Map());
  const [errors, setErrors] = useState<Map<number, string>>(new Map());
  // Counts confirmations the server accepted: each adds to the translation memory, so matches shown
  // for other segments may have changed.
  const [confirmedSaves, setConfirmedSaves] = useState(0);
  const [state, setState] = useState<SaveState>({
    offline: false,
    saving: false,
    waiting: 0,
    signedOut: false,
    locked: null,
    pausedSeconds: null,
  });

  const pending = useRef<Record<number, PendingChange>>({});
  const inflight = useRef(new Set<number>());
  const again = useRef(new Set<number>());
  const blocked = useRef(new Set<number>());
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  const retry = useRef<{ timer: ReturnType<typeof setTimeout> | null; delay: number }>({
    timer: null,
    delay: RETRY_MIN_MS,
  });
  const stopped = useRef<"signedOut" | "locked" | null>(null);
  const pause = useRef<{ timer: ReturnType<typeof setTimeout> | null }>({ timer: null });
  const sendRef = useRef<(segmentId: number) => Promise<void>>(async () => {});
  // Read by the callbacks, so they keep one identity and the segment rows do not all re-render.
  const translationsRef = useRef(initial);
  useEffect(() => {
    translationsRef.current = translations;
  }, [translations]);
  const refuseRef = useRef(refuse);
  useEffect(() => {
    refuseRef.current = refuse;
  }, [refuse]);

  const persist = useCallback(() => {
    storePending(userId, jobId, pending.current);
    setState((previous) => ({
      ...previous,
      waiting: Object.keys(pending.current).length,
      saving: inflight.current.size > 0,
    }));
  }, [jobId, userId]);

  const setTranslation = useCallback((segmentId: number, next: Partial<TranslationState>) => {
    setTranslations((previous) => {
      const current = previous.get(segmentId);
      if (!current) return previous;
      const map = new Map(previous);
      map.set(segmentId, { ...current, ...next });
      return map;
    });
  }, []);

  const scheduleRetry = useCallback(() => {
    if (retry.current.timer || stopped.current) return;
    const delay = retry.current.delay;
    retry.current.delay = Math.min(delay * 2, RETRY_MAX_MS);
    retry.current.timer = setTimeout(() => {
      retry.current.timer = null;
      for (const id of Object.keys(pending.current).map(Number)) void sendRef.current(id);
    }, delay);
  }, []);

  /** Holds every save back for `seconds`, then sends all that waits (in localStorage meanwhile). */
  const pauseSaving = useCallback((seconds: number) => {
    if (pause.current.timer) clearTimeout(pause.current.timer);
    setState((previous) => ({ ...previous, pausedSeconds: seconds }));
    pause.current.timer = setTimeout(() => {
      pause.current.timer = null;
      setState((previous) => ({ ...previous, pausedSeconds: null }));
      for (const id of Object.keys(pending.current).map(Number)) void sendRef.current(id);
    }, seconds * 1000);
  }, []);

  const handleResponse = useCallback(
    async (segmentId: number, change: PendingChange, response: Response) => {
      const body = (await response.json().catch(() => ({}))) as {
        conflict?: ServerSegment;
        fields?: Record<string, string>;
        message?: string;
        retryAfterSeconds?: number;
      } & Partial<ServerSegment>;
      const latest = pending.current[segmentId];
      if (response.ok) {
        setTranslation(segmentId, { status: body.status, version: body.version });
        // A draft saved after a refused confirmation keeps the refusal in view; typing clears it (edit).
        if (change.status === "translated") {
          setErrors((previous) => withEntry(previous, segmentId, undefined));
          if (body.status === "translated") setConfirmedSaves((count) => count + 1);
        }
        if (latest && latest.text === change.text && latest.status === change.status) delete pending.current[segmentId];
        else if (latest) {
          latest.baseVersion = body.version!;
          again.current.add(segmentId);
        }
        return;
      }
      if (response.status === 409 && body.conflict) {
        const theirs = body.conflict;
        if (theirs.text === change.text && latest) {
          // Another tab saved the very same words: nothing to choose between.
          latest.baseVersion = theirs.version;
          setTranslation(segmentId, { version: theirs.version, status: theirs.status });
          if (latest.status === theirs.status || latest.status === "draft") delete pending.current[segmentId];
          else again.current.add(segmentId);
          return;
        }
        blocked.current.add(segmentId);
        setConflicts((previous) =>
          withEntry<Conflict>(previous, segmentId, { mine: latest?.text ?? change.text, theirs }),
        );
        return;
      }
      if (response.status === 422 && latest) {
        setErrors((previous) => withEntry(previous, segmentId, Object.values(body.fields ?? {})[0] ?? ""));
        // A confirmation the server refused (a quality-check error) still saves the words as a draft.
        if (latest.status === "translated") {
          latest.status = "draft";
          setTranslation(segmentId, { status: "draft" });
          again.current.add(segmentId);
        } else blocked.current.add(segmentId);
        return;
      }
      if (response.status === 429) {
        // Refused before anything was written: the change stays pending and goes out after the pause.
        pauseSaving(pauseSeconds(response.headers.get("retry-after"), body.retryAfterSeconds));
        return;
      }
      if (response.status === 401) {
        stopped.current = "signedOut";
        setState((previous) => ({ ...previous, signedOut: true }));
        return;
      }
      stopped.current = "locked";
      setState((previous) => ({ ...previous, locked: body.message ?? "" }));
    },
    [pauseSaving, setTranslation],
  );

  const send = useCallback(
    async (segmentId: number) => {
      const change = pending.current[segmentId];
      // While paused, the end of the pause sends every pending change, this one included.
      if (!change || stopped.current || pause.current.timer || blocked.current.has(segmentId)) return;
      if (inflight.current.has(segmentId)) {
        again.current.add(segmentId);
        return;
      }
      inflight.current.add(segmentId);
      persist();
      try {
        const response = await fetch(`/api/jobs/${jobId}/segments/${segmentId}`, {
          method: "PUT",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ text: change.text, status: change.status, version: change.baseVersion }),
        });
        if (response.status >= 500) throw new Error(`server answered ${response.status}`);
        setState((previous) => (previous.offline ? { ...previous, offline: false } : previous));
        retry.current.delay = RETRY_MIN_MS;
        await handleResponse(segmentId, change, response);
      } catch {
        setState((previous) => ({ ...previous, offline: true }));
        scheduleRetry();
      } finally {
        inflight.current.delete(segmentId);
        persist();
        if (again.current.delete(segmentId)) void sendRef.current(segmentId);
      }
    },
    [handleResponse, jobId, persist, scheduleRetry],
  );

  useEffect(() => {
    sendRef.current = send;
  }, [send]);

  /** The user typed: keep it locally now, send it after a moment of idle. */
  const edit = useCallback(
    (segmentId: number, text: string) => {
      const current = translationsRef.current.get(segmentId);
      if (!current) return;
      const known = pending.current[segmentId];
      pending.current[segmentId] = { text, status: "draft", baseVersion: known?.baseVersion ?? current.version };
      blocked.current.delete(segmentId);
      setTranslation(segmentId, { text, status: text.trim() === "" ? "empty" : "draft" });
      // A refusal was about the text before this change; the checks under the segment say what is left.
      setErrors((previous) => withEntry(previous, segmentId, undefined));
      persist();
      clearTimeout(timers.current.get(segmentId));
      timers.current.set(
        segmentId,
        setTimeout(() => void sendRef.current(segmentId), IDLE_MS),
      );
    },
    [persist, setTranslation],
  );

  /**
   * Ctrl+Enter: the segment is translated; send it now. `text` confirms another text than the one
   * shown (a repetition filled with the translation of its twin). A text with a quality-check error
   * is refused here, before anything is sent, with the reason under the segment.
   */
  const confirm = useCallback(
    (segmentId: number, text?: string): ConfirmOutcome => {
      const current = translationsRef.current.get(segmentId);
      const confirmed = text ?? current?.text ?? "";
      if (!current || confirmed.trim() === "") return "empty";
      const refusal = refuseRef.current?.(segmentId, confirmed) ?? null;
      if (refusal !== null) {
        setErrors((previous) => withEntry(previous, segmentId, refusal));
        return "refused";
      }
      const known = pending.current[segmentId];
      pending.current[segmentId] = {
        text: confirmed,
        status: "translated",
        baseVersion: known?.baseVersion ?? current.version,
      };
      blocked.current.delete(segmentId);
      setTranslation(segmentId, { text: confirmed, status: "translated" });
      setErrors((previous) => withEntry(previous, segmentId, undefined));
      clearTimeout(timers.current.get(segmentId));
      persist();
      void sendRef.current(segmentId);
      return "confirmed";
    },
    [persist, setTranslation],
  );

  /** After a conflict: keep my text (saved over theirs, knowingly) or take theirs. */
  const resolve = useCallback(
    (segmentId: number, choice: "mine" | "theirs") => {
      const conflict = conflicts.get(segmentId);
      if (!conflict) return;
      blocked.current.delete(segmentId);
      setConflicts((previous) => withEntry(previous, segmentId, undefined));
      if (choice === "theirs") {
        delete pending.current[segmentId];
        const { text, status, version } = conflict.theirs;
        setTranslation(segmentId, { text, status, version });
        persist();
        return;
      }
      pending.current[segmentId] = { text: conflict.mine, status: "draft", baseVersion: conflict.theirs.version };
      setTranslation(segmentId, { text: conflict.mine, status: "draft", version: conflict.theirs.version });
      persist();
      void sendRef.current(segmentId);
    },
    [conflicts, persist, setTranslation],
  );

  // On load: whatever this browser kept from last time is put back and sent, or shown as a conflict.
  useEffect(() => {
    if (!enabled) return;
    const stored = loadPending(userId, jobId);
    const restored = new Map<number, string>();
    for (const [key, change] of Object.entries(stored)) {
      // Text kept before the source was updated belongs to the segment that continues its sentence.
      const segmentId = initial.has(Number(key)) ? Number(key) : (successors.get(Number(key)) ?? Number(key));
      const server = initial.get(segmentId);
      if (!server || typeof change?.text !== "string") continue;
      if (server.version === change.baseVersion) {
        pending.current[segmentId] = change;
        restored.set(segmentId, change.text);
      } else if (server.text !== change.text) {
        pending.current[segmentId] = change;
        blocked.current.add(segmentId);
        // localStorage exists only in the browser, so what it kept can only be restored after hydration.
        // eslint-disable-next-line react-hooks/set-state-in-effect
        setConflicts((previous) =>
          withEntry<Conflict>(previous, segmentId, {
            mine: change.text,
            theirs: { ...server, segmentId, authorName: null },
          }),
        );
      }
    }
    if (restored.size > 0) {
      setTranslations((previous) => {
        const map = new Map(previous);
        for (const [segmentId, text] of restored) {
          const current = map.get(segmentId);
          const status = pending.current[segmentId]!.status;
          if (current) map.set(segmentId, { ...current, text, status });
        }
        return map;
      });
    }
    persist();
    for (const segmentId of restored.keys()) void sendRef.current(segmentId);
    const online = () => {
      retry.current.delay = RETRY_MIN_MS;
      if (retry.current.timer) clearTimeout(retry.current.timer);
      retry.current.timer = null;
      for (const id of Object.keys(pending.current).map(Number)) void sendRef.current(id);
    };
    window.addEventListener("online", online);
    const allTimers = timers.current;
    const pausing = pause.current;
    return () => {
      window.removeEventListener("online", online);
      for (const timer of allTimers.values()) clearTimeout(timer);
      if (pausing.timer) clearTimeout(pausing.timer);
    };
    // Runs once per job: `initial` is the server's state when the page loaded.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, jobId, userId]);

  return { translations, conflicts, errors, state, confirmedSaves, edit, confirm, resolve };
}
