import { describe, expect, it } from "vitest";
import { matchRevisions } from "@/lib/segmentation/match-revisions";
import { editDistance, similarity } from "@/lib/text/similarity";

const seg = (text: string) => ({ text });

describe("matching a re-imported source to the revision before it", () => {
  it("keeps identical sentences, finds edited ones, adds new ones and retires removed ones", () => {
    const previous = [
      "Volunteers met in Lima.",
      "They planted 300 trees.",
      "The mayor thanked them.",
      "Old ending.",
    ].map(seg);
    const next = [
      "Volunteers met in Lima.",
      "They planted 350 trees.",
      "A brand new sentence about something else entirely.",
      "The mayor thanked them.",
    ].map(seg);
    const { matches, retired } = matchRevisions(previous, next);
    expect(matches).toEqual([
      { kind: "unchanged", previous: 0 },
      { kind: "changed", previous: 1, similarity: expect.closeTo(1 - 1 / 23, 5) },
      { kind: "new" },
      { kind: "unchanged", previous: 2 },
    ]);
    expect(retired).toEqual([3]);
  });

  it("treats a change of tags or whitespace alone as no change", () => {
    const { matches } = matchRevisions(
      [seg("See the <1>PlanetGOLD</1> project.")],
      [seg("See  the PlanetGOLD\nproject."), seg("See the <1>PlanetGOLD</1> <2>project</2>.")],
    );
    expect(matches[0]).toEqual({ kind: "unchanged", previous: 0 });
    // The same old sentence cannot follow two new ones: the second becomes a close match at best.
    expect(matches[1]!.kind).not.toBe("unchanged");
  });

  it("pairs repeated sentences in document order", () => {
    const { matches } = matchRevisions(
      [seg("Thank you."), seg("Hello."), seg("Thank you.")],
      [seg("Thank you."), seg("Thank you.")],
    );
    expect(matches).toEqual([
      { kind: "unchanged", previous: 0 },
      { kind: "unchanged", previous: 2 },
    ]);
  });

  it("does not take a different sentence for an edited one", () => {
    const { matches, retired } = matchRevisions(
      [seg("The workshop lasted three days.")],
      [seg("Donations are welcome.")],
    );
    expect(matches).toEqual([{ kind: "new" }]);
    expect(retired).toEqual([0]);
  });
});

describe("similarity", () => {
  it("is the TM tools' match percentage over characters", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(similarity("kitten", "sitting")).toBeCloseTo(1 - 3 / 7, 10);
    expect(similarity("same", "same")).toBe(1);
    expect(similarity("", "")).toBe(1);
  });

  it("gives up early below the floor asked for, without a wrong answer above it", () => {
    expect(similarity("abcdefghij", "zzzzzzzzzz", 0.5)).toBe(0);
    expect(similarity("abcdefghij", "abcdefghiz", 0.5)).toBeCloseTo(0.9, 10);
  });
});
