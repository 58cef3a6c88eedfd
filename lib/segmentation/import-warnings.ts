// Collects what an importer could not keep, grouped by what it was, so "nothing is silently lost".
import type { ImportWarning, ImportWarningCode } from "./types";

const EXAMPLE_LENGTH = 80;

export class ImportWarnings {
  private readonly byKey = new Map<string, ImportWarning>();

  add(code: ImportWarningCode, element: string, example: string, attribute?: string): void {
    const key = `${code}|${element}|${attribute ?? ""}`;
    const existing = this.byKey.get(key);
    if (existing) {
      existing.count++;
      return;
    }
    const compact = example.replace(/\s+/g, " ").trim();
    this.byKey.set(key, {
      code,
      element,
      ...(attribute === undefined ? {} : { attribute }),
      count: 1,
      example: compact.length > EXAMPLE_LENGTH ? `${compact.slice(0, EXAMPLE_LENGTH - 1)}…` : compact,
    });
  }

  list(): ImportWarning[] {
    return [...this.byKey.values()];
  }
}
