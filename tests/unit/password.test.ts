import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, SCRYPT_PARAMS, verifyPassword } from "@/lib/auth/password";

describe("password hashing", () => {
  it("stores scrypt with N of at least 2^15, a per-user salt and no trace of the password", async () => {
    const hash = await hashPassword("correct horse battery");
    const [scheme, logN, r, p, salt, key] = hash.split("$");
    expect(scheme).toBe("scrypt");
    expect(Number(logN)).toBeGreaterThanOrEqual(15);
    expect(Number(r)).toBe(SCRYPT_PARAMS.r);
    expect(Number(p)).toBe(SCRYPT_PARAMS.p);
    expect(Buffer.from(salt!, "base64")).toHaveLength(16);
    expect(Buffer.from(key!, "base64")).toHaveLength(64);
    expect(hash).not.toContain("correct");
  });

  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterY", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("salts every hash differently, so equal passwords do not look equal", async () => {
    const [a, b] = await Promise.all([hashPassword("same password 1"), hashPassword("same password 1")]);
    expect(a).not.toBe(b);
    expect(await verifyPassword("same password 1", b)).toBe(true);
  });

  it("treats differently composed Unicode the same (NFKC), as users cannot see the difference", async () => {
    const hash = await hashPassword("contrase\u00f1a segura");
    expect(await verifyPassword("contrasen\u0303a segura", hash)).toBe(true);
  });

  it("never verifies against a malformed or foreign hash", async () => {
    for (const stored of ["", "plain", "scrypt$15$8$1$$", "bcrypt$10$abc", "scrypt$40$8$1$AAAAAAAAAAA=$AAAA"]) {
      expect(await verifyPassword("anything at all", stored)).toBe(false);
    }
  });

  it("asks for a re-hash of hashes weaker than today's cost", async () => {
    expect(needsRehash(await hashPassword("some password"))).toBe(false);
    expect(needsRehash("scrypt$14$8$1$c2FsdHNhbHRzYWx0c2FsdA==$" + "A".repeat(88))).toBe(true);
  });
});
