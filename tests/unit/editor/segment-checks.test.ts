// The checks under a segment follow its text as the volunteer types; a dismissed warning stays
// dismissed only for the text it was dismissed for.
import { describe, expect, it } from "vitest";
import { createChecksCache, NO_CHECKS, segmentChecks, type ChecksFacts } from "@/app/[lng]/jobs/[id]/editor/segment-checks";
import type { InlineTag } from "@/db/json-shapes";
import { textHash } from "@/lib/qa/dismissals";

const link: InlineTag = { id: 1, kind: "link", paired: true, open: "[", close: "](https://example.org)" };
const facts = (extra: Partial<ChecksFacts> = {}): ChecksFacts => ({
  source: "Volunteers planted <1>300 mangroves</1>.",
  tags: [link],
  sourceLanguage: "en",
  targetLanguage: "es",
  glossary: [],
  dismissals: [],
  ...extra,
});

describe("a segment's checks in the editor", () => {
  it("report a missing tag as an error naming the tag", () => {
    const checks = segmentChecks(createChecksCache(), { text: "Los voluntarios plantaron 300 manglares." }, facts());
    expect(checks.errors).toBe(1);
    expect(checks.issues[0]).toMatchObject({
      check: "tag_missing",
      severity: "error",
      message: { key: "qa:tag_missing.missing", values: { tag: 1 } },
      dismissal: null,
    });
  });

  it("check nothing while the translation is empty", () => {
    expect(segmentChecks(createChecksCache(), { text: "" }, facts())).toBe(NO_CHECKS);
  });

  it("use the glossary terms found in the source", () => {
    const glossary = [{ term: "mangrove", translation: "manglar", forbidden: ["mangle"], caseSensitive: false }];
    const checks = segmentChecks(
      createChecksCache(),
      { text: "Los voluntarios plantaron <1>300 mangles</1>." },
      facts({ glossary }),
    );
    expect(checks.errors).toBe(0);
    expect(checks.issues.map((issue) => issue.check)).toEqual(["glossary_term", "forbidden_term"]);
    expect(checks.openWarnings).toBe(2);
  });

  it("count a warning dismissed for this very text as dismissed, and bring it back when the text changes", () => {
    const text = "Los voluntarios plantaron <1>trescientos manglares</1>.";
    const dismissals = [{ check: "numbers", reason: "Spanish style writes it out", textHash: textHash(text) }];
    const cache = createChecksCache();
    const dismissed = segmentChecks(cache, { text }, facts({ dismissals }));
    expect(dismissed.issues).toMatchObject([{ check: "numbers", dismissal: { reason: "Spanish style writes it out" } }]);
    expect(dismissed.openWarnings).toBe(0);

    const edited = segmentChecks(cache, { text: `${text} ` }, facts({ dismissals }));
    expect(edited.issues.find((issue) => issue.check === "numbers")?.dismissal).toBeNull();
    expect(edited.openWarnings).toBeGreaterThan(0);
  });

  it("run once per translation: the same text object gives the same result object", () => {
    const cache = createChecksCache();
    const translation = { text: "Los voluntarios plantaron <1>300 manglares</1>." };
    const shared = facts();
    const first = segmentChecks(cache, translation, shared);
    expect(segmentChecks(cache, translation, shared)).toBe(first);
    // A new dismissal list (the server answered a dismissal) is taken into account.
    expect(segmentChecks(cache, translation, { ...shared, dismissals: [] })).not.toBe(first);
  });
});
