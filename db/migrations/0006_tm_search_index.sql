-- The translation memory's word index (lib/memory/unit-keys.ts and match-terms.ts). Contentless: it
-- stores only which units contain which terms, not the text, and no positions (detail=none), which
-- keeps it small; the terms are computed in JavaScript and joined by spaces, so the `ascii`
-- tokenizer only splits them apart again. Its rowid packs the language pair, the length of the
-- unit's match text and the unit id, so `rowid BETWEEN` reads one pair and a window of lengths.
CREATE VIRTUAL TABLE `tm_unit_terms` USING fts5(terms, content='', contentless_delete=1, detail=none, tokenize='ascii');
--> statement-breakpoint
-- Whoever deletes a unit, its index entry goes with it (the key formula of unit-keys.ts).
CREATE TRIGGER `tm_units_unindex` AFTER DELETE ON `tm_units` BEGIN
	DELETE FROM `tm_unit_terms` WHERE rowid = old.pair_id * 4398046511104 + min(old.match_length, 2047) * 2147483648 + old.id;
END;
