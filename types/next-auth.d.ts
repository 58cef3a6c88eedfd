import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    sessionVersion: number;
  }
  interface Session {
    /** Only the claims: pages load the user fresh from the database (lib/auth/current-user.ts). */
    claims?: { userId: number; sessionVersion: number };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    sv?: number;
    /** When the user signed in, in seconds since the epoch: the absolute lifetime counts from it. */
    at?: number;
  }
}
