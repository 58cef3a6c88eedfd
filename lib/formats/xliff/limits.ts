// Limits the upload form shows before sending and the server enforces; no other imports, so the
// browser bundle gets only these numbers.

/**
 * An exported job is a few hundred kilobytes; ten megabytes leaves room for long articles and for
 * what CAT tools add (notes, alternative translations) while staying under the 10 MiB of a request
 * body that Next.js keeps once proxy.ts has read it (proxyClientMaxBodySize).
 */
export const XLIFF_IMPORT_MAX_BYTES = 10_000_000;
