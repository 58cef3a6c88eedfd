"use client";

// Translation-memory matches of the active segment. Fetched when a segment becomes active (after a
// short pause, so moving through segments with Ctrl+↓ does not send a request per segment), cached
// per segment and source text, fetched again once a confirmation elsewhere may have added to the
// memory. A failed request shows a retry and nothing else: typing never waits for the memory.
import { useCallback, useEffect, useState } from "react";
import { MAX_MATCHES, type MatchesResponse, type MemoryMatch } from "./memory-types";

const FETCH_DELAY_MS = 150;

/** `generation` is the count of confirmations when the entry was fetched; a newer count makes it stale. */
type Entry = { generation: number; matches: MemoryMatch[] | null };

export type MatchesState =
  | { status: "idle" }
  /** `matches` are the stale ones while fresh ones load, or null. */
  | { status: "loading"; matches: MemoryMatch[] | null }
  | { status: "ready"; matches: MemoryMatch[] }
  | { status: "failed" };

function isMatchesResponse(body: unknown): body is MatchesResponse {
  return typeof body === "object" && body !== null && Array.isArray((body as MatchesResponse).matches);
}

export function useMatches(
  jobId: number,
  segment: { id: number; source: string } | null,
  generation: number,
): { state: MatchesState; retry: () => void } {
  const [cache, setCache] = useState<ReadonlyMap<string, Entry>>(() => new Map());
  const segmentId = segment?.id;
  const source = segment?.source;
  const key = segment ? `${segment.id}\u0000${segment.source}` : null;
  const entry = key === null ? undefined : cache.get(key);
  const fresh = entry !== undefined && entry.generation === generation;

  useEffect(() => {
    if (key === null || segmentId === undefined || source === undefined || fresh) return;
    const controller = new AbortController();
    const store = (matches: MemoryMatch[] | null) =>
      setCache((previous) => new Map(previous).set(key, { generation, matches }));
    const timer = setTimeout(() => {
      fetch(`/api/jobs/${jobId}/segments/${segmentId}/matches`, {
        signal: controller.signal,
        headers: { accept: "application/json" },
      })
        .then(async (response) => {
          const body: unknown = response.ok ? await response.json() : null;
          store(isMatchesResponse(body) ? body.matches.slice(0, MAX_MATCHES) : null);
        })
        .catch(() => {
          if (!controller.signal.aborted) store(null);
        });
    }, FETCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [jobId, segmentId, source, key, generation, fresh]);

  const retry = useCallback(() => {
    if (key === null) return;
    setCache((previous) => {
      const copy = new Map(previous);
      copy.delete(key);
      return copy;
    });
  }, [key]);

  let state: MatchesState;
  if (key === null) state = { status: "idle" };
  else if (!entry || !fresh) state = { status: "loading", matches: entry?.matches ?? null };
  else if (entry.matches === null) state = { status: "failed" };
  else state = { status: "ready", matches: entry.matches };
  return { state, retry };
}
