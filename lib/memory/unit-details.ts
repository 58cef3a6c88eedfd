// The units behind a list of matches, with what the editor shows of their origin.
import { eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, tmUnits, users } from "@/db/schema";
import type { TmOriginInfo } from "./match-types";

export type UnitDetails = {
  id: number;
  sourceText: string;
  targetText: string;
  reviewed: boolean;
  origin: TmOriginInfo;
};

export function unitDetails(db: Pick<Db, "select">, unitIds: readonly number[]): Map<number, UnitDetails> {
  if (unitIds.length === 0) return new Map();
  const rows = db
    .select({
      id: tmUnits.id,
      sourceText: tmUnits.sourceText,
      targetText: tmUnits.targetText,
      reviewed: tmUnits.reviewed,
      kind: tmUnits.origin,
      date: tmUnits.updatedAt,
      note: tmUnits.originNote,
      articleTitle: articles.title,
      articleSlug: articles.slug,
      translatorName: users.displayName,
    })
    .from(tmUnits)
    .leftJoin(articles, eq(articles.id, tmUnits.articleId))
    .leftJoin(users, eq(users.id, tmUnits.translatorId))
    .where(inArray(tmUnits.id, [...unitIds]))
    .all();
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        sourceText: row.sourceText,
        targetText: row.targetText,
        reviewed: row.reviewed,
        origin: {
          kind: row.kind,
          articleTitle: row.articleTitle,
          articleSlug: row.articleSlug,
          translatorName: row.translatorName,
          date: row.date,
          note: row.note,
        },
      },
    ]),
  );
}
