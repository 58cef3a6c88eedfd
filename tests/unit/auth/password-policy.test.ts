import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, demoPassword } from "@/lib/demo/demo-accounts";
import { isCommonPassword, passwordPolicyProblem } from "@/lib/auth/password-policy";

const keyOf = (password: string) => passwordPolicyProblem(password)?.key ?? null;

describe("password policy", () => {
  it("refuses one of the most common passwords, whatever its case", () => {
    for (const password of ["password123", "PASSWORD123", "PassWord123", "qwertyuiop", "1q2w3e4r5t"]) {
      expect(keyOf(password), password).toBe("validation:commonPassword");
    }
  });

  it("takes 10 to 128 characters, with no rules about what they are", () => {
    expect(passwordPolicyProblem("a".repeat(9))).toEqual({ key: "validation:tooShort", values: { count: 10 } });
    expect(passwordPolicyProblem("a".repeat(129))).toEqual({ key: "validation:tooLong", values: { count: 128 } });
    expect(keyOf("zebra lamp")).toBeNull();
    expect(keyOf("x".repeat(128))).toBeNull();
    expect(keyOf("all lower case words only")).toBeNull();
  });

  it("lets the demo accounts' passwords through, generated or fixed for tests", () => {
    for (const { role } of DEMO_ACCOUNTS) expect(keyOf(demoPassword(role, "a".repeat(32)))).toBeNull();
    for (const fixed of ["e2e-demo-password", "bench-demo-password", "a long enough password"]) {
      expect(isCommonPassword(fixed), fixed).toBe(false);
    }
  });
});
