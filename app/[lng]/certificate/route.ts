import { pageLanguage } from "@/app/_lib/page-language";
import { requireUser } from "@/app/_lib/require-user";
import { getDb } from "@/db/client";
import { certificateFilename } from "@/lib/recognition/certificate-filename";
import { certificatePdf } from "@/lib/recognition/certificate-pdf";
import { contributionOf, hasContribution } from "@/lib/recognition/contribution";
import { certificatePath } from "@/lib/recognition/paths";
import { noCertificateResponse } from "./no-certificate";

type Context = { params: Promise<{ lng: string }> };

/**
 * The signed-in person's certificate of contribution, as a PDF in the page's language, made anew
 * at each download so it always shows today's figures. Signed out, the browser goes to sign-in
 * and comes back here; with nothing to certify yet, a page says so.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const lng = await pageLanguage(params);
  const user = await requireUser(lng, certificatePath(lng));
  const contribution = contributionOf(getDb(), user.id);
  if (!hasContribution(contribution)) return noCertificateResponse(lng);
  const pdf = await certificatePdf({ lng, name: user.displayName, contribution, issuedAt: new Date() });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${certificateFilename(user.displayName, user.id)}"`,
      "Content-Length": String(pdf.length),
      // The figures are the signed-in person's own and change with every confirmed sentence.
      "Cache-Control": "private, no-store",
    },
  });
}
