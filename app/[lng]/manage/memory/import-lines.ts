// The import route's answer, one JSON object per line (NDJSON), shared by the route and the form:
// progress while the server reads the file, then the report, or the refusal with what was kept.
import type { TmxImportProgress, TmxImportReport } from "@/lib/formats/tmx/import-report";

export type ImportLine =
  | { type: "progress"; progress: TmxImportProgress }
  | { type: "report"; report: TmxImportReport }
  /** `message` is in the reader's language; `report` is null when nothing could be read. */
  | { type: "error"; message: string; report: TmxImportReport | null };
