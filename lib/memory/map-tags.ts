// A memory unit's target carries the tag numbers of the unit's own source sentence; inserted into
// another segment, it must carry that segment's numbers. Tags are matched by order of appearance,
// paired tags with paired tags and self-closing with self-closing (a link stays a link), which is
// right whenever the two sources hold the same tags in the same order - always so for a 100%
// match. A unit tag with no counterpart in the segment is dropped, keeping its content as text;
// a segment tag with no counterpart is left for the translator to place (the tag check says so).
import type { InlineTag } from "@/db/json-shapes";

const TAG = /(\\?)<(\/?)(\d{1,4})(\/?)>/g;

type TagUse = { id: number; paired: boolean };

/** The tags of a tagged text in order of first appearance, each once. */
function tagsInOrder(taggedText: string): TagUse[] {
  const seen = new Map<number, TagUse>();
  for (const [, escape, close, digits, self] of taggedText.matchAll(TAG)) {
    if (escape) continue;
    const id = Number(digits);
    if (!seen.has(id)) seen.set(id, { id, paired: !self || Boolean(close) });
  }
  return [...seen.values()];
}

/**
 * The unit's target with its tag numbers replaced by the query segment's. `queryTags` are the
 * segment's tag definitions; their order of appearance is read from `queryText`.
 */
export function mapTags(
  unitSource: string,
  unitTarget: string,
  queryText: string,
  queryTags: readonly InlineTag[],
): string {
  const known = new Map(queryTags.map((tag) => [tag.id, tag]));
  const queryOrder = tagsInOrder(queryText).map((use) => ({
    id: use.id,
    paired: known.get(use.id)?.paired ?? use.paired,
  }));
  const paired = queryOrder.filter((use) => use.paired);
  const selfClosing = queryOrder.filter((use) => !use.paired);
  const renumber = new Map<number, number>();
  let pairedIndex = 0;
  let selfIndex = 0;
  for (const use of tagsInOrder(unitSource)) {
    const counterpart = use.paired ? paired[pairedIndex++] : selfClosing[selfIndex++];
    if (counterpart) renumber.set(use.id, counterpart.id);
  }
  return unitTarget.replace(TAG, (whole: string, escape: string, close: string, digits: string, self: string) => {
    if (escape) return whole;
    const id = renumber.get(Number(digits));
    return id === undefined ? "" : `<${close}${id}${self}>`;
  });
}
