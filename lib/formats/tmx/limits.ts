// What the reader keeps of a translation unit: no dependency, so the report's page can name them.

/**
 * Characters a TMX segment may hold to become a memory unit: a segment translation may hold 20,000
 * (segmentSaveSchema), and a unit longer than any segment could never be a match. The reader also
 * stops keeping a segment's text past this, so one giant <seg> cannot fill the memory.
 */
export const TMX_SEGMENT_MAX_CHARS = 20_000;
/** Language variants read per <tu>; more is not a translation unit but a broken or hostile file. */
export const TMX_VARIANTS_MAX = 100;
/**
 * Characters of all the variants of one <tu> together. With srclang "*all*" every variant pairs
 * with every other, so this (not the file size) bounds the units one <tu> can produce at once.
 */
export const TMX_TU_MAX_CHARS = 100_000;
/**
 * Characters of native code (the markup inside bpt/ept/ph/it/ut) kept per <tu>, all variants
 * together. Like TMX_TU_MAX_CHARS it bounds what one <tu> can hold in memory; a code that does not
 * fit is dropped whole (a cut-off tag would be broken markup), its tag keeping its place.
 */
export const TMX_TU_CODE_MAX_CHARS = 100_000;
