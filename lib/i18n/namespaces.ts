// Namespace names alone (no strings), so client code can name them without bundling every language.

/** "common" first: a key without a "namespace:" prefix is looked up there. */
export const NAMESPACES = [
  "common",
  "account",
  "admin",
  "api",
  "auth",
  "dashboard",
  "editor",
  "glossary",
  "landing",
  "manage",
  "notifications",
  "publishing",
  "qa",
  "recognition",
  "review",
  "tmx",
  "validation",
  "work",
  "workflow",
  "xliff",
] as const;
export type Namespace = (typeof NAMESPACES)[number];
export type Namespaces = typeof NAMESPACES;
