// The value axis: round ticks from 0 to at least the largest value.
import { describe, expect, it } from "vitest";
import { valueTicks } from "@/app/_components/charts/chart-scale";

describe("value ticks", () => {
  it("counts get whole ticks, up to a round number at or above the largest value", () => {
    expect(valueTicks(3, { integer: true })).toEqual([0, 1, 2, 3]);
    expect(valueTicks(7, { integer: true })).toEqual([0, 2, 4, 6, 8]);
    expect(valueTicks(12_345, { integer: true })).toEqual([0, 5000, 10_000, 15_000]);
  });

  it("an empty or all-zero chart still has an axis", () => {
    expect(valueTicks(0, { integer: true })).toEqual([0, 1]);
  });

  it("fractions (days) get round fractional ticks without floating-point noise", () => {
    expect(valueTicks(0.7, { integer: false })).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(valueTicks(2.5, { integer: false })).toEqual([0, 1, 2, 3]);
  });
});
