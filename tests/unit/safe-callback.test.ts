import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/app/_lib/safe-callback";

describe("post-sign-in destination", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackPath("/es/manage?x=1", "es")).toBe("/es/manage?x=1");
  });

  it.each([
    "https://evil.example/",
    "//evil.example/x",
    "/\\evil.example",
    "javascript:alert(1)",
    undefined,
    ["/a", "/b"],
  ])("sends %s to the dashboard instead", (value) => {
    expect(safeCallbackPath(value, "en")).toBe("/en/dashboard");
  });
});
