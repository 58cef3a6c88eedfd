import { NextResponse } from "next/server";
import { openApiDocument } from "../_lib/openapi-document";

/** The API's OpenAPI 3.1 document, built from the operations the route handlers run. */
export function GET() {
  return NextResponse.json(openApiDocument(), {
    headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
}
