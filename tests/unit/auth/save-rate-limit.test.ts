import { describe, expect, it } from "vitest";
import { tooManyRequests } from "@/app/_lib/too-many-requests";
import { DEFAULT_SAVES_PER_MINUTE, segmentSaveLimit } from "@/lib/auth/abuse-limits";
import { createSaveRateLimiter } from "@/lib/auth/save-rate-limit";
import { getT } from "@/lib/i18n/server";

const MINUTE = 60_000;
const t0 = Date.UTC(2030, 0, 1, 8);

describe("segment save limit", () => {
  it("allows 240 saves per minute per user by default: far more than one per pause in typing", () => {
    expect(DEFAULT_SAVES_PER_MINUTE).toBe(240);
    expect(segmentSaveLimit()).toEqual({ limit: 240, windowMs: MINUTE });
  });

  it("refuses the save over the limit with the wait until the oldest leaves the minute", () => {
    const limiter = createSaveRateLimiter({ limit: 240, windowMs: MINUTE });
    // A script saving every 100 ms: the 241st save, 24 s in, waits until the first is a minute old.
    for (let i = 0; i < 240; i++) expect(limiter.take(7, t0 + i * 100)).toEqual({ allowed: true });
    expect(limiter.take(7, t0 + 24_000)).toEqual({ allowed: false, retryAfterMs: 36_000 });
    // Refused saves count nothing: after the wait, saving resumes.
    expect(limiter.take(7, t0 + 59_999)).toEqual({ allowed: false, retryAfterMs: 1 });
    expect(limiter.take(7, t0 + MINUTE)).toEqual({ allowed: true });
    expect(limiter.take(7, t0 + MINUTE)).toMatchObject({ allowed: false });
  });

  it("counts each user on their own", () => {
    const limiter = createSaveRateLimiter({ limit: 2, windowMs: MINUTE });
    limiter.take(1, t0);
    limiter.take(1, t0);
    expect(limiter.take(1, t0).allowed).toBe(false);
    expect(limiter.take(2, t0).allowed).toBe(true);
    // A user quiet for a minute starts afresh.
    expect(limiter.take(1, t0 + 2 * MINUTE).allowed).toBe(true);
  });

  it("answers 429 with Retry-After in whole seconds and a message in the reader's language", async () => {
    const english = tooManyRequests(getT("en"), "common:saves.tooMany", 19_200);
    expect(english.status).toBe(429);
    expect(english.headers.get("retry-after")).toBe("20");
    expect(await english.json()).toEqual({
      message: "Too many saves in a short time. Saving resumes in 20 s.",
      retryAfterSeconds: 20,
    });
    const spanish = tooManyRequests(getT("es"), "common:saves.tooMany", 1);
    expect(spanish.headers.get("retry-after")).toBe("1");
    expect(((await spanish.json()) as { message: string }).message).toBe(
      "Demasiados guardados en poco tiempo. El guardado se reanuda dentro de 1 s.",
    );
  });
});
