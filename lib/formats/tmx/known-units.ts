// Which units of a batch the memory already holds: the same language pair, source and target text.
// Importing a file twice, or a file that repeats itself, must not make the memory hold a sentence
// twice (the editor would show the same match twice, and the counts of the word index would grow).
// The memory's hash index (pair, source hash) finds the candidates without reading other units.
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { tmUnits } from "@/db/schema";
import { findPairId } from "../../memory/language-pairs";
import { matchText } from "../../memory/normalize";
import { textHash } from "../../memory/unit-keys";
import type { UnitCandidate } from "./tu-units";

/** Hashes per query: well below SQLite's bound-variable limit. */
const HASHES_PER_QUERY = 500;

type UnitTexts = Pick<UnitCandidate, "sourceLanguage" | "targetLanguage" | "sourceText" | "targetText">;

const unitKey = (unit: UnitTexts) =>
  `${unit.sourceLanguage}\u0000${unit.targetLanguage}\u0000${unit.sourceText}\u0000${unit.targetText}`;

/** Splits a batch into units to add (each once) and duplicates, in the batch's order. */
export function splitKnownUnits(
  tx: Tx,
  batch: readonly UnitCandidate[],
): { fresh: UnitCandidate[]; duplicates: UnitCandidate[] } {
  const known = new Set<string>();
  const byPair = new Map<string, UnitCandidate[]>();
  for (const unit of batch) {
    const pair = `${unit.sourceLanguage}-${unit.targetLanguage}`;
    const units = byPair.get(pair);
    if (units) units.push(unit);
    else byPair.set(pair, [unit]);
  }
  for (const units of byPair.values()) {
    const { sourceLanguage, targetLanguage } = units[0]!;
    const pairId = findPairId(tx, sourceLanguage, targetLanguage);
    if (pairId === undefined) continue;
    const hashes = [...new Set(units.map((unit) => textHash(matchText(unit.sourceText))))];
    for (let start = 0; start < hashes.length; start += HASHES_PER_QUERY) {
      const rows = tx
        .select({ sourceText: tmUnits.sourceText, targetText: tmUnits.targetText })
        .from(tmUnits)
        .where(
          and(eq(tmUnits.pairId, pairId), inArray(tmUnits.sourceHash, hashes.slice(start, start + HASHES_PER_QUERY))),
        )
        .all();
      for (const row of rows) known.add(unitKey({ sourceLanguage, targetLanguage, ...row }));
    }
  }
  const fresh: UnitCandidate[] = [];
  const duplicates: UnitCandidate[] = [];
  for (const unit of batch) {
    const key = unitKey(unit);
    if (known.has(key)) duplicates.push(unit);
    else {
      known.add(key);
      fresh.push(unit);
    }
  }
  return { fresh, duplicates };
}
