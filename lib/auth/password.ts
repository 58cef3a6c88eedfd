// Password hashing with scrypt (memory-hard, in Node's own crypto: no native dependency).
// The stored form names its parameters, so the cost can be raised later and old hashes still verify.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from "node:crypto";

const scrypt = (password: string, salt: Buffer, keyLength: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => {
    scryptCallback(password.normalize("NFKC"), salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });

/** N = 2^15, r = 8, p = 1: OWASP's minimum for scrypt; about 60 ms and 32 MiB per hash here. */
export const SCRYPT_PARAMS = { logN: 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 64;
const SALT_LENGTH = 16;

function options(logN: number, r: number, p: number): ScryptOptions {
  const N = 2 ** logN;
  // scrypt needs 128 * N * r bytes; Node's default ceiling (32 MiB) is exactly that for N=2^15, so add room.
  return { N, r, p, maxmem: 256 * N * r };
}

/** `scrypt$<logN>$<r>$<p>$<salt base64>$<key base64>` */
export async function hashPassword(password: string): Promise<string> {
  const { logN, r, p } = SCRYPT_PARAMS;
  const salt = randomBytes(SALT_LENGTH);
  const key = await scrypt(password, salt, KEY_LENGTH, options(logN, r, p));
  return ["scrypt", logN, r, p, salt.toString("base64"), key.toString("base64")].join("$");
}

type ParsedHash = { logN: number; r: number; p: number; salt: Buffer; key: Buffer };

function parseHash(stored: string): ParsedHash | null {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return null;
  const [logN, r, p] = parts.slice(1, 4).map(Number);
  if (!Number.isInteger(logN) || !Number.isInteger(r) || !Number.isInteger(p)) return null;
  if (logN! < 10 || logN! > 20 || r! < 1 || r! > 32 || p! < 1 || p! > 16) return null;
  const salt = Buffer.from(parts[4]!, "base64");
  const key = Buffer.from(parts[5]!, "base64");
  if (salt.length < 8 || key.length < 32) return null;
  return { logN: logN!, r: r!, p: p!, salt, key };
}

/** Constant-time comparison of the derived keys. A malformed stored hash never verifies. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const key = await scrypt(password, parsed.salt, parsed.key.length, options(parsed.logN, parsed.r, parsed.p));
  return timingSafeEqual(key, parsed.key);
}

/** True when a hash was made with weaker parameters than today's, so sign-in can re-hash it. */
export function needsRehash(stored: string): boolean {
  const parsed = parseHash(stored);
  return !parsed || parsed.logN < SCRYPT_PARAMS.logN || parsed.r < SCRYPT_PARAMS.r;
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real verification, for sign-ins with an unknown e-mail, so response
 * time does not tell which addresses have accounts.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("tandem-dummy-password-for-timing");
  await verifyPassword(password, await dummyHash);
  return false;
}
