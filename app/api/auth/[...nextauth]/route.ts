import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/current-user";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per call (memoized), not at import, so `next build` opens no database.
async function handler(request: NextRequest, context: Context) {
  return (await NextAuth(request, context, authOptions())) as Response;
}

export { handler as GET, handler as POST };
