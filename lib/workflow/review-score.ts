// The review score (MQM-style, see ../shared/research/workflow-anchors.md): penalty points per
// 1,000 words, where each rejection weighs by its severity. Lower is better; 0 is a clean review.
import type { ErrorSeverity } from "@/db/enums";

export const SEVERITY_WEIGHTS: Record<ErrorSeverity, number> = { minor: 1, major: 5, critical: 10 };

/** Penalty points per 1,000 words, to one decimal; an article without words scores 0. */
export function reviewScore(penaltyPoints: number, words: number): number {
  if (words <= 0) return 0;
  return Math.round((penaltyPoints * 1000 * 10) / words) / 10;
}
