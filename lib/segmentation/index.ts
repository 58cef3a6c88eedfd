// The segmentation engine: framework-free, used by the importers, the CLI and the renderers.
export { parseDocument, render, type SegmentedDocument, type Translations } from "./document";
export { sentenceSpans, splitSentences } from "./sentences";
export { parseTaggedText, plainText } from "./tagged-text";
export type { ImportWarning, InlineTag, OutputFormat, RenderProblem, SourceSegment } from "./types";
