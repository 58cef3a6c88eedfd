// Prepared statements of the lookup, made once per connection: a lookup runs a dozen small queries,
// and preparing them each time would cost more than running them.
import type Database from "better-sqlite3";

function prepareAll(client: Database.Database) {
  return {
    pairId: client.prepare("select id from tm_pairs where source_language = ? and target_language = ?").pluck(),
    termCounts: client
      .prepare("select term, units from tm_terms where pair_id = ? and term in (select value from json_each(?))")
      .raw(),
    lengthCounts: client.prepare("select length, units from tm_lengths where pair_id = ? and units > 0").raw(),
    // JS numbers are bound as REAL, and FTS5 uses a rowid bound only when it is an INTEGER: without
    // the casts it would read the term's whole list and let SQLite filter it.
    postings: client
      .prepare(
        "select rowid from tm_unit_terms where tm_unit_terms match ? and rowid between cast(? as integer) and cast(? as integer)",
      )
      .pluck(),
    // Concordance: units containing every term, shortest first, after a key (pages of a long list).
    allTerms: client
      .prepare(
        "select rowid from tm_unit_terms where tm_unit_terms match ? and rowid > cast(? as integer) and rowid <= cast(? as integer) limit ?",
      )
      .pluck(),
    sourceText: client.prepare("select source_text from tm_units where id = ?").pluck(),
    sameSource: client
      .prepare("select id, source_text, context_hash from tm_units where pair_id = ? and source_hash = ?")
      .raw(),
    unitOfTranslation: client.prepare("select id from tm_units where translation_id = ?").pluck(),
  };
}

export type SearchStatements = ReturnType<typeof prepareAll>;

const cache = new WeakMap<Database.Database, SearchStatements>();

export function searchStatements(client: Database.Database): SearchStatements {
  let statements = cache.get(client);
  if (!statements) cache.set(client, (statements = prepareAll(client)));
  return statements;
}
