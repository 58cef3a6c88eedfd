import { slugify } from "../articles/slugify";

/**
 * The file name a downloaded certificate gets: "tandem-certificate-ana-lopez.pdf". A name with no
 * Latin letters to keep (Arabic, Chinese…) gives "tandem-certificate-<id>.pdf" rather than an
 * empty or unreadable name; the name itself is inside the PDF.
 */
export function certificateFilename(name: string, userId: number): string {
  return `tandem-certificate-${slugify(name) || String(userId)}.pdf`;
}
