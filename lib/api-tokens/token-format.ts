// What a personal access token looks like, and how it is kept: "tdm_" and 32 random bytes in
// base64url. Only its SHA-256 is stored: the token is as random as a key, so a slow password hash
// would add nothing but work on every request, and a leaked table gives no usable token.
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_MARK = "tdm_";
const RANDOM_BYTES = 32;
/** How much of the token is kept readable, to tell tokens apart in the settings list. */
const PREFIX_LENGTH = 8;
/** 32 bytes in base64url are 43 characters, without padding. */
const TOKEN_PATTERN = /^tdm_[A-Za-z0-9_-]{43}$/;

export type NewToken = { token: string; tokenHash: string; prefix: string };

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A fresh token with the hash and prefix to store; the token itself is shown once and never kept. */
export function generateToken(): NewToken {
  const token = `${TOKEN_MARK}${randomBytes(RANDOM_BYTES).toString("base64url")}`;
  return { token, tokenHash: hashToken(token), prefix: token.slice(0, PREFIX_LENGTH) };
}

/** Whether a string has a token's shape: anything else is refused before the database is asked. */
export function looksLikeToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}
